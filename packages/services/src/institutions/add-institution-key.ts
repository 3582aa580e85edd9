import { AppError, invalidField, type InstitutionView, type SignatureAlgorithm } from '@zhixing/contracts';
import { closeOpenKeys, insertInstitutionKey, listInstitutionKeys, lockInstitution } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { requireValidPublicKey } from './check-institution-key.js';
import { institutionView } from './institution-view.js';
import { forgetInstitutions } from '../assist/institution-cache.js';

export interface AddInstitutionKeyInput {
  keyId: string;
  alg: SignatureAlgorithm;
  publicKey: string;
  validFrom?: string | undefined;
}

/**
 * Key rotation (ADR 0008): the new key covers messages issued from `validFrom` on; the keys that
 * were open-ended end there (messages they signed before still verify for the grace period).
 */
export async function addInstitutionKey(ctx: ServiceContext, actor: Actor, institutionId: string, input: AddInstitutionKeyInput): Promise<InstitutionView> {
  requireRole(actor, ['admin']);
  requireValidPublicKey(input.alg, input.publicKey, 'publicKey');
  const now = ctx.clock.now();
  const validFrom = input.validFrom ? new Date(input.validFrom) : now;
  // A key back-dated would cover messages already judged under the old key.
  if (validFrom.getTime() < now.getTime() - 60_000) throw invalidField('validFrom', '新密钥的生效时间不能早于现在', 'a new key cannot take effect in the past');
  const result = await ctx.database.db.transaction().execute(async (trx) => {
    const row = await lockInstitution(trx, institutionId);
    if (!row) throw new AppError('NOT_FOUND', { details: { institutionId } });
    const keys = await listInstitutionKeys(trx, [institutionId]);
    if (keys.some((k) => k.key_id === input.keyId)) throw new AppError('ALREADY_EXISTS', { zh: '该机构已有此编号的密钥', en: 'The institution already has a key with this id', details: { field: 'keyId', value: input.keyId } });
    await closeOpenKeys(trx, institutionId, validFrom);
    await insertInstitutionKey(trx, { institution_id: institutionId, key_id: input.keyId, alg: input.alg, public_key: input.publicKey, valid_from: validFrom, valid_to: null, revoked_at: null, revoked_by: null, revoked_reason: null, created_by: actor.userId, created_at: now });
    return institutionView(row, await listInstitutionKeys(trx, [institutionId]));
  });
  // Replies verify against a cached copy of institutions and keys (institution-cache.ts).
  forgetInstitutions(ctx);
  return result;
}
