/**
 * The administrator gives an institution that is not networked (传统查控) its desk key, shown once;
 * only its SHA-256 is kept. Issuing a new one replaces the old at once (a lost or leaked key).
 */
import { AppError } from '@zhixing/contracts';
import { lockInstitution, setInstitutionDeskKey } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { newSecret, secretHash } from '../auth/tokens.js';
import { requireRole } from '../scope.js';
import { forgetInstitutions } from '../assist/institution-cache.js';

export async function issueDeskKey(ctx: ServiceContext, actor: Actor, institutionId: string): Promise<{ deskKey: string; issuedAt: string }> {
  requireRole(actor, ['admin']);
  const now = ctx.clock.now();
  const result = await ctx.database.db.transaction().execute(async (trx) => {
    const institution = await lockInstitution(trx, institutionId);
    if (!institution) throw new AppError('NOT_FOUND');
    if (institution.connection !== 'manual') {
      throw new AppError('RULE_VIOLATION', { zh: '只有非网络协助单位（传统查控）使用协助工作台', en: 'Only institutions that are not networked use the assistance desk', details: { rule: 'DESK_ONLY_FOR_MANUAL', connection: institution.connection } });
    }
    const deskKey = newSecret('zxi');
    await setInstitutionDeskKey(trx, institution.id, { hash: secretHash(deskKey), prefix: deskKey.slice(0, 10), issuedAt: now });
    await recordEvent(trx, ctx.clock, actor, {
      courtId: actor.courtId,
      caseId: null,
      action: 'institutionDeskKeyIssued',
      after: { institution: institution.code, prefix: deskKey.slice(0, 10), replaced: institution.desk_key_prefix },
      summaryZh: `为${institution.name}签发协助工作台密钥${institution.desk_key_prefix ? '（原密钥作废）' : ''}`,
      summaryEn: `Desk key issued to ${institution.name}${institution.desk_key_prefix ? ' (the old one no longer works)' : ''}`,
    });
    return { deskKey, issuedAt: now.toISOString() };
  });
  // Replies verify against a cached copy of institutions and keys (institution-cache.ts).
  forgetInstitutions(ctx);
  return result;
}
