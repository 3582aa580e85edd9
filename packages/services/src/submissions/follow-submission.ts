/** A submitter follows their submission by its receipt number (issue 5): the status, deadlines and answer. */
import { AppError, type SubmissionReceipt } from '@zhixing/contracts';
import { findSubmissionByReceipt } from '@zhixing/db';
import { normaliseReceiptNumber } from '@zhixing/domain';
import type { ServiceContext } from '../context.js';
import { submissionReceipt } from './submission-view.js';

export async function followSubmission(ctx: ServiceContext, typed: string): Promise<SubmissionReceipt> {
  const receiptNumber = normaliseReceiptNumber(typed);
  const row = receiptNumber ? await findSubmissionByReceipt(ctx.database.db, receiptNumber) : undefined;
  if (!row) throw new AppError('SUBMISSION_NOT_FOUND');
  return submissionReceipt(row);
}
