import type { FastifyInstance } from 'fastify';
import { listCaseEventsRoute } from '@zhixing/contracts';
import { listCaseEvents, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function listCaseEventsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, listCaseEventsRoute, ({ actor, params }) => listCaseEvents(ctx, actor, params.id));
}
