import type { FastifyInstance } from 'fastify';
import { reverseReceiptRoute } from '@zhixing/contracts';
import { reverseReceipt, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function reverseReceiptRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, reverseReceiptRoute, ({ actor, params, body }) => reverseReceipt(ctx, actor, params.id, params.transactionId, body.reason));
}
