import type { FastifyInstance } from 'fastify';
import { revealPartyIdRoute } from '@zhixing/contracts';
import { revealPartyId, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function revealPartyIdRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, revealPartyIdRoute, ({ actor, params, body }) => revealPartyId(ctx, actor, params.id, params.partyId, body.purpose));
}
