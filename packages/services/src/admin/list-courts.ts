import type { Court } from '@zhixing/contracts';
import { listCourts as queryCourts } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { visibleCourtIds } from '../scope.js';

/** The courts the caller may see; the system administrator sees all (to manage accounts). */
export async function listCourts(ctx: ServiceContext, actor: Actor): Promise<{ items: Court[] }> {
  const { db } = ctx.database;
  const all = await queryCourts(db);
  const visible = actor.role === 'admin' ? null : new Set(await visibleCourtIds(db, actor));
  return {
    items: all
      .filter((c) => visible === null || visible.has(c.id))
      .map((c) => ({ id: c.id, code: c.code, name: c.name, nameEn: c.name_en, level: c.level, parentId: c.parent_id })),
  };
}
