import type { FastifyInstance } from 'fastify';
import { listCaseCreditDecisionsRoute } from '@zhixing/contracts';
import { listCaseCreditDecisionsFor, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function listCaseCreditDecisionsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, listCaseCreditDecisionsRoute, ({ actor, params }) => listCaseCreditDecisionsFor(ctx, actor, params.id));
}
