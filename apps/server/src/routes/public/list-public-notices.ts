import type { FastifyInstance } from 'fastify';
import { listPublicNoticesRoute } from '@zhixing/contracts';
import { listPublicNotices, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function listPublicNoticesRoutes(app: FastifyInstance, ctx: ServiceContext, perMinute: number): void {
  registerRoute(app, listPublicNoticesRoute, ({ query }) => listPublicNotices(ctx, query), { rateLimit: { max: perMinute, timeWindow: '1 minute' } });
}
