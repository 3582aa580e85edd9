import type { FastifyInstance } from 'fastify';
import { decideCorrectionRoute } from '@zhixing/contracts';
import { decideCorrection, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function decideCorrectionRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, decideCorrectionRoute, ({ actor, params, body }) => decideCorrection(ctx, actor, params.id, body));
}
