import { z } from 'zod';
import { SUBMISSION_KINDS, SUBMISSION_STATUSES } from '@zhixing/domain';
import { CASE_READER_ROLES, defineRoute } from '../route.js';
import { zCivilDate, zUuid } from '../common.js';

/** One line of a court's submissions queue, with its time limit. */
export const zSubmissionQueueItem = z.object({
  id: zUuid,
  receiptNumber: z.string(),
  kind: z.enum(SUBMISSION_KINDS),
  status: z.enum(SUBMISSION_STATUSES),
  court: z.object({ id: z.string(), name: z.string() }),
  caseId: zUuid.nullable(),
  caseNumber: z.string().nullable(),
  submitterName: z.string(),
  summary: z.string(),
  urgent: z.boolean(),
  slot: z.string().nullable(),
  receivedAt: z.iso.datetime({ offset: true }),
  /** The next deadline of an open submission (register, else answer) and the days left to it (negative: overdue). */
  dueBy: zCivilDate.nullable(),
  dueFor: z.enum(['register', 'answer']).nullable(),
  daysLeft: z.number().int().nullable(),
});
export type SubmissionQueueItem = z.infer<typeof zSubmissionQueueItem>;

const zCount = z.number().int().nonnegative();

export const zListSubmissionsQuery = z.object({
  kind: z.enum(SUBMISSION_KINDS).optional(),
  /** `open` (default): received or registered, soonest deadline first; `closed`: answered or not accepted, newest first. */
  state: z.enum(['open', 'closed']).default('open'),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

export const listSubmissionsRoute = defineRoute({
  operationId: 'listSubmissions',
  method: 'GET',
  path: '/api/v1/submissions',
  summary: 'The submissions queue of the caller\'s court (the city supervisors\': every court below): filing requests, clues, objections, complaints, appointments',
  tags: ['submissions'],
  access: { roles: CASE_READER_ROLES },
  querystring: zListSubmissionsQuery,
  response: { 200: z.object({ items: z.array(zSubmissionQueueItem), counts: z.object({ filingRequest: zCount, propertyClue: zCount, objection: zCount, complaint: zCount, appointment: zCount }).meta({ description: 'Open submissions per kind' }) }).meta({ id: 'SubmissionQueue' }) },
});
