import type { FastifyInstance } from 'fastify';
import { rangeCheckRoute } from '@zhixing/contracts';
import { rangeCheck, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function rangeCheckRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, rangeCheckRoute, ({ agency, params, request }) => rangeCheck(app.credit, ctx.clock, agency, params.prefix, request.id));
}
