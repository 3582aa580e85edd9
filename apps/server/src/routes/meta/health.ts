import type { FastifyInstance } from 'fastify';
import { healthRoute } from '@zhixing/contracts';
import type { ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function healthRoutes(app: FastifyInstance, ctx: ServiceContext, version: string): void {
  registerRoute(app, healthRoute, () => ({ status: 'ok' as const, database: ctx.database.target.kind, version }));
}
