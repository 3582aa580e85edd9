import type { FastifyInstance } from 'fastify';
import { listAgenciesRoute } from '@zhixing/contracts';
import { listAgenciesFor, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function listAgenciesRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, listAgenciesRoute, ({ actor }) => listAgenciesFor(ctx, actor));
}
