import { z } from 'zod';
import { CLOSING_METHODS } from '@zhixing/domain';
import { defineRoute } from '../route.js';
import { zYuan } from '../common.js';

const zMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式应为 YYYY-MM / a month looks like YYYY-MM' });

export const zStatisticsQuery = z.object({
  /** One court, or the whole city when omitted. */
  courtId: z.string().trim().min(1).max(40).optional(),
  /** First and last month, at most 36 months apart; default: the last 12 months to this one. */
  from: zMonth.optional(),
  to: zMonth.optional(),
});

export const zMonthlyStatistics = z.object({
  month: z.string().meta({ example: '2026-11' }),
  filed: z.number().int(),
  closed: z.number().int(),
  /** Closed cases by closing method (执行完毕, 终本, 终结, 销案, 不予执行, 驳回). */
  closing: z.object(Object.fromEntries(CLOSING_METHODS.map((m) => [m, z.number().int()])) as Record<(typeof CLOSING_METHODS)[number], z.ZodNumber>),
  /** Money realised on cases this month (all receipts less reversals). */
  realised: zYuan,
  /** Voluntary performance: payments the debtor made into the case account. */
  voluntaryPayments: z.number().int(),
  voluntaryAmount: zYuan,
});
export type MonthlyStatistics = z.infer<typeof zMonthlyStatistics>;

export const zOpenStatistics = z
  .object({
    court: z.object({ id: z.string().nullable(), name: z.string(), nameEn: z.string() }),
    from: z.string(),
    to: z.string(),
    /** The current month is still running: its figures grow until it ends. */
    partialMonth: z.string().nullable(),
    months: z.array(zMonthlyStatistics),
    totals: zMonthlyStatistics.omit({ month: true }),
  })
  .meta({ id: 'OpenStatistics' });
export type OpenStatistics = z.infer<typeof zOpenStatistics>;

export const getOpenStatisticsRoute = defineRoute({
  operationId: 'getOpenStatistics',
  method: 'GET',
  path: '/api/public/v1/statistics',
  summary: 'Open data: monthly enforcement statistics of a court or of the whole city (filed, closed by method, money realised, voluntary performance)',
  tags: ['public'],
  access: 'public',
  querystring: zStatisticsQuery,
  response: { 200: zOpenStatistics },
});

export const getOpenStatisticsCsvRoute = defineRoute({
  operationId: 'getOpenStatisticsCsv',
  method: 'GET',
  path: '/api/public/v1/statistics.csv',
  summary: 'The same open data as CSV (UTF-8 with BOM, a header in Chinese and English), one row per month',
  tags: ['public'],
  access: 'public',
  querystring: zStatisticsQuery,
  response: { 200: z.string().meta({ description: 'text/csv' }) },
});
