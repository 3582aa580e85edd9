import type { FastifyInstance } from 'fastify';
import { unbindIdentityDocumentRoute } from '@zhixing/contracts';
import { unbindIdentityDocument, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function unbindIdentityDocumentRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, unbindIdentityDocumentRoute, ({ actor, params, body }) => unbindIdentityDocument(ctx, actor, params.id, params.partyId, params.documentId, body));
}
