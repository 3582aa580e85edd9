import { z } from 'zod';
import { CASE_READER_ROLES, defineRoute } from '../route.js';
import { zIdParams } from '../common.js';
import { zCreditDecision } from './credit-decision.js';

export const listCaseCreditDecisionsRoute = defineRoute({
  operationId: 'listCaseCreditDecisions',
  method: 'GET',
  path: '/api/v1/cases/:id/credit-decisions',
  summary: 'The credit-discipline decisions of a case, with the subjects each binds',
  tags: ['credit'],
  access: { roles: CASE_READER_ROLES },
  params: zIdParams,
  response: { 200: z.object({ items: z.array(zCreditDecision) }) },
});
