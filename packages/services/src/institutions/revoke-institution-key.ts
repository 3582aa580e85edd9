import { AppError, type InstitutionView } from '@zhixing/contracts';
import { listInstitutionKeys, lockInstitution, revokeInstitutionKeyRow } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { institutionView } from './institution-view.js';
import { forgetInstitutions } from '../assist/institution-cache.js';

/** Revokes a compromised key: from now on nothing it signs is accepted (ADR 0008). */
export async function revokeInstitutionKey(ctx: ServiceContext, actor: Actor, institutionId: string, keyId: string, reason: string): Promise<InstitutionView> {
  requireRole(actor, ['admin']);
  const result = await ctx.database.db.transaction().execute(async (trx) => {
    const row = await lockInstitution(trx, institutionId);
    if (!row) throw new AppError('NOT_FOUND', { details: { institutionId } });
    const keys = await listInstitutionKeys(trx, [institutionId]);
    const key = keys.find((k) => k.key_id === keyId);
    if (!key) throw new AppError('NOT_FOUND', { details: { institutionId, keyId } });
    if (key.revoked_at !== null) throw new AppError('INSTITUTION_KEY_ALREADY_REVOKED', { details: { keyId, revokedAt: key.revoked_at.toISOString() } });
    await revokeInstitutionKeyRow(trx, institutionId, keyId, actor.userId, reason, ctx.clock.now());
    return institutionView(row, await listInstitutionKeys(trx, [institutionId]));
  });
  // Replies verify against a cached copy of institutions and keys (institution-cache.ts).
  forgetInstitutions(ctx);
  return result;
}
