import type { FastifyInstance } from 'fastify';
import { decidePayoutRoute } from '@zhixing/contracts';
import { decidePayout, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function decidePayoutRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, decidePayoutRoute, ({ actor, params, body }) => decidePayout(ctx, actor, params.id, body));
}
