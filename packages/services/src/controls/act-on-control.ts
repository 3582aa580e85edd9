/**
 * An act on a control the institution confirmed (issue 4): release it (whole, or part of a freeze:
 * 查封规定 art. 19 ¶2 excess, art. 28 release), renew it before it lapses (民诉法解释 art. 485;
 * 查封规定 art. 27), or deduct from a freeze of money (民事诉讼法 (2023) art. 253: 划拨). Each issues
 * its ruling and notice and queues its request; the control records the act as pending until the
 * institution's reply is booked (book-control-result.ts). One act at a time per control.
 */
import { AppError } from '@zhixing/contracts';
import type { Signer } from '@zhixing/connectors';
import { findCaseProperty, findInstitution, insertAssistRequests, updateCaseControl } from '@zhixing/db';
import { formatYuan, PROPERTY_KINDS, renewalTerm, unwrap, type CivilDate, type ControlTermClass, type PropertyKind } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { heldValue, loadControlCase } from './control-case.js';
import { controlRequestRow, subjectOfProperty } from './control-request.js';
import { controlView, type CaseControlView } from './control-view.js';
import { controlLegalBasis, issueControlDocuments } from './issue-control-documents.js';

export type ControlActInput = { act: 'release'; amountFen?: number | undefined; reason: string } | { act: 'renew'; termMonths?: number | undefined } | { act: 'deduct'; amountFen: number };

const ACT_ZH = { release: '解除', renew: '续行', deduct: '扣划' } as const;

function refuse(rule: string, zh: string, en: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('RULE_VIOLATION', { zh, en, details: { rule, ...details } });
}

