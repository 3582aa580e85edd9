import type { FastifyInstance } from 'fastify';
import { putCalendarYearRoute } from '@zhixing/contracts';
import { putCalendarYear, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function putCalendarYearRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, putCalendarYearRoute, ({ actor, params, body }) => putCalendarYear(ctx, actor, params.year, body));
}
