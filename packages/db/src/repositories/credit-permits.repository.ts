import type { ConsumptionPermitRow } from '../schema.js';
import type { Executor } from './executor.js';

/** A permit of one decision, locked for change (null when the permit is not on that decision). */
export function findDecisionPermitForUpdate(db: Executor, decisionId: string, permitId: number): Promise<ConsumptionPermitRow | undefined> {
  return db.selectFrom('consumption_permits').selectAll().where('id', '=', permitId).where('decision_id', '=', decisionId).forUpdate().executeTakeFirst();
}

/** Withdraws a permit; false when it was already withdrawn (another act won). */
export async function revokePermitRow(db: Executor, permitId: number, patch: { at: Date; by: string; reason: string }): Promise<boolean> {
  const r = await db
    .updateTable('consumption_permits')
    .set({ revoked_at: patch.at, revoked_by: patch.by, revoked_reason: patch.reason })
    .where('id', '=', permitId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The permits of the given decisions, oldest first. */
export function listDecisionPermits(db: Executor, decisionIds: readonly string[]): Promise<ConsumptionPermitRow[]> {
  if (decisionIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('consumption_permits').selectAll().where('decision_id', 'in', decisionIds).orderBy('granted_at').orderBy('id').execute();
}
