import { listDecisionsByStatus } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole, scopedCourtIds } from '../scope.js';
import { today } from '../today.js';
import { removalView } from './credit-decision-view.js';

const LIMIT = 200;

/** The list-management page: what waits for the president, what is in grace, what must come off. */
export async function creditOverview(ctx: ServiceContext, actor: Actor, query: { courtId?: string | undefined }) {
  requireRole(actor, ['judge', 'officer', 'bureau_chief', 'president', 'city_supervisor']);
  const { db } = ctx.database;
  const courtIds = await scopedCourtIds(db, actor, query.courtId);
  const todayDate = today(ctx.clock);
  const rows = await listDecisionsByStatus(db, courtIds, ['pendingApproval', 'inGrace', 'published'], 5000);
  const view = (r: (typeof rows)[number]) => ({
    id: r.id,
    courtId: r.court_id,
    courtName: r.court_name,
    caseId: r.case_id,
    caseNumber: r.case_number,
    kind: r.kind,
    status: r.status,
    documentNumber: r.document_number,
    debtor: { partyId: r.debtor_party_id, name: r.debtor_name },
    ground: r.ground as never,
    decisionDate: r.decision_date,
    publishOn: r.publish_on,
    expiresOn: r.expires_on,
    removal: removalView(r, todayDate),
    version: r.version,
  });
  const removalDue = rows.filter((r) => r.removal_due_on !== null).sort((a, b) => (a.removal_due_on! < b.removal_due_on! ? -1 : 1));
  const pending = rows.filter((r) => r.status === 'pendingApproval');
  const inGrace = rows.filter((r) => r.status === 'inGrace');
  const published = rows.filter((r) => r.status === 'published');
  return {
    pendingApproval: pending.slice(0, LIMIT).map(view),
    inGrace: inGrace.slice(0, LIMIT).map(view),
    removalDue: removalDue.slice(0, LIMIT).map(view),
    published: published.slice(0, LIMIT).map(view),
    counts: {
      pendingApproval: pending.length,
      inGrace: inGrace.length,
      removalDue: removalDue.length,
      removalOverdue: removalDue.filter((r) => r.removal_due_on! < todayDate).length,
      published: published.length,
    },
  };
}
