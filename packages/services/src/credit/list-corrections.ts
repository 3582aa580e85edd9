import type { Actor, ServiceContext } from '../context.js';
import { requireRole, scopedCourtIds } from '../scope.js';
import { today } from '../today.js';
import { correctionView } from './correction-view.js';

export interface ListCorrectionsQuery {
  courtId?: string | undefined;
  status?: 'pending' | 'granted' | 'dismissed' | undefined;
  decisionId?: string | undefined;
  caseId?: string | undefined;
}

/**
 * The corrections queue: what the caller's courts hear (their correction requests and the
 * reconsiderations sent up to them) and what concerns decisions they made — so the court whose
 * dismissal or exit restriction went to the higher court follows it there. Deciding stays with the
 * hearing court (`decideCorrection` checks `court_id`), so the latter are read-only for the caller.
 */
export async function listCorrections(ctx: ServiceContext, actor: Actor, query: ListCorrectionsQuery) {
  requireRole(actor, ['judge', 'officer', 'clerk', 'bureau_chief', 'president', 'city_supervisor']);
  const { db } = ctx.database;
  const courtIds = await scopedCourtIds(db, actor, query.courtId);
  let q = db
    .selectFrom('credit_corrections as c')
    .innerJoin('credit_decisions as d', 'd.id', 'c.decision_id')
    .selectAll('c')
    .where((eb) => eb.or([eb('c.court_id', 'in', courtIds), eb('d.court_id', 'in', courtIds)]));
  if (query.status) q = q.where('c.status', '=', query.status);
  if (query.decisionId) q = q.where('c.decision_id', '=', query.decisionId);
  if (query.caseId) q = q.where('d.case_id', '=', query.caseId);
  const rows = await q.orderBy('c.status', 'desc').orderBy('c.review_due_on').orderBy('c.id').limit(500).execute();
  return { items: await correctionView(db, rows, today(ctx.clock)) };
}
