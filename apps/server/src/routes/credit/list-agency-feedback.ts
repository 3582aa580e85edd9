import type { FastifyInstance } from 'fastify';
import { listAgencyFeedbackRoute } from '@zhixing/contracts';
import { listAgencyFeedback, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function listAgencyFeedbackRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, listAgencyFeedbackRoute, ({ actor, query }) => listAgencyFeedback(ctx, actor, query));
}
