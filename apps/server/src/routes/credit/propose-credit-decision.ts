import type { FastifyInstance } from 'fastify';
import { proposeCreditDecisionRoute } from '@zhixing/contracts';
import { proposeCreditDecision, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function proposeCreditDecisionRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, proposeCreditDecisionRoute, ({ actor, params, body }) => proposeCreditDecision(ctx, actor, params.id, body));
}
