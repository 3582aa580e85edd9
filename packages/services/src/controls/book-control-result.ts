/**
 * Books an institution's answer to a control request (ADR 0009 step 4–5), inside the reply's
 * transaction: the answer must fit what was asked (same act, an amount not above the request, a
 * deduction not above what remains frozen) or it is rejected and nothing is booked. Then:
 * - the order of a control: in effect with its term (民诉法解释 art. 485) from the day it took
 *   effect, or waiting behind earlier controls (查封规定 art. 26), or refused;
 * - a release: the control ends (or a freeze is reduced), and the platform's waiting controls on
 *   the same item move up (art. 26: the first registered takes effect);
 * - a renewal: the term runs on from the old expiry (art. 485; 查封规定 art. 27);
 * - a deduction: the receipt into the case's sub-account, whose transaction id is the reply's
 *   message id — so a bank's confirmation is booked exactly once, whatever is delivered again or
 *   crashes in between (ADR 0009, step 5).
 */
import type { AssistEnvelope } from '@zhixing/contracts';
import { findCaseControl, findCaseProperty, findLedgerTransaction, listControlsOnProperty, resolveWarning, updateCaseControl, type AssistRequestsTable, type CaseControlRow, type Executor, type InstitutionRow } from '@zhixing/db';
import { controlTerm, formatYuan, renewalTerm, unwrap, type CivilDate, type ControlTermClass, type WorkingDayCalendar } from '@zhixing/domain';
import type { Clock } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { bookReceipt } from '../funds/book-receipt.js';
import { heldValue } from './control-case.js';
import { EXPIRING_KIND } from './expiry-warning.js';
import { ReplyRejected } from '../assist/reply-rejected.js';

export interface ControlBooking {
  clock: Clock;
  calendar: WorkingDayCalendar;
  today: CivilDate;
  now: Date;
  request: { id: string; court_id: string; case_id: string; act: string; control_id: string | null; envelope: unknown; kind: AssistRequestsTable['kind'] };
  institution: InstitutionRow;
  reply: Omit<AssistEnvelope, 'signature'>;
}

const ACT_ZH: Readonly<Record<string, string>> = { freeze: '冻结', seal: '查封', impound: '扣押', release: '解除', renew: '续行', deduct: '扣划' };

type Asked = { amountFen?: number; termMonths?: number };

