import type { FastifyInstance } from 'fastify';
import { getSubmissionRoute } from '@zhixing/contracts';
import { getSubmission, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function getSubmissionRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, getSubmissionRoute, ({ actor, params }) => getSubmission(ctx, actor, params.id));
}
