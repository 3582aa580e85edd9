import type { FastifyInstance } from 'fastify';
import { AppError, getMeRoute } from '@zhixing/contracts';
import { registerRoute } from '../../register-route.js';

export function getMeRoutes(app: FastifyInstance): void {
  registerRoute(app, getMeRoute, ({ request }) => {
    if (!request.identity) throw new AppError('UNAUTHENTICATED');
    return request.identity.me;
  });
}
