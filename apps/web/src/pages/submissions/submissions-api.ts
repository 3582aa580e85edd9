import type { decideSubmissionRoute, downloadSubmissionAttachmentRoute, getSubmissionRoute, listSubmissionsRoute, SubmissionRequest } from '@zhixing/contracts';
import { buildUrl, request } from '../../api/client.js';
import type { IssuedQueryCodeReply } from '../../api/endpoints.js';
import type { Body, Query, Reply } from '../../api/contract-types.js';

/**
 * Typed calls of the court's side of the affairs hall (执行事务大厅: what the portal's users hand in),
 * made the way funds-api.ts makes its calls: types from the contracts' zod schemas without bundling
 * zod, paths typed as the contracts' literal paths so a changed contract fails the type check here.
 */
const PATHS = {
  queue: '/api/v1/submissions',
  submission: '/api/v1/submissions/:id',
  attachment: '/api/v1/submissions/:id/attachments/:attachmentId',
  decisions: '/api/v1/submissions/:id/decisions',
} as const satisfies {
  queue: (typeof listSubmissionsRoute)['path'];
  submission: (typeof getSubmissionRoute)['path'];
  attachment: (typeof downloadSubmissionAttachmentRoute)['path'];
  decisions: (typeof decideSubmissionRoute)['path'];
};

export type SubmissionQueueQuery = Query<typeof listSubmissionsRoute>;
export type SubmissionQueueReply = Reply<typeof listSubmissionsRoute>;
export type QueueItem = SubmissionQueueReply['items'][number];
export type SubmissionKind = QueueItem['kind'];
export type SubmissionStatus = QueueItem['status'];
export type Submission = Reply<typeof getSubmissionRoute>;
export type SubmissionAction = Submission['actions'][number];
export type SubmissionAttachment = Submission['attachments'][number];
export type SubmitterRole = Submission['submitter']['role'];
export type DecisionBody = Body<typeof decideSubmissionRoute>;
/** An online filing request answered with `fileCase`: the new case's parties' query codes, shown this once. */
export type DecidedSubmission = Reply<typeof decideSubmissionRoute> & { queryCodes?: IssuedQueryCodeReply[] };

/** What each kind holds in `details`, as the portal sent it (the submitter, the place and the files are kept apart). */
type Sent<K extends SubmissionKind> = Extract<SubmissionRequest, { kind: K }>;
export interface KindDetails {
  filingRequest: Pick<Sent<'filingRequest'>, 'application'>;
  propertyClue: Pick<Sent<'propertyClue'>, 'propertyType' | 'description' | 'location'>;
  objection: Pick<Sent<'objection'>, 'objectionType' | 'request' | 'reasons'>;
  complaint: Pick<Sent<'complaint'>, 'subject' | 'staffName' | 'content'>;
  appointment: Pick<Sent<'appointment'>, 'topic'>;
}
export type FilingApplication = KindDetails['filingRequest']['application'];
export type PropertyClueType = KindDetails['propertyClue']['propertyType'];
export type ObjectionType = KindDetails['objection']['objectionType'];
export type ComplaintSubject = KindDetails['complaint']['subject'];

export const submissionsApi = {
  queue: (query: SubmissionQueueQuery) => request<SubmissionQueueReply>('GET', PATHS.queue, { query }),
  get: (id: string) => request<Submission>('GET', PATHS.submission, { params: { id } }),
  decide: (id: string, body: DecisionBody) => request<DecidedSubmission>('POST', PATHS.decisions, { params: { id }, body }),
  /** Served as a download (never rendered inline); a plain link carries the session cookie, and the read is audited. */
  attachmentUrl: (id: string, attachmentId: string) => buildUrl(PATHS.attachment, { params: { id, attachmentId } }),
};
