import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zUuid } from '../common.js';

export const revealPartyIdRoute = defineRoute({
  operationId: 'revealPartyId',
  method: 'POST',
  path: '/api/v1/cases/:id/parties/:partyId/reveal-id',
  summary: 'Read a party\'s full ID number; the read is recorded in the audit chain',
  tags: ['cases'],
  access: { roles: ['judge', 'officer', 'clerk', 'bureau_chief', 'president'] },
  params: z.object({ id: zUuid, partyId: zUuid }),
  body: z.object({ purpose: z.string().trim().min(2).max(200).meta({ description: 'Why the full number is needed (recorded)' }) }),
  response: { 200: z.object({ idNumber: z.string().nullable(), creditCode: z.string().nullable() }) },
});
