import type { FastifyInstance } from 'fastify';
import { listExpiringControlsRoute } from '@zhixing/contracts';
import { listExpiringControlsView, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function listExpiringControlsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, listExpiringControlsRoute, ({ actor, query }) => listExpiringControlsView(ctx, actor, query));
}
