import { randomUUID } from 'node:crypto';
import { invalidField } from '@zhixing/contracts';
import { findCourt, insertApiToken } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { newSecret, secretHash } from '../auth/tokens.js';
import { recordEvent } from '../cases/record-event.js';
import { requireRole } from '../scope.js';

/** Issues a machine token for agencies and institutions; the secret is returned once and stored hashed. */
export async function createApiToken(ctx: ServiceContext, actor: Actor, input: { name: string; scopes: string[]; courtId?: string }) {
  requireRole(actor, ['admin']);
  const { db } = ctx.database;
  if (input.courtId && !(await findCourt(db, input.courtId))) {
    throw invalidField('courtId', `法院不存在：${input.courtId}`, `no such court: ${input.courtId}`);
  }
  const token = newSecret('zxt');
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await insertApiToken(trx, {
      id, name: input.name, token_hash: secretHash(token), token_prefix: token.slice(0, 10), scopes: input.scopes,
      court_id: input.courtId ?? null, created_by: actor.userId, created_at: ctx.clock.now(), revoked_at: null,
    });
    await recordEvent(trx, ctx.clock, actor, {
      courtId: actor.courtId, caseId: null, action: 'createApiToken', after: { id, name: input.name, scopes: input.scopes },
      summaryZh: `签发接口令牌：${input.name}`, summaryEn: `Issued API token: ${input.name}`,
    });
  });
  return { id, name: input.name, token, scopes: input.scopes };
}
