import type { z } from 'zod';
import type { zCreditDecision } from '@zhixing/contracts';
import { listCreditSubjects, listDecisionPermits, type ConsumptionPermitRow, type CreditDecisionRow, type Executor } from '@zhixing/db';
import type { CivilDate } from '@zhixing/domain';
import { userRefs, type UserRefs } from './user-refs.js';

export type CreditDecisionView = z.infer<typeof zCreditDecision>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Rows → the API shape; personal ID numbers only masked. */
export async function creditDecisionViews(db: Executor, rows: readonly CreditDecisionRow[], today: CivilDate): Promise<CreditDecisionView[]> {
  if (rows.length === 0) return [];
  const subjects = await listCreditSubjects(db, rows.map((r) => r.id));
  const permits = await listDecisionPermits(db, rows.filter((r) => r.kind === 'consumptionRestriction').map((r) => r.id));
  const permitUsers = await userRefs(db, permits.flatMap((p) => [p.granted_by, p.revoked_by]));
  const userIds = [...new Set(rows.flatMap((r) => [r.proposed_by, r.approved_by].filter((x): x is string => x !== null)))];
  const users = userIds.length ? await db.selectFrom('users').select(['id', 'display_name', 'role']).where('id', 'in', userIds).execute() : [];
  const cases = await db.selectFrom('cases').select(['id', 'case_number']).where('id', 'in', [...new Set(rows.map((r) => r.case_id))]).execute();
  const userRef = (id: string | null) => {
    const u = users.find((x) => x.id === id);
    return u ? { id: u.id, displayName: u.display_name, role: u.role as never } : null;
  };
  return rows.map((r) => ({
    id: r.id,
    courtId: r.court_id,
    caseId: r.case_id,
    caseNumber: cases.find((k) => k.id === r.case_id)?.case_number ?? '',
    kind: r.kind,
    status: r.status,
    documentNumber: r.document_number,
    debtor: { partyId: r.debtor_party_id, name: r.debtor_name },
    ground: (r.ground ?? null) as CreditDecisionView['ground'],
    facts: r.facts,
    gracePeriodMonths: r.grace_months,
    periodYears: r.period_years,
    extensionYears: r.extension_years,
    onApplicantRequest: r.on_applicant_request,
    exOfficioReason: r.ex_officio_reason,
    decisionDate: r.decision_date,
    publishOn: r.publish_on,
    expiresOn: r.expires_on,
    legalBasis: r.legal_basis,
    proposedBy: userRef(r.proposed_by),
    proposedAt: r.proposed_at.toISOString(),
    approvedBy: userRef(r.approved_by),
    approvedAt: iso(r.approved_at),
    rejectedReason: r.rejected_reason,
    publishedAt: iso(r.published_at),
    removal: removalView(r, today),
    relistBarredUntil: r.relist_barred_until,
    version: r.version,
    subjects: subjects
      .filter((s) => s.decision_id === r.id)
      .map((s) => ({
        id: s.id,
        role: s.role as CreditDecisionView['subjects'][number]['role'],
        kind: s.subject_kind,
        name: s.name,
        idNumberMasked: s.id_number_masked,
        creditCode: s.credit_code,
        boundTo: s.bound_to,
        liftedAt: iso(s.lifted_at),
      })),
    permits: permits.filter((p) => p.decision_id === r.id).map((p) => permitView(p, permitUsers, today)),
  }));
}

/** A permit (限高规定 art. 8) as the console shows it; `active` while it can still allow an act. */
export function permitView(p: ConsumptionPermitRow, users: UserRefs, today: CivilDate): CreditDecisionView['permits'][number] {
  return {
    id: p.id,
    subjectId: p.subject_id,
    reason: p.reason as CreditDecisionView['permits'][number]['reason'],
    description: p.description === '' ? null : p.description,
    scenarios: p.scenarios as CreditDecisionView['permits'][number]['scenarios'],
    from: p.valid_from,
    to: p.valid_to,
    grantedBy: users.get(p.granted_by),
    grantedAt: p.granted_at.toISOString(),
    revokedAt: iso(p.revoked_at),
    revokedBy: users.maybe(p.revoked_by),
    revokedReason: p.revoked_reason,
    active: p.revoked_at === null && today <= p.valid_to,
  };
}

export function removalView(r: CreditDecisionRow, today: CivilDate): CreditDecisionView['removal'] {
  if (!r.removal_ground && !r.removal_due_on) return null;
  return {
    ground: r.removal_ground,
    arisenOn: r.removal_arisen_on,
    dueOn: r.removal_due_on,
    overdue: r.status !== 'removed' && r.removal_due_on !== null && r.removal_due_on < today,
    removedAt: iso(r.removed_at),
    note: r.removal_note,
  };
}
