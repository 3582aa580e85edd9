import type { FastifyInstance } from 'fastify';
import { deductFeeRoute } from '@zhixing/contracts';
import { deductFee, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function deductFeeRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, deductFeeRoute, ({ actor, params, body }) => deductFee(ctx, actor, params.id, body));
}
