import { defineRoute } from '../route.js';
import { zCreditCheckRequest, zCreditCheckResult } from './agency-schemas.js';

export const checkCreditRoute = defineRoute({
  operationId: 'checkCredit',
  method: 'POST',
  path: '/api/agency/v1/checks',
  summary: 'May this person or organisation do this act? allow / deny (with the measures, cases, courts and legal basis) / review',
  tags: ['agency'],
  access: { agencyScope: 'check' },
  body: zCreditCheckRequest,
  response: { 200: zCreditCheckResult },
});
