import { randomUUID } from 'node:crypto';
import { AppError, invalidField, type InstitutionView, type SignatureAlgorithm } from '@zhixing/contracts';
import { findInstitutionByCode, insertInstitution, insertInstitutionKey, listInstitutionKeys } from '@zhixing/db';
import { INSTITUTION_CATEGORIES, categorySupports, type InstitutionAct, type InstitutionCategory } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { requireValidPublicKey } from './check-institution-key.js';
import { institutionView } from './institution-view.js';
import { forgetInstitutions } from '../assist/institution-cache.js';

export interface RegisterInstitutionInput {
  code: string;
  name: string;
  category: InstitutionCategory;
  acts?: InstitutionAct[] | undefined;
  connection: 'push' | 'pull' | 'manual';
  endpoint?: string | undefined;
  slaSeconds: number;
  key?: { keyId: string; alg: SignatureAlgorithm; publicKey: string } | undefined;
}

/**
 * Registers an assisting institution. What it can carry out is a subset of what its category can
 * (a land registry does not deduct money); a pushed-to institution needs its endpoint.
 */
export async function registerInstitution(ctx: ServiceContext, actor: Actor, input: RegisterInstitutionInput): Promise<InstitutionView> {
  requireRole(actor, ['admin']);
  const acts = [...new Set(input.acts ?? INSTITUTION_CATEGORIES[input.category].acts)];
  const foreign = acts.filter((a) => !categorySupports(input.category, a));
  if (foreign.length > 0) {
    const label = INSTITUTION_CATEGORIES[input.category].zh;
    throw new AppError('RULE_VIOLATION', { zh: `${label}不能办理：${foreign.join('、')}`, en: `A ${INSTITUTION_CATEGORIES[input.category].en.toLowerCase()} cannot carry out: ${foreign.join(', ')}`, details: { rule: 'INSTITUTION_ACT_NOT_IN_CATEGORY', acts: foreign, category: input.category } });
  }
  if (input.connection === 'push' && !input.endpoint) throw invalidField('endpoint', '推送方式须填写机构接收地址', 'a push connection needs the institution\'s endpoint');
  if (input.key) requireValidPublicKey(input.key.alg, input.key.publicKey, 'key.publicKey');
  const now = ctx.clock.now();
  const id = randomUUID();
  const result = await ctx.database.db.transaction().execute(async (trx) => {
    if (await findInstitutionByCode(trx, input.code)) throw new AppError('ALREADY_EXISTS', { zh: '机构代码已被使用', en: 'This institution code is taken', details: { field: 'code', value: input.code } });
    const row = { id, code: input.code, name: input.name, category: input.category, acts, connection: input.connection, endpoint: input.endpoint ?? null, sla_seconds: input.slaSeconds, created_by: actor.userId, created_at: now, retired_at: null, desk_key_hash: null, desk_key_prefix: null, desk_key_issued_at: null };
    await insertInstitution(trx, row);
    if (input.key) {
      await insertInstitutionKey(trx, { institution_id: id, key_id: input.key.keyId, alg: input.key.alg, public_key: input.key.publicKey, valid_from: now, valid_to: null, revoked_at: null, revoked_by: null, revoked_reason: null, created_by: actor.userId, created_at: now });
    }
    return institutionView(row, await listInstitutionKeys(trx, [id]));
  });
  // Replies verify against a cached copy of institutions and keys (institution-cache.ts).
  forgetInstitutions(ctx);
  return result;
}
