import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zCivilDate, zIdParams } from '../common.js';
import { zCreditProposal, zEligibilityProblem } from './credit-decision.js';

export const checkCreditEligibilityRoute = defineRoute({
  operationId: 'checkCreditEligibility',
  method: 'POST',
  path: '/api/v1/cases/:id/credit-decisions/eligibility',
  summary: 'Before submitting: every legal reason a proposed decision would be refused, and its terms (period, publication date) if not',
  tags: ['credit'],
  access: { roles: ['judge', 'officer', 'clerk', 'bureau_chief', 'president'] },
  params: zIdParams,
  body: zCreditProposal,
  response: {
    200: z.object({
      eligible: z.boolean(),
      problems: z.array(zEligibilityProblem),
      terms: z.object({ publishOn: zCivilDate, expiresOn: zCivilDate.nullable(), periodYears: z.number().int().nullable(), legalBasis: z.string() }).nullable(),
    }),
  },
});
