import type { FastifyInstance } from 'fastify';
import { bindIdentityDocumentRoute } from '@zhixing/contracts';
import { bindIdentityDocument, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function bindIdentityDocumentRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, bindIdentityDocumentRoute, ({ actor, params, body }) => bindIdentityDocument(ctx, actor, params.id, params.partyId, body));
}
