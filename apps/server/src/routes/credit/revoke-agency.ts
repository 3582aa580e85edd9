import type { FastifyInstance } from 'fastify';
import { revokeAgencyRoute } from '@zhixing/contracts';
import { revokeAgencyKey, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function revokeAgencyRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, revokeAgencyRoute, async ({ actor, params }) => {
    const result = await revokeAgencyKey(ctx, actor, params.id);
    await app.credit.reloadAgencies();
    return result;
  });
}
