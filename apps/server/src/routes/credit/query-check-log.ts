import type { FastifyInstance } from 'fastify';
import { queryCheckLogRoute } from '@zhixing/contracts';
import { queryCheckLog, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function queryCheckLogRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, queryCheckLogRoute, async ({ actor, query }) => {
    // What this process has answered but not yet written is included.
    await app.credit.log.flush();
    return queryCheckLog(ctx, actor, query);
  });
}
