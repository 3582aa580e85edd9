import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zUuid } from '../common.js';
import { zScenario } from '../agency/agency-schemas.js';

export const listAgencyFeedbackRoute = defineRoute({
  operationId: 'listAgencyFeedback',
  method: 'GET',
  path: '/api/v1/credit/feedback',
  summary: 'Interceptions and false-positive claims reported by agencies, per case and per agency',
  tags: ['credit'],
  access: { roles: ['judge', 'officer', 'bureau_chief', 'president', 'city_supervisor'] },
  querystring: z.object({ agencyId: zUuid.optional(), caseId: zUuid.optional(), courtId: z.string().max(40).optional() }),
  response: {
    200: z.object({
      items: z.array(
        z.object({
          id: zUuid,
          agencyId: zUuid,
          agencyName: z.string(),
          agencyCategory: z.string(),
          kind: z.enum(['intercepted', 'falsePositive']),
          scenario: zScenario,
          subjectMasked: z.string(),
          occurredAt: z.iso.datetime(),
          receivedAt: z.iso.datetime(),
          caseId: zUuid.nullable(),
          caseNumber: z.string().nullable(),
          courtId: z.string().nullable(),
          note: z.string(),
        }),
      ),
      byAgency: z.array(z.object({ agencyId: zUuid, agencyName: z.string(), intercepted: z.number().int(), falsePositive: z.number().int() })),
    }),
  },
});
