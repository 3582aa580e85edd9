import { listFeedback } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole, scopedCourtIds } from '../scope.js';

/** Feedback from agencies in the actor's courts, with the tally per agency. */
export async function listAgencyFeedback(ctx: ServiceContext, actor: Actor, query: { agencyId?: string | undefined; caseId?: string | undefined; courtId?: string | undefined }) {
  requireRole(actor, ['judge', 'officer', 'bureau_chief', 'president', 'city_supervisor']);
  const { db } = ctx.database;
  const courtIds = await scopedCourtIds(db, actor, query.courtId);
  const rows = await listFeedback(db, { courtIds, limit: 500, ...(query.agencyId ? { agencyId: query.agencyId } : {}), ...(query.caseId ? { caseId: query.caseId } : {}) });
  const tally = new Map<string, { agencyId: string; agencyName: string; intercepted: number; falsePositive: number }>();
  for (const r of rows) {
    const t = tally.get(r.agency_id) ?? { agencyId: r.agency_id, agencyName: r.agency_name, intercepted: 0, falsePositive: 0 };
    t[r.kind] += 1;
    tally.set(r.agency_id, t);
  }
  return {
    items: rows.map((r) => ({
      id: r.id,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      agencyCategory: r.agency_category,
      kind: r.kind,
      scenario: r.scenario as never,
      subjectMasked: r.subject_masked,
      occurredAt: r.occurred_at.toISOString(),
      receivedAt: r.received_at.toISOString(),
      caseId: r.case_id,
      caseNumber: r.case_number,
      courtId: r.court_id,
      note: r.note,
    })),
    byAgency: [...tally.values()],
  };
}
