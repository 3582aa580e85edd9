import { randomUUID } from 'node:crypto';
import type { CreditProposal } from '@zhixing/contracts';
import { insertCreditDecision, nextDocumentOrdinal } from '@zhixing/db';
import { MEASURE_KIND_LABELS, maskResidentId } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { recordEvent } from '../cases/record-event.js';
import { assessProposal } from './assess-proposal.js';
import { creditDecisionViews, type CreditDecisionView } from './credit-decision-view.js';
import { documentNumberOf } from './document-number.js';
import { refuseIneligible } from './refuse-ineligible.js';
import { loadCreditCase } from './load-credit-case.js';

/**
 * The handler proposes a listing or restriction. It is refused with every legal reason when the
 * law does not allow it; otherwise it waits for the president's signature (失信规定 art. 5;
 * 限高规定 art. 5), recorded as a case event.
 */
export async function proposeCreditDecision(ctx: ServiceContext, actor: Actor, caseId: string, p: CreditProposal): Promise<CreditDecisionView> {
  requireRole(actor, ['judge', 'officer']);
  const { db } = ctx.database;
  const decisionDate = today(ctx.clock);
  const row = await db.transaction().execute(async (trx) => {
    const { caseRow, debtor, decisions } = await loadCreditCase(trx, actor, caseId, p.debtorPartyId, { lock: true });
    const assessed = assessProposal(p, { caseRow, debtor, decisions, decisionDate });
    const terms = refuseIneligible(assessed);
    const id = randomUUID();
    const documentNumber = documentNumberOf(caseRow.case_number, await nextDocumentOrdinal(trx, caseId));
    const orgName = debtor.kind === 'organisation' ? debtor.name : null;
    await insertCreditDecision(
      trx,
      {
        id,
        court_id: caseRow.court_id,
        case_id: caseId,
        kind: p.kind,
        status: 'pendingApproval',
        document_number: documentNumber,
        debtor_party_id: debtor.id,
        debtor_name: debtor.name,
        ground: p.kind === 'dishonestListing' ? p.ground : null,
        facts: p.facts,
        grace_months: p.kind === 'exitRestriction' ? 0 : p.gracePeriodMonths,
        period_years: terms.periodYears,
        extension_years: p.kind === 'dishonestListing' ? p.extensionYears : 0,
        aggravation: p.kind === 'dishonestListing' ? p.aggravation : null,
        attestations: p.kind === 'dishonestListing' ? JSON.stringify(p.attestations) : null,
        on_applicant_request: p.onApplicantRequest,
        ex_officio_reason: p.kind === 'exitRestriction' ? p.exOfficioReason : null,
        decision_date: decisionDate,
        publish_on: terms.publishOn,
        expires_on: terms.expiresOn,
        legal_basis: terms.legalBasis,
        proposed_by: actor.userId,
        proposed_at: ctx.clock.now(),
        approved_by: null,
        approved_at: null,
        rejected_reason: null,
        published_at: null,
        removal_ground: null,
        removal_arisen_on: null,
        removal_due_on: null,
        removal_note: null,
        removed_at: null,
        removed_by: null,
        relist_barred_until: null,
      },
      terms.subjects.map((s) => ({
        role: s.role,
        subject_kind: s.kind,
        name: s.name,
        id_number: s.idNumber ? s.idNumber.trim().toUpperCase() : null,
        id_number_masked: s.idNumber ? maskResidentId(s.idNumber) : null,
        credit_code: s.creditCode ? s.creditCode.trim().toUpperCase() : null,
        bound_to: s.role === 'debtor' ? null : orgName,
        lifted_at: null,
        lift_ground: null,
      })),
    );
    const label = MEASURE_KIND_LABELS[p.kind];
    await recordEvent(trx, ctx.clock, actor, {
      courtId: caseRow.court_id,
      caseId,
      action: 'proposeCreditDecision',
      after: { decisionId: id, kind: p.kind, documentNumber, ground: p.kind === 'dishonestListing' ? p.ground : null, publishOn: terms.publishOn, expiresOn: terms.expiresOn, subjects: terms.subjects.map((s) => ({ role: s.role, name: s.name })) },
      legalBasis: terms.legalBasis,
      summaryZh: `提请${label.zh}：${debtor.name}（${documentNumber}），待院长签发`,
      summaryEn: `Proposed ${label.en.toLowerCase()} for ${debtor.name} (${documentNumber}); awaiting the president's signature`,
    });
    return trx.selectFrom('credit_decisions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  });
  const [view] = await creditDecisionViews(db, [row], decisionDate);
  return view!;
}
