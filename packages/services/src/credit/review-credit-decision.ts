import { AppError } from '@zhixing/contracts';
import { findParty, listCaseCreditDecisions, lockCase } from '@zhixing/db';
import { MEASURE_KIND_LABELS } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { recordEvent } from '../cases/record-event.js';
import { assessProposal } from './assess-proposal.js';
import { creditDecisionViews, type CreditDecisionView } from './credit-decision-view.js';
import { loadDecisionForChange } from './load-decision.js';
import { proposalOf } from './proposal-of.js';
import { publishDecision } from './publish-decision.js';
import { refuseIneligible } from './refuse-ineligible.js';

/**
 * The president signs (院长签发, 失信规定 art. 5; 限高规定 art. 5) or refuses. Signing re-checks
 * the law on the signing day — the decision is made, and takes effect, then — and fixes the
 * publication date after any grace period; with no grace period it is published at once.
 */
export async function reviewCreditDecision(ctx: ServiceContext, actor: Actor, id: string, input: { approve: boolean; reason: string | null; expectedVersion: number }): Promise<CreditDecisionView> {
  requireRole(actor, ['president']);
  const { db } = ctx.database;
  const todayDate = today(ctx.clock);
  const row = await db.transaction().execute(async (trx) => {
    const d = await loadDecisionForChange(trx, actor, id, input.expectedVersion);
    if (d.status !== 'pendingApproval') {
      throw new AppError('RULE_VIOLATION', { zh: '该决定不在待签发状态', en: 'The decision is not awaiting signature', details: { rule: 'CREDIT_DECISION_NOT_PENDING', status: d.status } });
    }
    const label = MEASURE_KIND_LABELS[d.kind];
    if (!input.approve) {
      await trx.updateTable('credit_decisions').set({ status: 'rejected', rejected_reason: input.reason, approved_by: actor.userId, approved_at: ctx.clock.now(), version: d.version + 1 }).where('id', '=', id).execute();
      await recordEvent(trx, ctx.clock, actor, {
        courtId: d.court_id,
        caseId: d.case_id,
        action: 'rejectCreditDecision',
        after: { decisionId: id, reason: input.reason },
        summaryZh: `院长不予签发${label.zh}（${d.document_number}）：${input.reason ?? ''}`,
        summaryEn: `The president refused to sign the ${label.en.toLowerCase()} (${d.document_number}): ${input.reason ?? ''}`,
      });
    } else {
      const caseRow = await lockCase(trx, d.case_id);
      const debtor = await findParty(trx, d.case_id, d.debtor_party_id);
      if (!caseRow || !debtor) throw new AppError('NOT_FOUND');
      const subjects = await trx.selectFrom('credit_subjects').selectAll().where('decision_id', '=', id).orderBy('id').execute();
      const others = (await listCaseCreditDecisions(trx, d.case_id)).filter((x) => x.id !== id);
      const terms = refuseIneligible(assessProposal(proposalOf(d, subjects), { caseRow, debtor, decisions: others, decisionDate: todayDate }));
      const published = terms.publishOn <= todayDate;
      await trx
        .updateTable('credit_decisions')
        .set({ status: published ? 'published' : 'inGrace', approved_by: actor.userId, approved_at: ctx.clock.now(), decision_date: todayDate, publish_on: terms.publishOn, expires_on: terms.expiresOn, period_years: terms.periodYears, version: d.version + 1 })
        .where('id', '=', id)
        .execute();
      await recordEvent(trx, ctx.clock, actor, {
        courtId: d.court_id,
        caseId: d.case_id,
        action: 'signCreditDecision',
        after: { decisionId: id, decisionDate: todayDate, publishOn: terms.publishOn, expiresOn: terms.expiresOn },
        legalBasis: d.legal_basis,
        summaryZh: `院长签发${label.zh}（${d.document_number}）${published ? '' : `，宽限期至 ${terms.publishOn} 前不予公布`}`,
        summaryEn: `The president signed the ${label.en.toLowerCase()} (${d.document_number})${published ? '' : `; not published before ${terms.publishOn} (grace period)`}`,
      });
      if (published) {
        const signed = await trx.selectFrom('credit_decisions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
        await publishDecision(trx, ctx.clock, actor, signed);
      }
    }
    return trx.selectFrom('credit_decisions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  });
  const [view] = await creditDecisionViews(db, [row], todayDate);
  return view!;
}
