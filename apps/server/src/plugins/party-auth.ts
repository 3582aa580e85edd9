/**
 * Who is asking on a party route of `/api/public/v1` (issue 5): `Authorization: Bearer zxp_…` from
 * the party login, looked up as a live portal session. The session, not the URL, names the case.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authenticateParty, type PartyPrincipal, type ServiceContext } from '@zhixing/services';
import { sendError } from './error-handler.js';

declare module 'fastify' {
  interface FastifyRequest {
    party: PartyPrincipal | null;
  }
  interface FastifyInstance {
    partyAuth: (token: string) => Promise<PartyPrincipal | null>;
  }
}

export function registerPartyAuth(app: FastifyInstance, ctx: ServiceContext): void {
  app.decorate('partyAuth', (token: string) => authenticateParty(ctx, token));
  app.decorateRequest('party', null);
}

/** A `preValidation` hook: a party route answers 401 unless the token is a live party session. */
export async function requireParty(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const header = request.headers.authorization;
  const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  const party = token ? await request.server.partyAuth(token) : null;
  if (!party) return sendError(request, reply, 'PORTAL_SESSION_INVALID');
  request.party = party;
}
