import type { FastifyInstance } from 'fastify';
import { createApiTokenRoute } from '@zhixing/contracts';
import { createApiToken, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function createApiTokenRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, createApiTokenRoute, ({ actor, body }) => createApiToken(ctx, actor, body));
}
