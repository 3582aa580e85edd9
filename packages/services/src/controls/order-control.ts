/**
 * Orders a freeze, seal or impound of one item the case's inquiry found (issue 4). In one
 * transaction, with the case locked so the guard sees every earlier order: the assessment, the
 * guard (民事诉讼法 (2023) art. 253 ¶1: never beyond the obligation; 查封规定 art. 19: an indivisible
 * item beyond it only when the debtor has nothing else, recorded by an authorised officer), the
 * ruling and notice, the control row, the signed request in the outbox and the case event.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '@zhixing/contracts';
import type { Signer } from '@zhixing/connectors';
import { insertAssistRequests, insertCaseControl } from '@zhixing/db';
import { formatYuan, OVER_SEIZURE_OVERRIDES, PROPERTY_KINDS, type OverSeizureOverride, type PropertyKind } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { assessControl } from './assess-control.js';
import { loadControlCase } from './control-case.js';
import { controlRequestRow, subjectOfProperty } from './control-request.js';
import { controlView, type CaseControlView } from './control-view.js';
import { controlLegalBasis, issueControlDocuments } from './issue-control-documents.js';

export interface ControlOrder {
  propertyId: string;
  amountFen?: number | undefined;
  termMonths?: number | undefined;
  override?: { ground: OverSeizureOverride; note: string } | undefined;
}

const ACT_ZH = { freeze: '冻结', seal: '查封', impound: '扣押' } as const;

export async function orderControl(ctx: ServiceContext, actor: Actor, caseId: string, order: ControlOrder, signer: Signer): Promise<CaseControlView> {
  requireRole(actor, ['judge', 'officer']);
  // Holding more than the guard allows is the judge's call, recorded with the reason (查封规定 art. 19).
  if (order.override) requireRole(actor, ['judge']);
  const calendar = await ctx.calendar();
  const day = today(ctx.clock);
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const cc = await loadControlCase(trx, actor, caseId, { lock: true });
    const a = await assessControl(trx, calendar, cc, order, day);
    const first = a.problems[0];
    if (first) throw new AppError('RULE_VIOLATION', { zh: first.messageZh, en: first.messageEn, details: { rule: first.code, problems: a.problems } });
    const g = a.guard;
    if (g.verdict === 'reduce') {
      throw new AppError('RULE_VIOLATION', {
        zh: `冻结数额超过尚需控制的 ${g.allowedFen} 分（民事诉讼法第二百五十三条、查封规定第十九条）；请减至该数额以内`,
        en: `The amount is more than the ${g.allowedFen} fen still needed (民事诉讼法 art. 253, 查封规定 art. 19): reduce it`,
        details: { rule: 'CONTROL_REDUCE', guard: g },
      });
    }
    if (g.verdict === 'exceeds' && !(order.override && g.overrides.includes(order.override.ground))) {
      throw new AppError('RULE_VIOLATION', {
        zh:
          g.reason === 'alreadyCovered'
            ? '本案已控制的财产足以清偿债权及执行费用，不得再行控制（查封规定第十九条）'
            : `该财产价值明显超过尚需控制的数额（超出 ${g.excessFen} 分），不得控制（查封规定第十九条）${g.overrides.length > 0 ? '；如财产不可分且被执行人无其他可供执行的财产，请由法官记明理由' : ''}`,
        en:
          g.reason === 'alreadyCovered'
            ? 'What the case already holds covers the claim and costs: no further control (查封规定 art. 19)'
            : `The property is worth clearly more than is still needed (by ${g.excessFen} fen) (查封规定 art. 19)${g.overrides.length > 0 ? '; a judge may record that it is indivisible and the debtor has nothing else' : ''}`,
        details: { rule: 'CONTROL_OVER_SEIZURE', guard: g },
      });
    }
    const override = g.verdict === 'exceeds' ? order.override : undefined;
    const term = a.term!;
    const controlId = randomUUID();
    const subject = await subjectOfProperty(trx, a.property);
    const docs = await issueControlDocuments(trx, {
      caseRow: cc.caseRow,
      actor,
      act: a.act,
      property: a.property,
      institution: a.institution,
      subject: subject.kind === 'person' ? { kind: 'person', idNumber: subject.idNumber } : { kind: 'organisation', creditCode: subject.creditCode },
      amountFen: a.amountFen ?? undefined,
      term: { months: term.months, startsOn: term.startsOn, expiresOn: term.expiresOn },
      controlId,
      issuedOn: day,
      now,
    });
    const row = {
      id: controlId,
      court_id: cc.caseRow.court_id,
      case_id: caseId,
      property_id: a.property.id,
      institution_id: a.institution.id,
      act: a.act,
      state: 'requested' as const,
      amount_fen: a.amountFen,
      held_fen: null,
      value_fen: a.proposedFen,
      divisible: a.divisible,
      control_ref: null,
      queue_ahead: null,
      term_class: PROPERTY_KINDS[a.property.kind as PropertyKind].termClass!,
      term_months: term.months,
      starts_on: null,
      expires_on: null,
      renew_by: null,
      override_ground: override?.ground ?? null,
      override_note: override?.note ?? null,
      ruling_number: docs.rulingNumber,
      pending_act: null,
      pending_request_id: null,
      ordered_by: actor.userId,
      ordered_at: now,
      updated_at: now,
    };
    await insertCaseControl(trx, row);
    const request = await controlRequestRow(trx, {
      signer,
      caseRow: cc.caseRow,
      actor,
      institution: a.institution,
      property: a.property,
      subject,
      controlId,
      act: a.act,
      rulingNumber: docs.rulingNumber,
      documents: docs.documents,
      amountFen: a.amountFen ?? undefined,
      termMonths: term.months,
      now,
    });
    await insertAssistRequests(trx, [request]);
    const what = `${a.institution.name} ${a.property.description}（${a.property.ref}）`;
    await recordEvent(trx, ctx.clock, actor, {
      courtId: cc.caseRow.court_id,
      caseId,
      action: 'controlOrdered',
      after: {
        controlId,
        requestId: request.id,
        act: a.act,
        propertyId: a.property.id,
        amountFen: a.amountFen,
        valueFen: a.proposedFen,
        termMonths: term.months,
        ruling: docs.rulingNumber,
        guard: g,
        ...(override ? { override: { ...override, basis: OVER_SEIZURE_OVERRIDES[override.ground].basis } } : {}),
      },
      legalBasis: controlLegalBasis(a.act) + (override ? `；${OVER_SEIZURE_OVERRIDES[override.ground].basis}` : ''),
      summaryZh: `裁定${ACT_ZH[a.act]}${what}${a.amountFen !== null ? `，数额 ${formatYuan(a.amountFen)}` : ''}，期限 ${term.months} 个月${override ? `（超标的控制，理由：${override.note}）` : ''}`,
      summaryEn: `Ordered: ${a.act} of ${what}${a.amountFen !== null ? `, ${formatYuan(a.amountFen)}` : ''}, ${term.months} months${override ? ' (over the guard, reason recorded)' : ''}`,
    });
    return controlView({ ...row, deducted_fen: 0, remind_on: [] }, a.property, a.institution, day);
  });
}