export async function actOnControl(ctx: ServiceContext, actor: Actor, caseId: string, controlId: string, input: ControlActInput, signer: Signer): Promise<CaseControlView> {
  requireRole(actor, ['judge', 'officer']);
  const calendar = await ctx.calendar();
  const day = today(ctx.clock);
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const cc = await loadControlCase(trx, actor, caseId, { lock: true });
    const control = cc.controls.find((c) => c.id === controlId);
    if (!control) throw new AppError('NOT_FOUND', { zh: '本案没有该控制措施', en: 'No such control in this case', details: { controlId } });
    const property = (await findCaseProperty(trx, control.property_id))!;
    const institution = (await findInstitution(trx, control.institution_id))!;
    const kind = PROPERTY_KINDS[property.kind as PropertyKind];
    // A waiting control can be withdrawn (released) too: it holds nothing yet but has a place in the queue.
    const releasable = control.state === 'inEffect' || control.state === 'waiting';
    if (!(input.act === 'release' ? releasable : control.state === 'inEffect')) {
      throw refuse('CONTROL_NOT_IN_EFFECT', `该控制措施当前状态为「${control.state}」，不能${ACT_ZH[input.act]}`, `The control is ${control.state}: it cannot be acted on (${input.act})`, { state: control.state });
    }
    if (control.pending_act) {
      throw refuse('CONTROL_ACT_PENDING', `该控制措施的${ACT_ZH[control.pending_act]}正在办理，待协助单位答复后再办理其他事项`, `A ${control.pending_act} of this control is waiting for the institution's answer`, { pendingAct: control.pending_act });
    }
    if (!institution.acts.includes(input.act) || institution.retired_at !== null) {
      throw refuse('CONTROL_INSTITUTION_CANNOT', `${institution.name}不办理网络${ACT_ZH[input.act]}`, `${institution.name} does not carry out a ${input.act} over the network`);
    }
    const remaining = heldValue(control);
    let amountFen: number | undefined;
    let term: { months: number; startsOn: CivilDate; expiresOn: CivilDate } | undefined;
    let summary = '';
    if (input.act === 'deduct') {
      if (control.act !== 'freeze' || !kind.deductible) throw refuse('CONTROL_NOT_DEDUCTIBLE', `${kind.zh}不能直接扣划，须经变价`, `A ${kind.en.toLowerCase()} cannot be paid over directly: it must be sold`);
      if (input.amountFen > remaining) {
        throw refuse('CONTROL_DEDUCT_ABOVE_FROZEN', `扣划数额 ${formatYuan(input.amountFen)}超过冻结余额 ${formatYuan(remaining)}`, `The deduction (${formatYuan(input.amountFen)}) is above what remains frozen (${formatYuan(remaining)})`, { frozenFen: remaining });
      }
      if (cc.outstandingFen !== null && input.amountFen > cc.outstandingFen) {
        throw refuse('CONTROL_DEDUCT_ABOVE_OWED', `扣划数额超过尚欠的 ${formatYuan(cc.outstandingFen)}（民事诉讼法第二百五十三条）`, `The deduction is above the ${formatYuan(cc.outstandingFen)} still owed (民事诉讼法 art. 253)`, { outstandingFen: cc.outstandingFen });
      }
      amountFen = input.amountFen;
      summary = `，数额 ${formatYuan(amountFen)}`;
    } else if (input.act === 'release') {
      if (input.amountFen !== undefined) {
        if (control.act !== 'freeze' || !control.divisible) throw refuse('CONTROL_AMOUNT_NOT_DIVISIBLE', `${kind.zh}只能整体解除`, `A ${kind.en.toLowerCase()} is released whole`);
        if (control.state !== 'inEffect' || input.amountFen >= remaining) throw refuse('CONTROL_RELEASE_PART_INVALID', `部分解除的数额须小于冻结余额 ${formatYuan(remaining)}；全部解除请不填数额`, `A part release must be less than the ${formatYuan(remaining)} frozen; leave the amount out to release it all`, { frozenFen: remaining });
        amountFen = input.amountFen;
        summary = `（部分解除 ${formatYuan(amountFen)}）`;
      }
      summary += `，理由：${input.reason}`;
    } else {
      const t = unwrap(renewalTerm(calendar, control.term_class as ControlTermClass, control.expires_on as CivilDate, day, input.termMonths));
      term = { months: t.months, startsOn: t.startsOn, expiresOn: t.expiresOn };
      summary = `，续行 ${t.months} 个月至 ${t.expiresOn}`;
    }
    const subject = await subjectOfProperty(trx, property);
    const docs = await issueControlDocuments(trx, {
      caseRow: cc.caseRow,
      actor,
      act: input.act,
      property,
      institution,
      subject: subject.kind === 'person' ? { kind: 'person', idNumber: subject.idNumber } : { kind: 'organisation', creditCode: subject.creditCode },
      amountFen,
      term,
      previousRulingNumber: control.ruling_number,
      controlId,
      issuedOn: day,
      now,
    });
    const request = await controlRequestRow(trx, {
      signer,
      caseRow: cc.caseRow,
      actor,
      institution,
      property,
      subject,
      controlId,
      act: input.act,
      rulingNumber: docs.rulingNumber,
      documents: docs.documents,
      amountFen,
      termMonths: term?.months,
      controlRef: control.control_ref,
      now,
    });
    await insertAssistRequests(trx, [request]);
    await updateCaseControl(trx, controlId, { pending_act: input.act, pending_request_id: request.id, updated_at: now });
    await recordEvent(trx, ctx.clock, actor, {
      courtId: cc.caseRow.court_id,
      caseId,
      action: 'controlActOrdered',
      before: { state: control.state, heldFen: control.held_fen, deductedFen: control.deducted_fen, expiresOn: control.expires_on },
      after: { controlId, requestId: request.id, act: input.act, amountFen: amountFen ?? null, termMonths: term?.months ?? null, ruling: docs.rulingNumber, ...(input.act === 'release' ? { reason: input.reason } : {}) },
      legalBasis: controlLegalBasis(input.act),
      summaryZh: `裁定${ACT_ZH[input.act]}${institution.name} ${property.description}（${property.ref}）的控制措施${summary}`,
      summaryEn: `Ordered: ${input.act} of the control on ${institution.name} ${property.ref}`,
    });
    return controlView({ ...control, pending_act: input.act, pending_request_id: request.id, updated_at: now }, property, institution, day);
  });
}
