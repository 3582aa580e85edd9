import type { FastifyInstance } from 'fastify';
import { caseNotificationsRoute } from '@zhixing/contracts';
import { caseNotifications, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function caseNotificationsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, caseNotificationsRoute, ({ actor, params }) => caseNotifications(ctx, actor, params.id));
}
