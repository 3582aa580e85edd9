import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zOk, zUuid } from '../common.js';
import { DOCUMENT_TYPES } from '../agency/agency-schemas.js';

export const bindIdentityDocumentRoute = defineRoute({
  operationId: 'bindIdentityDocument',
  method: 'POST',
  path: '/api/v1/cases/:id/parties/:partyId/documents',
  summary: 'Bind a passport or other travel document to a person party, so checks by that document resolve to the same identity',
  tags: ['credit'],
  access: { roles: ['judge', 'officer', 'clerk'] },
  params: z.object({ id: zUuid, partyId: zUuid }),
  body: z.object({ docType: z.enum(DOCUMENT_TYPES), docNumber: z.string().trim().min(5).max(30).regex(/^[0-9A-Za-z]+$/, { message: '证件号码只能含字母和数字 / letters and digits only' }) }),
  response: { 201: zOk },
});
