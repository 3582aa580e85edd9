import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zCivilDate } from '../common.js';

export const zDeadlineResult = z.object({
  from: zCivilDate,
  days: z.number().int(),
  working: z.boolean(),
  deadline: zCivilDate,
  rolledFrom: zCivilDate.nullable(),
  uncoveredYears: z.array(z.number().int()),
  warningZh: z.string().nullable(),
  warningEn: z.string().nullable(),
  legalBasis: z.string(),
});
export type DeadlineResultBody = z.infer<typeof zDeadlineResult>;

export const calcDeadlineRoute = defineRoute({
  operationId: 'calcDeadline',
  method: 'GET',
  path: '/api/v1/calc/deadline',
  summary: 'A deadline in calendar days (民事诉讼法 art. 85) or working days, on the official holiday calendar',
  tags: ['calculators'],
  access: { roles: '*' },
  querystring: z.object({
    from: zCivilDate,
    days: z.coerce.number().int().min(1).max(3650),
    working: z.enum(['true', 'false']).default('false'),
  }),
  response: { 200: zDeadlineResult },
});
