import type { FastifyInstance } from 'fastify';
import { getRangeKeyRoute } from '@zhixing/contracts';
import { rangeKeyFor } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function getRangeKeyRoutes(app: FastifyInstance): void {
  registerRoute(app, getRangeKeyRoute, () => rangeKeyFor(app.credit));
}
