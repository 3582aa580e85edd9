import type { FastifyInstance } from 'fastify';
import { issueDeskKeyRoute } from '@zhixing/contracts';
import { issueDeskKey, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function issueDeskKeyRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, issueDeskKeyRoute, ({ actor, params }) => issueDeskKey(ctx, actor, params.id));
}
