import type { FastifyInstance } from 'fastify';
import { payPayoutRoute } from '@zhixing/contracts';
import { payPayout, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function payPayoutRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, payPayoutRoute, ({ actor, params, body }) => payPayout(ctx, actor, params.id, body));
}
