import type { FastifyInstance } from 'fastify';
import { getOpenStatisticsCsvRoute, getOpenStatisticsRoute } from '@zhixing/contracts';
import { openStatistics, openStatisticsCsv, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

/** The open data as JSON for the page's charts, and as a CSV file to download. */
export function getOpenStatisticsRoutes(app: FastifyInstance, ctx: ServiceContext, perMinute: number): void {
  registerRoute(app, getOpenStatisticsRoute, ({ query }) => openStatistics(ctx, query), { rateLimit: { max: perMinute, timeWindow: '1 minute' } });
  registerRoute(
    app,
    getOpenStatisticsCsvRoute,
    async ({ query, reply }) => {
      const csv = await openStatisticsCsv(ctx, query);
      void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="statistics.csv"; filename*=UTF-8''${encodeURIComponent(`执行统计-${query.courtId ?? '全市'}.csv`)}`);
      return csv;
    },
    { rateLimit: { max: perMinute, timeWindow: '1 minute' } },
  );
}
