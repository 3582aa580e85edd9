/** One submission in full for the court's staff (issue 5), with the acts open to the caller now. */
import { AppError, type SubmissionDetail } from '@zhixing/contracts';
import { findSubmissionById, listSubmissionAttachments, type Executor, type SubmissionRow } from '@zhixing/db';
import { SUBMISSION_ACTIONS, nextSubmissionStatus, type CivilDate, type SubmissionKind, type SubmissionStatus } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { visibleCourtIds } from '../scope.js';
import { today } from '../today.js';
import { submissionDetail } from './submission-view.js';

/** Who may register, answer or refuse a submission of their own court. */
export const SUBMISSION_DECIDERS = ['judge', 'officer', 'clerk', 'bureau_chief', 'president'] as const;

function openActions(actor: Actor, row: SubmissionRow): SubmissionDetail['actions'] {
  if (row.court_id !== actor.courtId || !(SUBMISSION_DECIDERS as readonly string[]).includes(actor.role)) return [];
  return SUBMISSION_ACTIONS.filter((action) => {
    try {
      nextSubmissionStatus(row.kind as SubmissionKind, row.status as SubmissionStatus, action);
      return true;
    } catch {
      return false;
    }
  });
}

/** The row when the actor's courts include it; other courts' submissions are "not found". */
export async function submissionInScope(db: Executor, actor: Actor, id: string): Promise<SubmissionRow> {
  const row = await findSubmissionById(db, id);
  if (!row || !(await visibleCourtIds(db, actor)).includes(row.court_id)) throw new AppError('OUT_OF_COURT_SCOPE');
  return row;
}

export async function submissionDetailFor(db: Executor, actor: Actor, row: SubmissionRow, day: CivilDate): Promise<SubmissionDetail> {
  const attachments = await listSubmissionAttachments(db, row.id);
  return submissionDetail(row, day, { attachments: attachments.map((a) => ({ id: a.id, label: a.label, mediaType: a.media_type, sizeBytes: a.size_bytes })), actions: openActions(actor, row) });
}

export async function getSubmission(ctx: ServiceContext, actor: Actor, id: string): Promise<SubmissionDetail> {
  const { db } = ctx.database;
  return submissionDetailFor(db, actor, await submissionInScope(db, actor, id), today(ctx.clock));
}
