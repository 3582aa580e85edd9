import type { FastifyInstance } from 'fastify';
import { fileCorrectionRoute } from '@zhixing/contracts';
import { fileCorrection, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function fileCorrectionRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, fileCorrectionRoute, ({ actor, params, body }) => fileCorrection(ctx, actor, params.id, body));
}
