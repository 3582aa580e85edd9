import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zCreditDecision } from './credit-decision.js';

const zRow = zCreditDecision.pick({ id: true, courtId: true, caseId: true, caseNumber: true, kind: true, status: true, documentNumber: true, debtor: true, ground: true, decisionDate: true, publishOn: true, expiresOn: true, removal: true, version: true }).extend({ courtName: z.string() });

export const creditOverviewRoute = defineRoute({
  operationId: 'creditOverview',
  method: 'GET',
  path: '/api/v1/credit/overview',
  summary: 'List management: decisions awaiting the president, in their grace period, published, and removals due or overdue',
  tags: ['credit'],
  access: { roles: ['judge', 'officer', 'bureau_chief', 'president', 'city_supervisor'] },
  querystring: z.object({ courtId: z.string().max(40).optional() }),
  response: {
    200: z.object({
      pendingApproval: z.array(zRow),
      inGrace: z.array(zRow),
      removalDue: z.array(zRow),
      published: z.array(zRow),
      counts: z.object({ pendingApproval: z.number().int(), inGrace: z.number().int(), removalDue: z.number().int(), removalOverdue: z.number().int(), published: z.number().int() }),
    }),
  },
});
