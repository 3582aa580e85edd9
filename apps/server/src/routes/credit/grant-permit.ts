import type { FastifyInstance } from 'fastify';
import { grantPermitRoute } from '@zhixing/contracts';
import { grantPermit, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function grantPermitRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, grantPermitRoute, ({ actor, params, body }) => grantPermit(ctx, actor, params.id, body));
}
