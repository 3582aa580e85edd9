import { AppError, CASE_READER_ROLES } from '@zhixing/contracts';
import { findCase, findCreditDecision, findParty, findUserById, listCreditSubjects, listParties } from '@zhixing/db';
import { LISTING_GROUND_LABELS, RESTRICTED_ACTS, SUBJECT_ROLE_LABELS, type ListingGround, type SubjectRole } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireCourtInScope, requireRole } from '../scope.js';
import { buildConsumptionRestrictionOrderDocx, buildExitRestrictionDecisionDocx, buildListingDecisionDocx, type DebtorParty } from '../documents/index.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The decision document of a signed or proposed decision (决定书 / 限制消费令), as .docx for the
 * court to edit, print and seal. ID numbers are printed masked; the court's copy for service is
 * completed from the audited full-number read if it needs one.
 */
export async function downloadCreditDocument(ctx: ServiceContext, actor: Actor, id: string): Promise<{ filename: string; contentType: string; body: Buffer }> {
  requireRole(actor, CASE_READER_ROLES);
  const { db } = ctx.database;
  const d = await findCreditDecision(db, id);
  if (!d) throw new AppError('NOT_FOUND');
  await requireCourtInScope(db, actor, d.court_id);
  const kase = (await findCase(db, d.case_id))!;
  const court = (await db.selectFrom('courts').select('name').where('id', '=', d.court_id).executeTakeFirst())?.name ?? '';
  const party = (await findParty(db, d.case_id, d.debtor_party_id))!;
  const subjects = await listCreditSubjects(db, [id]);
  const approver = d.approved_by && d.status !== 'rejected' ? ((await findUserById(db, d.approved_by))?.display_name ?? '') : '';
  const debtor: DebtorParty =
    party.kind === 'person'
      ? { kind: 'person', name: party.name, idNumberMasked: party.id_number_masked ?? '' }
      : { kind: 'organisation', name: party.name, creditCode: party.credit_code ?? '', ...(party.legal_representative ? { legalRepresentative: party.legal_representative } : {}) };
  const bound = subjects.filter((s) => s.role !== 'debtor').map((s) => ({ roleZh: SUBJECT_ROLE_LABELS[s.role as SubjectRole].zh, name: s.name, idNumberMasked: s.id_number_masked ?? '' }));
  const base = { courtName: court, caseNumber: kase.case_number, documentNumber: d.document_number, decisionDate: d.decision_date, debtor };
  let body: Buffer;
  if (d.kind === 'dishonestListing') {
    const ground = d.ground as ListingGround;
    const applicants = (await listParties(db, d.case_id)).filter((p) => p.party_role === 'applicant').map((p) => p.name);
    body = await buildListingDecisionDocx({
      ...base,
      applicants,
      enforcementBasis: `${kase.basis_issuer}${kase.basis_document_number}`,
      ground: { code: ground, zh: LISTING_GROUND_LABELS[ground].zh, item: LISTING_GROUND_LABELS[ground].item },
      facts: d.facts,
      periodYears: d.period_years,
      gracePeriodMonths: d.grace_months,
      publishOn: d.publish_on ?? d.decision_date,
      legalBasis: d.legal_basis,
      approvedBy: approver,
    });
  } else if (d.kind === 'consumptionRestriction') {
    body = await buildConsumptionRestrictionOrderDocx({
      ...base,
      boundPersons: bound,
      restrictedActs: Object.values(RESTRICTED_ACTS).map((a) => ({ item: a.item, zh: a.zh })),
      legalBasis: d.legal_basis,
      approvedBy: approver,
    });
  } else {
    body = await buildExitRestrictionDecisionDocx({ ...base, subjects: bound.length > 0 ? bound : debtor.kind === 'person' ? [{ roleZh: '被执行人', name: debtor.name, idNumberMasked: debtor.idNumberMasked }] : [], legalBasis: d.legal_basis, ...(approver ? { approvedBy: approver } : {}) });
  }
  return { filename: `${d.document_number}.docx`, contentType: DOCX, body };
}
