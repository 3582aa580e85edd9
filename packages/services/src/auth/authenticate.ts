import { findLiveApiToken, findLiveSession, revokeSession } from '@zhixing/db';
import { isRole } from '@zhixing/domain';
import type { Me } from '@zhixing/contracts';
import type { Actor, ServiceContext } from '../context.js';
import { secretHash } from './tokens.js';

export interface SessionIdentity {
  actor: Actor;
  me: Me;
}

/** Resolves a session cookie to its actor, or null when absent, expired, revoked or disabled. */
export async function authenticateSession(ctx: ServiceContext, token: string): Promise<SessionIdentity | null> {
  const row = await findLiveSession(ctx.database.db, secretHash(token), ctx.clock.now());
  if (!row || row.disabled || !isRole(row.role)) return null;
  const actor: Actor = {
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    courtId: row.court_id,
    courtLevel: row.court_level,
  };
  return {
    actor,
    me: {
      id: row.user_id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      court: { id: row.court_id, code: row.court_code, name: row.court_name, nameEn: row.court_name_en, level: row.court_level },
      csrfToken: row.csrf_token,
    },
  };
}

export async function logout(ctx: ServiceContext, token: string): Promise<void> {
  await revokeSession(ctx.database.db, secretHash(token), ctx.clock.now());
}

/** Machine API tokens (for agencies and institutions in later issues): scopes, not roles. */
export async function authenticateApiToken(ctx: ServiceContext, token: string): Promise<{ id: string; name: string; scopes: string[]; courtId: string | null } | null> {
  const row = await findLiveApiToken(ctx.database.db, secretHash(token));
  return row ? { id: row.id, name: row.name, scopes: row.scopes, courtId: row.court_id } : null;
}
