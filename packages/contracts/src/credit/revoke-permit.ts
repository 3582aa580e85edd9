import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zOk, zUuid } from '../common.js';
import { zUndoReason } from './credit-decision.js';

export const revokePermitRoute = defineRoute({
  operationId: 'revokePermit',
  method: 'POST',
  path: '/api/v1/credit-decisions/:id/permits/:permitId/revoke',
  summary: 'Revoke a permit for a necessary consumption (限高规定 art. 8) before or during its window; checks answer deny again at the next sync',
  tags: ['credit'],
  access: { roles: ['judge', 'officer', 'president'] },
  params: z.object({ id: zUuid, permitId: z.coerce.number().int().positive() }),
  body: z.object({ reason: zUndoReason }),
  response: { 200: zOk },
});
