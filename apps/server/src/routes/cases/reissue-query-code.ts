import type { FastifyInstance } from 'fastify';
import { reissueQueryCodeRoute } from '@zhixing/contracts';
import { reissueQueryCode, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function reissueQueryCodeRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, reissueQueryCodeRoute, ({ actor, params }) => reissueQueryCode(ctx, actor, params.id, params.partyId));
}
