import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zUuid } from '../common.js';

export const printFilingNoticeRoute = defineRoute({
  operationId: 'printFilingNotice',
  method: 'POST',
  path: '/api/v1/cases/:id/parties/:partyId/filing-notice',
  summary: 'The party\'s filing notice (.docx) with their portal query code printed on it',
  description: 'Send the code shown at filing (or at a reissue): it is checked against the party\'s stored hash, the notice is built and returned, and nothing with the code is kept. A wrong code is a 400 naming `queryCode`.',
  tags: ['cases'],
  access: { roles: ['judge', 'officer', 'clerk', 'bureau_chief'] },
  params: z.object({ id: zUuid, partyId: zUuid }),
  body: z.object({ queryCode: z.string().trim().min(1).max(20) }),
  response: { 200: z.any().meta({ description: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }) },
});
