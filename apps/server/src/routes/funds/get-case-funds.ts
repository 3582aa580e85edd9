import type { FastifyInstance } from 'fastify';
import { getCaseFundsRoute } from '@zhixing/contracts';
import { getCaseFunds, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function getCaseFundsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, getCaseFundsRoute, ({ actor, params }) => getCaseFunds(ctx, actor, params.id));
}
