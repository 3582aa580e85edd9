import type { UserView } from '@zhixing/contracts';
import { listCourts, listUsers as queryUsers, type UserRow } from '@zhixing/db';
import { isRole, type Role } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { scopedCourtIds } from '../scope.js';

export function userView(u: UserRow): UserView {
  return { id: u.id, username: u.username, displayName: u.display_name, role: isRole(u.role) ? u.role : 'clerk', courtId: u.court_id, disabled: u.disabled };
}

export async function listUsers(ctx: ServiceContext, actor: Actor, query: { courtId?: string; role?: Role }): Promise<{ items: UserView[] }> {
  const { db } = ctx.database;
  const courtIds =
    actor.role === 'admin' ? (query.courtId ? [query.courtId] : (await listCourts(db)).map((c) => c.id)) : await scopedCourtIds(db, actor, query.courtId);
  const rows = await queryUsers(db, { courtIds, ...(query.role ? { role: query.role } : {}) });
  return { items: rows.map(userView) };
}
