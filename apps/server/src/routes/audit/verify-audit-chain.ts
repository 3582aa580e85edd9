import type { FastifyInstance } from 'fastify';
import { verifyAuditChainRoute } from '@zhixing/contracts';
import { verifyAuditChain, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function verifyAuditChainRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, verifyAuditChainRoute, ({ actor, query }) => verifyAuditChain(ctx, actor, query.courtId));
}
