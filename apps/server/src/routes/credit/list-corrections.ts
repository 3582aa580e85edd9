import type { FastifyInstance } from 'fastify';
import { listCorrectionsRoute } from '@zhixing/contracts';
import { listCorrections, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function listCorrectionsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, listCorrectionsRoute, ({ actor, query }) => listCorrections(ctx, actor, query));
}
