import type { FastifyInstance } from 'fastify';
import { endCreditDecisionRoute } from '@zhixing/contracts';
import { endCreditDecision, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function endCreditDecisionRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, endCreditDecisionRoute, ({ actor, params, body }) => endCreditDecision(ctx, actor, params.id, body));
}