export async function bookControlResult(trx: Executor, b: ControlBooking): Promise<void> {
  const body = b.reply.body;
  if (body.type !== 'controlResult' && body.type !== 'rejection') throw new ReplyRejected('ASSIST_MALFORMED', `答复类型 ${body.type} 与控制请求不符`);
  if (body.type === 'controlResult' && body.act !== b.request.act) throw new ReplyRejected('ASSIST_MALFORMED', `答复的措施（${body.act}）与请求的措施（${b.request.act}）不符`);
  const control = b.request.control_id ? await findCaseControl(trx, b.request.control_id, { lock: true }) : undefined;
  if (!control) throw new ReplyRejected('UNKNOWN_REQUEST', '该请求没有对应的控制措施');
  const asked = ((b.request.envelope as { body?: Asked }).body ?? {});
  const refused = body.type === 'rejection' || body.outcome === 'refused';
  const isOrder = b.request.act === 'freeze' || b.request.act === 'seal' || b.request.act === 'impound';
  if (!isOrder && control.pending_request_id !== b.request.id) throw new ReplyRejected('ALREADY_ANSWERED', '该控制措施已不在等待此请求的答复');
  if (!refused && body.type === 'controlResult') {
    if (body.amountFen !== undefined && asked.amountFen !== undefined && body.amountFen > asked.amountFen) {
      throw new ReplyRejected('AMOUNT_MISMATCH', `答复数额 ${body.amountFen} 分超过请求数额 ${asked.amountFen} 分`);
    }
    if (b.request.act === 'deduct') {
      if (body.amountFen === undefined || body.amountFen <= 0) throw new ReplyRejected('AMOUNT_MISMATCH', '扣划答复未注明实际扣划数额');
      if (body.amountFen > heldValue(control)) throw new ReplyRejected('DEDUCTION_ABOVE_FREEZE', `扣划数额 ${body.amountFen} 分超过冻结余额 ${heldValue(control)} 分`);
    }
  }
  const property = (await findCaseProperty(trx, control.property_id))!;
  const what = `${property.description}（${property.ref}）`;
  const event = (action: string, after: Record<string, unknown>, zh: string, en: string, before?: unknown) =>
    recordEvent(trx, b.clock, null, { courtId: control.court_id, caseId: control.case_id, action, before, after: { controlId: control.id, requestId: b.request.id, replyId: b.reply.messageId, ...after }, summaryZh: zh, summaryEn: en });

  if (refused) {
    const why = body.type === 'rejection' ? `${body.code}：${body.message}` : (body.reason ?? '未说明理由');
    if (isOrder) await updateCaseControl(trx, control.id, { state: 'refused', updated_at: b.now });
    else await updateCaseControl(trx, control.id, { pending_act: null, pending_request_id: null, updated_at: b.now });
    await event(isOrder ? 'controlRefused' : 'controlActRefused', { act: b.request.act, reason: why }, `${b.institution.name}未办理${ACT_ZH[b.request.act]}（${what}）：${why}`, `${b.institution.name} did not carry out the ${b.request.act}: ${why}`);
    return;
  }
  const r = body;
  if (isOrder) {
    if (r.outcome === 'waiting') {
      await updateCaseControl(trx, control.id, { state: 'waiting', control_ref: r.controlRef ?? null, queue_ahead: r.queueAhead ?? null, updated_at: b.now });
      await event('controlWaiting', { queueAhead: r.queueAhead ?? null, controlRef: r.controlRef ?? null }, `${what}已被其他法院控制，本案轮候${ACT_ZH[control.act]}${r.queueAhead ? `（前有 ${r.queueAhead} 项）` : ''}`, `${what} is held by another court: this case's ${control.act} waits in line`);
      return;
    }
    const held = control.act === 'freeze' ? (r.amountFen ?? control.amount_fen ?? control.value_fen) : control.value_fen;
    await takeEffect(trx, b, control, (r.effectiveOn) ?? b.today, { held_fen: held, value_fen: control.act === 'freeze' ? held : control.value_fen, control_ref: r.controlRef ?? null });
    await event('controlInEffect', { heldFen: held, outcome: r.outcome, controlRef: r.controlRef ?? null }, `${b.institution.name}已${ACT_ZH[control.act]}${what}${control.act === 'freeze' ? ` ${formatYuan(held)}${r.outcome === 'partial' ? '（余额不足，部分冻结）' : ''}` : ''}`, `${b.institution.name} carried out the ${control.act}${r.outcome === 'partial' ? ' (in part)' : ''}`);
    return;
  }
  const before = { state: control.state, heldFen: control.held_fen, deductedFen: control.deducted_fen, expiresOn: control.expires_on };
  if (b.request.act === 'release') {
    const part = asked.amountFen;
    if (part !== undefined && control.held_fen !== null) {
      const held = control.held_fen - part;
      await updateCaseControl(trx, control.id, { held_fen: held, value_fen: held, pending_act: null, pending_request_id: null, updated_at: b.now });
      await event('controlReleased', { part: true, releasedFen: part, heldFen: held }, `${b.institution.name}已部分解除冻结 ${formatYuan(part)}，仍冻结 ${formatYuan(held - control.deducted_fen)}`, `${b.institution.name} released ${formatYuan(part)} of the freeze`, before);
    } else {
      await endControl(trx, b, control, 'released');
      await event('controlReleased', { part: false }, `${b.institution.name}已解除对${what}的${ACT_ZH[control.act]}`, `${b.institution.name} released the ${control.act}`, before);
    }
    return;
  }
  if (b.request.act === 'renew') {
    const t = unwrap(renewalTerm(b.calendar, control.term_class as ControlTermClass, control.expires_on as CivilDate, control.expires_on as CivilDate, asked.termMonths));
    await updateCaseControl(trx, control.id, { expires_on: t.expiresOn, renew_by: t.renewBy, remind_on: JSON.stringify(t.remindOn), term_months: t.months, pending_act: null, pending_request_id: null, updated_at: b.now });
    await resolveWarning(trx, control.case_id, EXPIRING_KIND, `control:${control.id}`, b.today);
    await event('controlRenewed', { expiresOn: t.expiresOn, renewBy: t.renewBy }, `${b.institution.name}已续行${ACT_ZH[control.act]}${what}至 ${t.expiresOn}`, `${b.institution.name} renewed the ${control.act} until ${t.expiresOn}`, before);
    return;
  }
  // A deduction: the money is in the special account once the bank confirms; book it under the reply's id.
  const amount = r.amountFen!;
  if (!(await findLedgerTransaction(trx, b.reply.messageId))) {
    await bookReceipt(trx, {
      transactionId: b.reply.messageId,
      courtId: control.court_id,
      caseId: control.case_id,
      amountFen: amount,
      channel: 'deduction',
      payer: b.institution.name,
      source: 'deduction',
      sourceRef: b.request.id,
      arrivalOn: b.today,
      bookedAt: b.now,
      memo: `扣划 ${b.institution.name} ${what}`,
      createdBy: null,
    });
  }
  const deducted = control.deducted_fen + amount;
  const exhausted = heldValue({ ...control, deducted_fen: deducted }) === 0;
  await updateCaseControl(trx, control.id, { deducted_fen: deducted, pending_act: null, pending_request_id: null, updated_at: b.now, ...(exhausted ? { state: 'exhausted' as const } : {}) });
  if (exhausted) await resolveWarning(trx, control.case_id, EXPIRING_KIND, `control:${control.id}`, b.today);
  await event('controlDeducted', { amountFen: amount, transactionId: b.reply.messageId, exhausted }, `${b.institution.name}已扣划${what} ${formatYuan(amount)}，款项进入本案执行款账户`, `${b.institution.name} paid over ${formatYuan(amount)} into the case account`, before);
}

