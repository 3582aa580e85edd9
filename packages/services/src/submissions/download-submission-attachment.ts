/** Staff download an attachment of a submission (issue 5); each download is an audited event. */
import { AppError } from '@zhixing/contracts';
import { findSubmissionAttachment } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { submissionInScope } from './get-submission.js';

export async function downloadSubmissionAttachment(ctx: ServiceContext, actor: Actor, id: string, attachmentId: string): Promise<{ filename: string; contentType: string; body: Buffer }> {
  const { db } = ctx.database;
  const row = await submissionInScope(db, actor, id);
  const file = await findSubmissionAttachment(db, id, attachmentId);
  if (!file) throw new AppError('NOT_FOUND');
  await db.transaction().execute((trx) =>
    recordEvent(trx, ctx.clock, actor, {
      courtId: row.court_id,
      caseId: row.case_id,
      action: 'submissionAttachmentRead',
      after: { submissionId: id, receiptNumber: row.receipt_number, attachmentId, label: file.label },
      summaryZh: `查阅${row.receipt_number}的附件“${file.label}”`,
      summaryEn: `Opened attachment “${file.label}” of ${row.receipt_number}`,
    }),
  );
  return { filename: file.label, contentType: file.media_type, body: Buffer.from(file.content) };
}
