import type { FastifyInstance } from 'fastify';
import { searchTerminatedCasesRoute } from '@zhixing/contracts';
import { searchTerminatedCases, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

/** Rate-limited per client, like the other public lists: nobody walks through the debtors. */
export function searchTerminatedCasesRoutes(app: FastifyInstance, ctx: ServiceContext, perMinute: number): void {
  registerRoute(app, searchTerminatedCasesRoute, ({ query }) => searchTerminatedCases(ctx, query), { rateLimit: { max: perMinute, timeWindow: '1 minute' } });
}
