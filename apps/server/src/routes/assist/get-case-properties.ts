import type { FastifyInstance } from 'fastify';
import { getCasePropertiesRoute } from '@zhixing/contracts';
import { getCaseProperties, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function getCasePropertiesRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, getCasePropertiesRoute, ({ actor, params }) => getCaseProperties(ctx, actor, params.id));
}
