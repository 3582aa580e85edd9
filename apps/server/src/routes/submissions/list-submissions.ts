import type { FastifyInstance } from 'fastify';
import { listSubmissionsRoute } from '@zhixing/contracts';
import { listSubmissions, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function listSubmissionsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, listSubmissionsRoute, ({ actor, query }) => listSubmissions(ctx, actor, query));
}
