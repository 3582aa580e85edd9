import { z } from 'zod';
import { CASE_READER_ROLES, defineRoute } from '../route.js';
import { zIdParams } from '../common.js';

export const downloadCreditDocumentRoute = defineRoute({
  operationId: 'downloadCreditDocument',
  method: 'GET',
  path: '/api/v1/credit-decisions/:id/document',
  summary: 'The decision document (决定书 / 限制消费令) as .docx, ready to edit and print',
  tags: ['credit'],
  access: { roles: CASE_READER_ROLES },
  params: zIdParams,
  response: { 200: z.any().meta({ description: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }) },
});
