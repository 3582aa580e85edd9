import type { FastifyInstance } from 'fastify';
import { actOnCaseRoute } from '@zhixing/contracts';
import { actOnCase, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function actOnCaseRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, actOnCaseRoute, ({ actor, params, body }) => actOnCase(ctx, actor, params.id, body));
}
