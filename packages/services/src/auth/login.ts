import { randomBytes } from 'node:crypto';
import { AppError, type LoginRequest, type Me } from '@zhixing/contracts';
import { findCourt, findUserByUsername, insertSession, recordLoginFailure, resetLoginFailures } from '@zhixing/db';
import { isRole } from '@zhixing/domain';
import type { ServiceContext } from '../context.js';
import { DUMMY_HASH, verifyPassword } from './password.js';
import { newSecret, secretHash } from './tokens.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;
export const SESSION_MS = 8 * 60 * 60 * 1000;

export interface LoginResult {
  me: Me;
  sessionToken: string;
  expiresAt: Date;
}

/** Password login: argon2id check, lockout after repeated failures, a new session with its CSRF token. */
export async function login(ctx: ServiceContext, input: LoginRequest): Promise<LoginResult> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const user = await findUserByUsername(db, input.username);
  if (!user) {
    await verifyPassword(input.password, DUMMY_HASH);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.locked_until && user.locked_until > now) {
    throw new AppError('ACCOUNT_LOCKED', { details: { lockedUntil: user.locked_until.toISOString() } });
  }
  const passwordOk = await verifyPassword(input.password, user.password_hash);
  if (!passwordOk || user.disabled || !isRole(user.role)) {
    const failures = user.failed_attempts + 1;
    const lock = failures >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MS) : null;
    await recordLoginFailure(db, user.id, lock);
    if (lock) throw new AppError('ACCOUNT_LOCKED', { details: { lockedUntil: lock.toISOString() } });
    throw new AppError('INVALID_CREDENTIALS', { details: { attemptsLeft: MAX_FAILED_LOGINS - failures } });
  }
  const court = await findCourt(db, user.court_id);
  if (!court) throw new AppError('INVALID_CREDENTIALS');
  const sessionToken = newSecret('zxs');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_MS);
  await ctx.database.db.transaction().execute(async (trx) => {
    await resetLoginFailures(trx, user.id);
    await insertSession(trx, { tokenHash: secretHash(sessionToken), userId: user.id, csrfToken, createdAt: now, expiresAt });
  });
  return {
    sessionToken,
    expiresAt,
    me: {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      role: user.role,
      court: { id: court.id, code: court.code, name: court.name, nameEn: court.name_en, level: court.level },
      csrfToken,
    },
  };
}
