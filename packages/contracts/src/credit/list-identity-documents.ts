import { z } from 'zod';
import { CASE_READER_ROLES, defineRoute } from '../route.js';
import { zIdParams, zUserRef, zUuid } from '../common.js';
import { DOCUMENT_TYPES } from '../agency/agency-schemas.js';

export const zIdentityDocumentView = z
  .object({
    id: z.number().int(),
    partyId: zUuid,
    partyName: z.string(),
    docType: z.enum(DOCUMENT_TYPES),
    docNumberMasked: z.string().meta({ description: 'First 2 and last 2 characters kept, the rest `*`', example: 'E1*****78' }),
    boundBy: zUserRef,
    boundAt: z.iso.datetime(),
    unboundAt: z.iso.datetime().nullable(),
    unboundReason: z.string().nullable(),
  })
  .meta({ id: 'IdentityDocument' });

export const listIdentityDocumentsRoute = defineRoute({
  operationId: 'listIdentityDocuments',
  method: 'GET',
  path: '/api/v1/cases/:id/identity-documents',
  summary: 'The travel documents bound in this court to the case\'s person parties, bound now or once (numbers masked)',
  tags: ['credit'],
  access: { roles: CASE_READER_ROLES },
  params: zIdParams,
  response: { 200: z.object({ items: z.array(zIdentityDocumentView) }) },
});
