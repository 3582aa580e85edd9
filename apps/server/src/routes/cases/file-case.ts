import type { FastifyInstance } from 'fastify';
import { fileCaseRoute } from '@zhixing/contracts';
import { fileCase, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function fileCaseRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, fileCaseRoute, ({ actor, body }) => fileCase(ctx, actor, body));
}
