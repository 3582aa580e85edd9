import { endPortalSession } from '@zhixing/db';
import type { ServiceContext } from '../context.js';
import type { PartyPrincipal } from './party-principal.js';

/** Logs the party out: the token stops working at once. */
export async function closePartySession(ctx: ServiceContext, party: PartyPrincipal): Promise<{ ended: true }> {
  await endPortalSession(ctx.database.db, party.tokenHash, ctx.clock.now());
  return { ended: true };
}
