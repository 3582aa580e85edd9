import type { FastifyInstance } from 'fastify';
import { getPartyCaseRoute } from '@zhixing/contracts';
import { partyCaseView, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function getPartyCaseRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, getPartyCaseRoute, ({ party }) => partyCaseView(ctx, party));
}
