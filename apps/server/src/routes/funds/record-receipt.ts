import type { FastifyInstance } from 'fastify';
import { recordReceiptRoute } from '@zhixing/contracts';
import { recordReceipt, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function recordReceiptRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, recordReceiptRoute, ({ actor, params, body }) => recordReceipt(ctx, actor, params.id, body));
}
