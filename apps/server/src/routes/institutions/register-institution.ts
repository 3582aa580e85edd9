import type { FastifyInstance } from 'fastify';
import { registerInstitutionRoute } from '@zhixing/contracts';
import { registerInstitution, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function registerInstitutionRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, registerInstitutionRoute, ({ actor, body }) => registerInstitution(ctx, actor, body));
}
