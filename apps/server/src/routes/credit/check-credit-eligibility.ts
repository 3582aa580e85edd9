import type { FastifyInstance } from 'fastify';
import { checkCreditEligibilityRoute } from '@zhixing/contracts';
import { checkCreditEligibility, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function checkCreditEligibilityRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, checkCreditEligibilityRoute, ({ actor, params, body }) => checkCreditEligibility(ctx, actor, params.id, body));
}
