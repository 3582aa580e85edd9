import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zIdParams } from '../common.js';
import { zCreditDecision } from './credit-decision.js';

export const reviewCreditDecisionRoute = defineRoute({
  operationId: 'reviewCreditDecision',
  method: 'POST',
  path: '/api/v1/credit-decisions/:id/review',
  summary: 'The president signs (院长签发) or refuses a proposed decision; signed, it is published at once or after the grace period',
  tags: ['credit'],
  access: { roles: ['president'] },
  params: zIdParams,
  body: z
    .object({
      approve: z.boolean(),
      reason: z.string().trim().min(2).max(1000).nullable().default(null).meta({ description: 'Required when refusing' }),
      expectedVersion: z.number().int().min(1),
    })
    .refine((b) => b.approve || b.reason !== null, { path: ['reason'], message: '不予批准须写明理由 / a refusal needs a reason' }),
  response: { 200: zCreditDecision },
});
