import { z } from 'zod';
import { SUBMISSION_ACTIONS } from '@zhixing/domain';
import { CASE_READER_ROLES, defineRoute } from '../route.js';
import { zIdParams, zUuid } from '../common.js';
import { zSubmissionQueueItem } from './list-submissions.js';
import { zSubmitter } from '../public/submission-parts.js';

export const zSubmissionDetail = zSubmissionQueueItem
  .extend({
    /** In full: staff call the submitter back. */
    submitter: zSubmitter,
    /** The kind's own fields as submitted (the online filing request's application, the clue, the objection…). */
    details: z.record(z.string(), z.unknown()),
    legalBasis: z.string(),
    registerBy: z.string().nullable(),
    answerBy: z.string().nullable(),
    registeredAt: z.iso.datetime({ offset: true }).nullable(),
    closedAt: z.iso.datetime({ offset: true }).nullable(),
    reply: z.string().nullable(),
    filedCaseId: zUuid.nullable(),
    filedCaseNumber: z.string().nullable(),
    /** The reward notice a property clue answers (clues are registered in order, 财产调查规定 art. 23). */
    rewardNoticeId: zUuid.nullable(),
    attachments: z.array(z.object({ id: zUuid, label: z.string(), mediaType: z.string(), sizeBytes: z.number().int() })),
    version: z.number().int(),
    /** What the caller may do now. */
    actions: z.array(z.enum(SUBMISSION_ACTIONS)),
  })
  .meta({ id: 'SubmissionDetail' });
export type SubmissionDetail = z.infer<typeof zSubmissionDetail>;

export const getSubmissionRoute = defineRoute({
  operationId: 'getSubmission',
  method: 'GET',
  path: '/api/v1/submissions/:id',
  summary: 'One submission in full, with its attachments and the acts open now (reading it is audited)',
  tags: ['submissions'],
  access: { roles: CASE_READER_ROLES },
  params: zIdParams,
  response: { 200: zSubmissionDetail },
});

export const downloadSubmissionAttachmentRoute = defineRoute({
  operationId: 'downloadSubmissionAttachment',
  method: 'GET',
  path: '/api/v1/submissions/:id/attachments/:attachmentId',
  summary: 'An attachment of a submission, as uploaded (served as a download, never rendered inline)',
  tags: ['submissions'],
  access: { roles: CASE_READER_ROLES },
  params: z.object({ id: zUuid, attachmentId: zUuid }),
  response: { 200: z.any().meta({ description: 'image/jpeg, image/png, application/pdf or .docx' }) },
});
