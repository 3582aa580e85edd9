import { findLivePortalSession } from '@zhixing/db';
import type { ServiceContext } from '../context.js';
import { secretHash } from '../auth/tokens.js';
import type { PartyPrincipal } from './party-principal.js';

/** The party behind `Bearer zxp_…`, or null when the token is unknown, ended or expired. */
export async function authenticateParty(ctx: ServiceContext, token: string): Promise<PartyPrincipal | null> {
  if (!token.startsWith('zxp_') || token.length > 200) return null;
  const tokenHash = secretHash(token);
  const s = await findLivePortalSession(ctx.database.db, tokenHash, ctx.clock.now());
  return s ? { tokenHash, caseId: s.case_id, partyId: s.party_id, courtId: s.court_id } : null;
}
