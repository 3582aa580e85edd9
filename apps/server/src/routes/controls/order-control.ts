import type { FastifyInstance } from 'fastify';
import { orderControlRoute } from '@zhixing/contracts';
import { orderControl, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function orderControlRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, orderControlRoute, ({ actor, params, body }) => orderControl(ctx, actor, params.id, body, app.assistSigner));
}
