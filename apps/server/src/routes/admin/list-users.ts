import type { FastifyInstance } from 'fastify';
import { listUsersRoute } from '@zhixing/contracts';
import { listUsers, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function listUsersRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, listUsersRoute, ({ actor, query }) => listUsers(ctx, actor, query));
}
