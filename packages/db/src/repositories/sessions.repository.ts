import type { Executor } from './executor.js';

export async function insertSession(db: Executor, s: { tokenHash: string; userId: string; csrfToken: string; createdAt: Date; expiresAt: Date }): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ token_hash: s.tokenHash, user_id: s.userId, csrf_token: s.csrfToken, created_at: s.createdAt, expires_at: s.expiresAt, revoked_at: null })
    .execute();
}

/** The live session for a token hash with its user and court, or undefined. */
export function findLiveSession(db: Executor, tokenHash: string, now: Date) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('courts as c', 'c.id', 'u.court_id')
    .select([
      's.token_hash',
      's.csrf_token',
      's.expires_at',
      'u.id as user_id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.disabled',
      'c.id as court_id',
      'c.code as court_code',
      'c.name as court_name',
      'c.name_en as court_name_en',
      'c.level as court_level',
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', now)
    .executeTakeFirst();
}

export async function revokeSession(db: Executor, tokenHash: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: now }).where('token_hash', '=', tokenHash).execute();
}

export async function extendSession(db: Executor, tokenHash: string, expiresAt: Date): Promise<void> {
  await db.updateTable('sessions').set({ expires_at: expiresAt }).where('token_hash', '=', tokenHash).execute();
}
