import type { FastifyInstance } from 'fastify';
import { addInstitutionKeyRoute } from '@zhixing/contracts';
import { addInstitutionKey, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function addInstitutionKeyRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, addInstitutionKeyRoute, ({ actor, params, body }) => addInstitutionKey(ctx, actor, params.id, body));
}
