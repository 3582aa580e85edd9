import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zCivilDate, zUuid } from '../common.js';

export const queryCheckLogRoute = defineRoute({
  operationId: 'queryCheckLog',
  method: 'GET',
  path: '/api/v1/credit/check-log',
  summary: 'The append-only log of agency checks: who asked about whom, when, and what was answered (the query itself is audited)',
  tags: ['credit'],
  access: { roles: ['bureau_chief', 'president', 'city_supervisor'] },
  querystring: z.object({
    agencyId: zUuid.optional(),
    idNumber: z.string().trim().min(15).max(18).optional().meta({ description: 'Full ID number or credit code of the person asked about' }),
    from: zCivilDate.optional().meta({ description: 'First day of the window (CST); default: 30 days before `to`' }),
    to: zCivilDate.optional().meta({ description: 'Last day of the window (CST), inclusive; default: today. The window spans at most 92 days' }),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
  }),
  response: {
    200: z.object({
      from: zCivilDate,
      to: zCivilDate,
      items: z.array(
        z.object({
          id: z.number().int(),
          agencyId: zUuid,
          agencyName: z.string(),
          checkedAt: z.iso.datetime(),
          channel: z.string(),
          scenario: z.string(),
          subjectKind: z.string(),
          subjectMasked: z.string(),
          decision: z.string(),
          measureIds: z.array(z.number().int()),
          requestId: z.string().nullable(),
        }),
      ),
    }),
  },
});
