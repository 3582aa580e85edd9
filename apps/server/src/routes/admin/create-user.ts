import type { FastifyInstance } from 'fastify';
import { createUserRoute } from '@zhixing/contracts';
import { createUser, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function createUserRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, createUserRoute, ({ actor, body }) => createUser(ctx, actor, body));
}
