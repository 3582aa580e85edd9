import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zCivilDate, zIdParams } from '../common.js';
import { zCreditDecision, zEndingGround } from './credit-decision.js';

export const endCreditDecisionRoute = defineRoute({
  operationId: 'endCreditDecision',
  method: 'POST',
  path: '/api/v1/credit-decisions/:id/end',
  summary: 'Delete a listing (失信规定 arts. 9–10) or lift a restriction (限高规定 art. 9; 执行程序解释 art. 25), with its ground; checks answer allow at once',
  tags: ['credit'],
  access: { roles: ['judge', 'officer', 'president'] },
  params: zIdParams,
  body: z.object({
    ground: zEndingGround,
    arisenOn: zCivilDate.meta({ description: 'The day the ground arose (the 3-working-day limit runs from it)' }),
    note: z.string().trim().min(2).max(2000),
    inquiriesAfterTerminationForNow: z.number().int().min(0).max(1000).optional().meta({ description: 'For `noPropertyAfterInquiries`: network inquiries since 终本 that found nothing (失信规定 art. 10 ¶1 item 4)' }),
    expectedVersion: z.number().int().min(1),
  }),
  response: { 200: zCreditDecision },
});
