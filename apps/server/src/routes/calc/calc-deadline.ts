import type { FastifyInstance } from 'fastify';
import { calcDeadlineRoute } from '@zhixing/contracts';
import { calcDeadline, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function calcDeadlineRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, calcDeadlineRoute, async ({ query }) => calcDeadline(await ctx.calendar(), query.from, query.days, query.working === 'true'));
}
