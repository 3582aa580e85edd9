import type { FastifyInstance } from 'fastify';
import { calcFeeRoute } from '@zhixing/contracts';
import { calcFee } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function calcFeeRoutes(app: FastifyInstance): void {
  registerRoute(app, calcFeeRoute, ({ query }) => calcFee(query.amount));
}
