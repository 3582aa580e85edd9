import type { FastifyInstance } from 'fastify';
import { proposePayoutRoute } from '@zhixing/contracts';
import { proposePayout, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function proposePayoutRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, proposePayoutRoute, ({ actor, params, body }) => proposePayout(ctx, actor, params.id, body));
}
