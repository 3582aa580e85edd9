import type { Insertable } from 'kysely';
import type { ApiTokensTable } from '../schema.js';
import type { Executor } from './executor.js';

export async function insertApiToken(db: Executor, token: Insertable<ApiTokensTable>): Promise<void> {
  await db.insertInto('api_tokens').values(token).execute();
}

export function findLiveApiToken(db: Executor, tokenHash: string) {
  return db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).executeTakeFirst();
}
