import type { FastifyInstance } from 'fastify';
import { recordPlanServiceRoute } from '@zhixing/contracts';
import { recordPlanService, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function recordPlanServiceRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, recordPlanServiceRoute, ({ actor, params, body }) => recordPlanService(ctx, actor, params.id, params.planId, body));
}
