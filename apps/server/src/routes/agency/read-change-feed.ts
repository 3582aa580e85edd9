import type { FastifyInstance } from 'fastify';
import { readChangeFeedRoute } from '@zhixing/contracts';
import { readChangeFeed, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function readChangeFeedRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, readChangeFeedRoute, ({ agency, query }) => readChangeFeed(ctx, agency, query));
}
