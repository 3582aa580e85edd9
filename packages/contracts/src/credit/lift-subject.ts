import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zUuid } from '../common.js';
import { zCreditDecision } from './credit-decision.js';

export const liftSubjectRoute = defineRoute({
  operationId: 'liftSubject',
  method: 'POST',
  path: '/api/v1/credit-decisions/:id/subjects/:subjectId/lift',
  summary: 'Release one person bound by an organisation\'s restriction: a former legal representative or principal officer replaced for genuine business reasons (善意文明执行意见 para. 17(2)); the order stays in force for the others',
  tags: ['credit'],
  access: { roles: ['judge', 'officer', 'president'] },
  params: z.object({ id: zUuid, subjectId: z.coerce.number().int().positive() }),
  body: z.object({ ground: z.literal('formerOfficerReplaced'), note: z.string().trim().min(2).max(2000), expectedVersion: z.number().int().min(1) }),
  response: { 200: zCreditDecision },
});
