import type { FastifyInstance } from 'fastify';
import { closePartySessionRoute } from '@zhixing/contracts';
import { closePartySession, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function closePartySessionRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, closePartySessionRoute, ({ party }) => closePartySession(ctx, party));
}
