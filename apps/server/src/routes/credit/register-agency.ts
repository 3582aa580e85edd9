import type { FastifyInstance } from 'fastify';
import { registerAgencyRoute } from '@zhixing/contracts';
import { registerAgency, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function registerAgencyRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, registerAgencyRoute, async ({ actor, body }) => {
    const created = await registerAgency(ctx, actor, body);
    // This process serves the new key at once; the others pick it up at their next reload.
    await app.credit.reloadAgencies();
    return created;
  });
}
