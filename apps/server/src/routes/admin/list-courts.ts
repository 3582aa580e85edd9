import type { FastifyInstance } from 'fastify';
import { listCourtsRoute } from '@zhixing/contracts';
import { listCourts, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function listCourtsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, listCourtsRoute, ({ actor }) => listCourts(ctx, actor));
}
