import type { FastifyInstance } from 'fastify';
import { delayDisbursementRoute } from '@zhixing/contracts';
import { delayDisbursement, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function delayDisbursementRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, delayDisbursementRoute, ({ actor, params, body }) => delayDisbursement(ctx, actor, params.id, params.transactionId, body));
}
