import type { FastifyInstance } from 'fastify';
import { openPartySessionRoute } from '@zhixing/contracts';
import { openPartySession, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

/** Rate-limited per client on top of the per-case lock: nobody tries codes across many cases. */
export function openPartySessionRoutes(app: FastifyInstance, ctx: ServiceContext, perMinute: number): void {
  registerRoute(app, openPartySessionRoute, ({ body, request }) => openPartySession(ctx, body, { ip: request.ip }), { rateLimit: { max: perMinute, timeWindow: '1 minute' } });
}
