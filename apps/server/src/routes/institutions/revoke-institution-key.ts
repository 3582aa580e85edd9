import type { FastifyInstance } from 'fastify';
import { revokeInstitutionKeyRoute } from '@zhixing/contracts';
import { revokeInstitutionKey, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function revokeInstitutionKeyRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, revokeInstitutionKeyRoute, ({ actor, params, body }) => revokeInstitutionKey(ctx, actor, params.id, params.keyId, body.reason));
}
