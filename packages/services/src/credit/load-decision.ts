import { AppError } from '@zhixing/contracts';
import { findCreditDecisionForUpdate, type CreditDecisionRow, type Executor } from '@zhixing/db';
import type { Actor } from '../context.js';
import { requireCourtInScope } from '../scope.js';

/** A decision locked for change, in the actor's court, at the version the actor saw. */
export async function loadDecisionForChange(trx: Executor, actor: Actor, id: string, expectedVersion: number): Promise<CreditDecisionRow> {
  const d = await findCreditDecisionForUpdate(trx, id);
  if (!d) throw new AppError('NOT_FOUND');
  await requireCourtInScope(trx, actor, d.court_id);
  if (d.version !== expectedVersion) {
    throw new AppError('VERSION_CONFLICT', { details: { expectedVersion, currentVersion: d.version } });
  }
  return d;
}