/** A control takes effect on `startsOn`: its term, renewal date and reminders from there (民诉法解释 art. 485). */
async function takeEffect(trx: Executor, b: { calendar: WorkingDayCalendar; now: Date }, control: CaseControlRow, startsOn: CivilDate, patch: { held_fen?: number; value_fen?: number; control_ref?: string | null } = {}): Promise<void> {
  const t = unwrap(controlTerm(b.calendar, control.term_class as ControlTermClass, startsOn, control.term_months));
  await updateCaseControl(trx, control.id, { ...patch, state: 'inEffect', queue_ahead: null, starts_on: t.startsOn, expires_on: t.expiresOn, renew_by: t.renewBy, remind_on: JSON.stringify(t.remindOn), updated_at: b.now });
}

/**
 * A control ends (released, lapsed): its warning is settled and the platform's controls waiting on
 * the same item move up one place; the first to reach the front takes effect that day
 * (查封规定 art. 26).
 */
export async function endControl(trx: Executor, b: { clock: Clock; calendar: WorkingDayCalendar; today: CivilDate; now: Date }, control: CaseControlRow, state: 'released' | 'lapsed'): Promise<void> {
  await updateCaseControl(trx, control.id, { state, pending_act: null, pending_request_id: null, updated_at: b.now });
  await resolveWarning(trx, control.case_id, EXPIRING_KIND, `control:${control.id}`, b.today);
  const property = await findCaseProperty(trx, control.property_id);
  if (!property) return;
  const waiting = (await listControlsOnProperty(trx, control.institution_id, property.ref)).filter((c) => c.state === 'waiting' && c.id !== control.id);
  for (const w of waiting) {
    const ahead = Math.max(0, (w.queue_ahead ?? 1) - 1);
    if (ahead > 0) {
      await updateCaseControl(trx, w.id, { queue_ahead: ahead, updated_at: b.now });
      continue;
    }
    await takeEffect(trx, b, w, b.today);
    await recordEvent(trx, b.clock, null, {
      courtId: w.court_id,
      caseId: w.case_id,
      action: 'controlInEffect',
      after: { controlId: w.id, fromWaiting: true, endedControl: control.id },
      legalBasis: '《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第二十六条',
      summaryZh: `在先的控制措施已${state === 'released' ? '解除' : '失效'}，本案轮候${ACT_ZH[w.act]}的${property.description}（${property.ref}）自动生效`,
      summaryEn: `The earlier control ended: this case's waiting ${w.act} took effect`,
    });
  }
}
