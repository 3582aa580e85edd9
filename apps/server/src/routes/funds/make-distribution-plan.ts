import type { FastifyInstance } from 'fastify';
import { makeDistributionPlanRoute } from '@zhixing/contracts';
import { makeDistributionPlan, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function makeDistributionPlanRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, makeDistributionPlanRoute, ({ actor, params, body }) => makeDistributionPlan(ctx, actor, params.id, body));
}
