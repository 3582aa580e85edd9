import type { FastifyInstance } from 'fastify';
import { revokePermitRoute } from '@zhixing/contracts';
import { revokePermit, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function revokePermitRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, revokePermitRoute, ({ actor, params, body }) => revokePermit(ctx, actor, params.id, params.permitId, body));
}
