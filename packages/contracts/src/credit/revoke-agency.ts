import { defineRoute } from '../route.js';
import { zIdParams, zOk } from '../common.js';

export const revokeAgencyRoute = defineRoute({
  operationId: 'revokeAgency',
  method: 'POST',
  path: '/api/v1/agencies/:id/revoke',
  summary: 'Revoke an agency\'s key; its requests are refused within a second',
  tags: ['agencies'],
  access: { roles: ['admin'] },
  params: zIdParams,
  response: { 200: zOk },
});
