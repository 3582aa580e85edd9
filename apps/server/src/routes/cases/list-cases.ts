import type { FastifyInstance } from 'fastify';
import { listCasesRoute } from '@zhixing/contracts';
import { listCases, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function listCasesRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, listCasesRoute, ({ actor, query }) => listCases(ctx, actor, query));
}
