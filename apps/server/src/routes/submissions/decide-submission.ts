import type { FastifyInstance } from 'fastify';
import { decideSubmissionRoute } from '@zhixing/contracts';
import { decideSubmission, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function decideSubmissionRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, decideSubmissionRoute, ({ actor, params, body }) => decideSubmission(ctx, actor, params.id, body));
}
