import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zUuid } from '../common.js';
import { zIssuedQueryCode } from '../public/query-codes.js';

export const reissueQueryCodeRoute = defineRoute({
  operationId: 'reissueQueryCode',
  method: 'POST',
  path: '/api/v1/cases/:id/parties/:partyId/query-code',
  summary: 'Issue a party a new portal query code (the old one and its sessions stop working)',
  description: 'For a party who lost the filing notice or whose code may be known to others. The code is in this answer only; the case event records that a code was issued, never the code.',
  tags: ['cases'],
  access: { roles: ['judge', 'officer', 'clerk', 'bureau_chief'] },
  params: z.object({ id: zUuid, partyId: zUuid }),
  response: { 201: zIssuedQueryCode },
});
