import type { FastifyInstance } from 'fastify';
import { previewControlRoute } from '@zhixing/contracts';
import { previewControl, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function previewControlRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, previewControlRoute, ({ actor, params, body }) => previewControl(ctx, actor, params.id, body));
}
