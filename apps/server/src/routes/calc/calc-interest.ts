import type { FastifyInstance } from 'fastify';
import { calcInterestRoute } from '@zhixing/contracts';
import { calcInterest } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function calcInterestRoutes(app: FastifyInstance): void {
  registerRoute(app, calcInterestRoute, ({ body }) => calcInterest(body));
}
