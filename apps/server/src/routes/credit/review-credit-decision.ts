import type { FastifyInstance } from 'fastify';
import { reviewCreditDecisionRoute } from '@zhixing/contracts';
import { reviewCreditDecision, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function reviewCreditDecisionRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, reviewCreditDecisionRoute, ({ actor, params, body }) => reviewCreditDecision(ctx, actor, params.id, body));
}
