/**
 * Who is asking: the httpOnly session cookie (staff console) resolved to an actor. CSRF: the
 * cookie is SameSite=Strict and every state-changing request must also carry the session's CSRF
 * token in `x-csrf-token`, which a foreign site cannot read (double defence).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
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
  // Callback style, on the console's and the portal's routes only: buildApp registers this in their
  // context, and the agency API (no session; its check route is the hot path, ADR 0005) outside it.
  app.addHook('onRequest', (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 200) return done();
    request.sessionToken = token;
    authenticateSession(ctx, token).then((identity) => {
      request.identity = identity;
      done();
    }, done);
  });
}
