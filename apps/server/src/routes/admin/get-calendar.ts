import type { FastifyInstance } from 'fastify';
import { getCalendarRoute } from '@zhixing/contracts';
import { getCalendar, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function getCalendarRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, getCalendarRoute, () => getCalendar(ctx));
}
