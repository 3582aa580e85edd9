import type { FastifyInstance } from 'fastify';
import { reconcileStatementRoute } from '@zhixing/contracts';
import { reconcileStatement, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function reconcileStatementRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, reconcileStatementRoute, ({ actor, body }) => reconcileStatement(ctx, actor, body));
}
