import { AppError } from '@zhixing/contracts';
import { revokeAgency } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';

/** Revokes an agency's key; every server's agency book drops it at its next reload (≤ 1 s). */
export async function revokeAgencyKey(ctx: ServiceContext, actor: Actor, id: string): Promise<{ ok: true }> {
  requireRole(actor, ['admin']);
  if (!(await revokeAgency(ctx.database.db, id, ctx.clock.now()))) throw new AppError('NOT_FOUND');
  return { ok: true };
}
