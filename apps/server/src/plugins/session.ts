/**
 * Who is asking: the httpOnly session cookie (staff console) resolved to an actor. CSRF: the
 * cookie is SameSite=Strict and every state-changing request must also carry the session's CSRF
 * token in `x-csrf-token`, which a foreign site cannot read (double defence).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticateSession, type ServiceContext, type SessionIdentity } from '@zhixing/services';

export const SESSION_COOKIE = 'zx_session';

declare module 'fastify' {
  interface FastifyRequest {
    identity: SessionIdentity | null;
    sessionToken: string | null;
  }
}

export function registerSession(app: FastifyInstance, ctx: ServiceContext): void {
  app.decorateRequest('identity', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 200) return;
    request.sessionToken = token;
    request.identity = await authenticateSession(ctx, token);
  });
}
