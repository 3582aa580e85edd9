import type { FastifyInstance } from 'fastify';
import { listPublicCourtsRoute } from '@zhixing/contracts';
import { listPublicCourts, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function listPublicCourtsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, listPublicCourtsRoute, () => listPublicCourts(ctx));
}
