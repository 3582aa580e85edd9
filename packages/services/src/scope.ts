import { AppError } from '@zhixing/contracts';
import { listCourts, type Executor } from '@zhixing/db';
import type { Role } from '@zhixing/domain';
import type { Actor } from './context.js';


/** Fails closed: the first line of every use case (style-by-example §1). */
export function requireRole(actor: Actor, roles: readonly Role[]): void {
  if (!roles.includes(actor.role)) {
    throw new AppError('FORBIDDEN', { details: { requiredRoles: roles, role: actor.role } });
  }
}

/**
 * The courts whose cases the actor may see: their own court; for the city supervisors of the
 * intermediate court, that court and every court below it (two-level command, mission clause 1).
 */
export async function visibleCourtIds(db: Executor, actor: Actor): Promise<string[]> {
  if (actor.role === 'city_supervisor' && actor.courtLevel !== 'basic') {
    const courts = await listCourts(db);
    const ids = new Set([actor.courtId]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const c of courts) {
        if (c.parent_id && ids.has(c.parent_id) && !ids.has(c.id)) {
          ids.add(c.id);
          grew = true;
        }
      }
    }
    return [...ids];
  }
  return [actor.courtId];
}

/** Resources of courts outside the actor's scope answer "not found", never revealing they exist. */
export async function requireCourtInScope(db: Executor, actor: Actor, courtId: string): Promise<void> {
  const ids = await visibleCourtIds(db, actor);
  if (!ids.includes(courtId)) throw new AppError('OUT_OF_COURT_SCOPE');
}

/** Narrows a requested court filter to the actor's scope. */
export async function scopedCourtIds(db: Executor, actor: Actor, requested?: string): Promise<string[]> {
  const ids = await visibleCourtIds(db, actor);
  if (!requested) return ids;
  if (!ids.includes(requested)) throw new AppError('OUT_OF_COURT_SCOPE', { details: { courtId: requested } });
  return [requested];
}
