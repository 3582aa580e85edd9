import { CASE_READER_ROLES, defineRoute } from '../route.js';
import { zIdParams } from '../common.js';
import { zCaseDetail } from './case-detail.js';

export const getCaseRoute = defineRoute({
  operationId: 'getCase',
  method: 'GET',
  path: '/api/v1/cases/:id',
  summary: 'A case with its parties (ID numbers masked), claims, node deadlines and the acts the caller may take now',
  tags: ['cases'],
  access: { roles: CASE_READER_ROLES },
  params: zIdParams,
  response: { 200: zCaseDetail },
});
