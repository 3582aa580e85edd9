import type { FastifyInstance } from 'fastify';
import { getPlatformKeyRoute } from '@zhixing/contracts';
import { platformKeyView, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function getPlatformKeyRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, getPlatformKeyRoute, ({ actor }) => platformKeyView(ctx, actor, app.assistSigner));
}
