import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zIdParams } from '../common.js';
import { zCaseAction } from './case-action.js';
import { zCaseDetail } from './case-detail.js';

export const zActOnCaseRequest = z.object({
  action: zCaseAction,
  expectedVersion: z.number().int().min(1).meta({ description: 'The case version the caller saw; a different current version answers 409' }),
});
export type ActOnCaseRequest = z.infer<typeof zActOnCaseRequest>;

export const actOnCaseRoute = defineRoute({
  operationId: 'actOnCase',
  method: 'POST',
  path: '/api/v1/cases/:id/actions',
  summary: 'Take a process act on a case (assign, serve notice, advance, stay, defer, resume, extend, close)',
  description: 'The domain state machine decides whether the act is lawful now; a refusal answers 422 RULE_VIOLATION naming the rule.',
  tags: ['cases'],
  access: { roles: ['judge', 'officer', 'clerk', 'bureau_chief', 'president'] },
  params: zIdParams,
  body: zActOnCaseRequest,
  response: { 200: zCaseDetail },
});
