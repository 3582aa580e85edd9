import type { FastifyInstance } from 'fastify';
import { getCaseRoute } from '@zhixing/contracts';
import { getCase, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function getCaseRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, getCaseRoute, ({ actor, params }) => getCase(ctx, actor, params.id));
}
