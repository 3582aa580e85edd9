import type { FastifyInstance } from 'fastify';
import { getFundsBoardRoute } from '@zhixing/contracts';
import { getFundsBoard, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function getFundsBoardRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, getFundsBoardRoute, ({ actor, query }) => getFundsBoard(ctx, actor, query.courtId));
}
