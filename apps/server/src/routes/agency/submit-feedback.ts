import type { FastifyInstance } from 'fastify';
import { submitFeedbackRoute } from '@zhixing/contracts';
import { submitFeedback, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function submitFeedbackRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, submitFeedbackRoute, ({ agency, body }) => submitFeedback(ctx, app.credit, agency, body));
}
