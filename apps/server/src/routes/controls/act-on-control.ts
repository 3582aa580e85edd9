import type { FastifyInstance } from 'fastify';
import { actOnControlRoute } from '@zhixing/contracts';
import { actOnControl, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function actOnControlRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, actOnControlRoute, ({ actor, params, body }) => actOnControl(ctx, actor, params.id, params.controlId, body, app.assistSigner));
}
