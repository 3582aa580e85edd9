/**
 * A party downloads a document served on them (issue 5): only a ruling or distribution plan of their
 * own case (never a notice to an institution), byte for byte as issued; each download is a case event.
 */
import { AppError } from '@zhixing/contracts';
import { PARTY_SERVED_DOCUMENT_KINDS, findCaseDocument } from '@zhixing/db';
import type { ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import type { PartyPrincipal } from './party-principal.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function downloadPartyDocument(ctx: ServiceContext, party: PartyPrincipal, documentId: string): Promise<{ filename: string; contentType: string; body: Buffer }> {
  const { db } = ctx.database;
  const doc = await findCaseDocument(db, documentId);
  if (!doc || doc.case_id !== party.caseId || !(PARTY_SERVED_DOCUMENT_KINDS as readonly string[]).includes(doc.kind)) throw new AppError('NOT_FOUND');
  await db.transaction().execute((trx) =>
    recordEvent(trx, ctx.clock, null, {
      courtId: doc.court_id,
      caseId: doc.case_id,
      action: 'portalDocumentDownloaded',
      after: { documentId, number: doc.number, partyId: party.partyId },
      summaryZh: `当事人在执行信息公开网下载${doc.number}${doc.title}`,
      summaryEn: `A party downloaded ${doc.number} on the public portal`,
    }),
  );
  return { filename: `${doc.number}${doc.title}.docx`, contentType: DOCX, body: doc.content };
}
