import type { FastifyInstance } from 'fastify';
import { listIdentityDocumentsRoute } from '@zhixing/contracts';
import { listIdentityDocuments, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function listIdentityDocumentsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, listIdentityDocumentsRoute, ({ actor, params }) => listIdentityDocuments(ctx, actor, params.id));
}
