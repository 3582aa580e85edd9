import { defineRoute } from '../route.js';
import { zIdParams } from '../common.js';
import { zCreditDecision, zCreditProposal } from './credit-decision.js';

export const proposeCreditDecisionRoute = defineRoute({
  operationId: 'proposeCreditDecision',
  method: 'POST',
  path: '/api/v1/cases/:id/credit-decisions',
  summary: 'Propose listing the debtor as dishonest, a consumption restriction or an exit restriction; it takes effect when the president approves',
  tags: ['credit'],
  access: { roles: ['judge', 'officer'] },
  params: zIdParams,
  body: zCreditProposal,
  response: { 201: zCreditDecision },
});
