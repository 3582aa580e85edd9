import type { FastifyInstance } from 'fastify';
import { logoutRoute } from '@zhixing/contracts';
import { logout, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';
import { SESSION_COOKIE } from '../../plugins/session.js';

export function logoutRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, logoutRoute, async ({ request, reply }) => {
    if (request.sessionToken) await logout(ctx, request.sessionToken);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });
}
