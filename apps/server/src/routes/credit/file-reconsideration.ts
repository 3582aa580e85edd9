import type { FastifyInstance } from 'fastify';
import { fileReconsiderationRoute } from '@zhixing/contracts';
import { fileReconsideration, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function fileReconsiderationRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, fileReconsiderationRoute, ({ actor, params, body }) => fileReconsideration(ctx, actor, params.id, body));
}
