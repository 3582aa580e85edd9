import { CASE_READER_ROLES, AppError, type CaseEvent } from '@zhixing/contracts';
import { findCase, listCaseEvents as queryEvents, listUsers, parseEventBody } from '@zhixing/db';
import { isRole } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireCourtInScope, requireRole } from '../scope.js';

export async function listCaseEvents(ctx: ServiceContext, actor: Actor, caseId: string): Promise<{ items: CaseEvent[] }> {
  requireRole(actor, CASE_READER_ROLES);
  const { db } = ctx.database;
  const row = await findCase(db, caseId);
  if (!row) throw new AppError('NOT_FOUND');
  await requireCourtInScope(db, actor, row.court_id);
  const events = await queryEvents(db, caseId);
  const actorCourts = [...new Set(events.map((e) => e.actor_court_id).filter((c): c is string => c !== null))];
  const users = new Map((await listUsers(db, { courtIds: actorCourts })).map((u) => [u.id, u]));
  return {
    items: events.map((e) => {
      const user = e.actor_id ? users.get(e.actor_id) : undefined;
      const body = parseEventBody(e.payload);
      return {
        seq: e.seq,
        occurredAt: e.occurred_at.toISOString(),
        actor: { id: e.actor_id, displayName: user?.display_name ?? null, role: isRole(e.actor_role) ? e.actor_role : 'system' },
        action: e.action,
        summaryZh: body.summaryZh,
        summaryEn: body.summaryEn,
        legalBasis: body.legalBasis,
        before: body.before,
        after: body.after,
        hash: e.hash,
      };
    }),
  };
}
