import type { FastifyInstance } from 'fastify';
import { searchDishonestListRoute } from '@zhixing/contracts';
import { searchDishonestList, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

/** Rate-limited per client: the list is public, but not to be harvested (issue 3). */
export function searchDishonestListRoutes(app: FastifyInstance, ctx: ServiceContext, perMinute: number): void {
  registerRoute(app, searchDishonestListRoute, ({ query }) => searchDishonestList(ctx, query), { rateLimit: { max: perMinute, timeWindow: '1 minute' } });
}
