import type { FastifyInstance } from 'fastify';
import { listInstitutionsRoute } from '@zhixing/contracts';
import { listInstitutions, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function listInstitutionsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, listInstitutionsRoute, ({ actor, query }) => listInstitutions(ctx, actor, query));
}
