import type { FastifyInstance } from 'fastify';
import { creditOverviewRoute } from '@zhixing/contracts';
import { creditOverview, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function creditOverviewRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, creditOverviewRoute, ({ actor, query }) => creditOverview(ctx, actor, query));
}
