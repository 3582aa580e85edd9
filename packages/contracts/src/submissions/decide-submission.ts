import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zIdParams } from '../common.js';
import { zSubmissionDetail } from './get-submission.js';
import { writing } from '../public/submission-parts.js';
import { zIssuedQueryCode } from '../public/query-codes.js';

export const zDecideSubmissionRequest = z
  .discriminatedUnion('action', [
    /** 立案 / 受理 / confirm the appointment; an optional note goes to the submitter. */
    z.object({ action: z.literal('register'), reply: z.string().trim().max(2000).optional(), expectedVersion: z.number().int().positive() }),
    /**
     * The answer the submitter reads. For an online filing request, answering files the case from
     * the application (`fileCase: true`, as the filing clerk) — its number is the answer.
     */
    z.object({ action: z.literal('answer'), reply: writing(4000), fileCase: z.boolean().default(false), expectedVersion: z.number().int().positive() }),
    /** 不予受理 (or an objection dismissed after registration), with the reason. */
    z.object({ action: z.literal('notAccept'), reply: writing(4000), expectedVersion: z.number().int().positive() }),
  ])
  .meta({ id: 'DecideSubmissionRequest' });
export type DecideSubmissionRequest = z.infer<typeof zDecideSubmissionRequest>;

export const decideSubmissionRoute = defineRoute({
  operationId: 'decideSubmission',
  method: 'POST',
  path: '/api/v1/submissions/:id/decisions',
  summary: 'Register, answer or refuse a submission; the submitter sees it, and on a case it is a case event',
  description: 'The acts open follow the kind (domain submission-rules.ts): objections, complaints and appointments are registered before they are answered. `expectedVersion` guards against two clerks acting at once (409 VERSION_CONFLICT).',
  tags: ['submissions'],
  access: { roles: ['judge', 'officer', 'clerk', 'bureau_chief', 'president'] },
  params: zIdParams,
  body: zDecideSubmissionRequest,
  // An online filing request answered by filing: the parties' query codes, shown this once (as at filing).
  response: { 200: zSubmissionDetail.extend({ queryCodes: z.array(zIssuedQueryCode).optional() }).meta({ id: 'DecidedSubmission' }) },
});
