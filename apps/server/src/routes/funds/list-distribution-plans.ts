import type { FastifyInstance } from 'fastify';
import { listDistributionPlansRoute } from '@zhixing/contracts';
import { listCaseDistributionPlans, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function listDistributionPlansRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, listDistributionPlansRoute, ({ actor, params }) => listCaseDistributionPlans(ctx, actor, params.id));
}
