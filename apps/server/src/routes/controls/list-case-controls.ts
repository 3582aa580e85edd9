import type { FastifyInstance } from 'fastify';
import { listCaseControlsRoute } from '@zhixing/contracts';
import { listCaseControlsView, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function listCaseControlsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, listCaseControlsRoute, ({ actor, params }) => listCaseControlsView(ctx, actor, params.id));
}
