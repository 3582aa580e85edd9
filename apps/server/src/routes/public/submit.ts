import type { FastifyInstance } from 'fastify';
import { AppError, submitRoute } from '@zhixing/contracts';
import { submit, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

/** Five attachments of 5 MB travel as Base64 (4/3 larger) with the form: room for that, and no more. */
export const SUBMISSION_BODY_LIMIT = 36 * 1024 * 1024;

/**
 * Public, so that anyone can report or complain; a party logged in on the portal sends their
 * `Bearer zxp_…` and submits on their own case (an unknown or expired token is refused, not ignored).
 */
export function submitRoutes(app: FastifyInstance, ctx: ServiceContext, perMinute: number): void {
  registerRoute(
    app,
    submitRoute,
    async ({ body, request }) => {
      const header = request.headers.authorization;
      const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : '';
      const party = token ? await request.server.partyAuth(token) : null;
      if (token && !party) throw new AppError('PORTAL_SESSION_INVALID');
      return submit(ctx, body, { party, ip: request.ip });
    },
    { rateLimit: { max: perMinute, timeWindow: '1 minute' }, bodyLimit: SUBMISSION_BODY_LIMIT },
  );
}
