import type { FastifyInstance } from 'fastify';
import { getDeskRoute } from '@zhixing/contracts';
import { deskRequests, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function getDeskRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, getDeskRoute, ({ request }) => deskRequests(ctx, request.headers.authorization));
}
