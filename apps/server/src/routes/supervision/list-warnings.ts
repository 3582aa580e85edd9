import type { FastifyInstance } from 'fastify';
import { listWarningsRoute } from '@zhixing/contracts';
import { listWarnings, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function listWarningsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, listWarningsRoute, ({ actor, query }) => listWarnings(ctx, actor, query));
}
