import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zOk, zUuid } from '../common.js';
import { zUndoReason } from './credit-decision.js';

export const unbindIdentityDocumentRoute = defineRoute({
  operationId: 'unbindIdentityDocument',
  method: 'POST',
  path: '/api/v1/cases/:id/parties/:partyId/documents/:documentId/unbind',
  summary: 'Unbind a travel document from a person party (bound in error, or no longer theirs); checks by that document stop resolving to the person, and it may be bound again',
  tags: ['credit'],
  access: { roles: ['judge', 'officer', 'clerk'] },
  params: z.object({ id: zUuid, partyId: zUuid, documentId: z.coerce.number().int().positive() }),
  body: z.object({ reason: zUndoReason }),
  response: { 200: zOk },
});
