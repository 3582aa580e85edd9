import { AppError, CASE_READER_ROLES } from '@zhixing/contracts';
import { findCase, findCaseDocument } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireCourtInScope, requireRole } from '../scope.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A ruling or notice exactly as issued: the stored bytes, whose SHA-256 the request carried. */
export async function downloadCaseDocument(ctx: ServiceContext, actor: Actor, caseId: string, documentId: string): Promise<{ filename: string; contentType: string; body: Buffer }> {
  requireRole(actor, CASE_READER_ROLES);
  const { db } = ctx.database;
  const kase = await findCase(db, caseId);
  if (!kase) throw new AppError('OUT_OF_COURT_SCOPE');
  await requireCourtInScope(db, actor, kase.court_id);
  const doc = await findCaseDocument(db, documentId);
  if (!doc || doc.case_id !== caseId) throw new AppError('NOT_FOUND');
  return { filename: `${doc.number}${doc.title}.docx`, contentType: DOCX, body: doc.content };
}
