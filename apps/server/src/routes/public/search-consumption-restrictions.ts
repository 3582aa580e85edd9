import type { FastifyInstance } from 'fastify';
import { searchConsumptionRestrictionsRoute } from '@zhixing/contracts';
import { searchConsumptionRestrictions, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

/** Rate-limited per client like the dishonest-list search: public, but not to be harvested. */
export function searchConsumptionRestrictionsRoutes(app: FastifyInstance, ctx: ServiceContext, perMinute: number): void {
  registerRoute(app, searchConsumptionRestrictionsRoute, ({ query }) => searchConsumptionRestrictions(ctx, query), { rateLimit: { max: perMinute, timeWindow: '1 minute' } });
}
