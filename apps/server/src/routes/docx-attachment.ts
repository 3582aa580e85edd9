import type { FastifyReply } from 'fastify';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * A stored file as a download, never rendered inline (an uploaded file is not trusted to be what it
 * says: `nosniff`). RFC 6266 / 5987 — the Chinese file name travels percent-encoded, with a plain
 * ASCII fallback for old clients.
 */
export function fileAttachment(reply: FastifyReply, file: { filename: string; contentType: string; body: Buffer }, fallback: string): Buffer {
  void reply
    .header('content-type', file.contentType)
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
  return file.body;
}

/** A stored .docx (a document the court issued) as a download. */
export function docxAttachment(reply: FastifyReply, doc: { filename: string; body: Buffer }, fallback = 'document.docx'): Buffer {
  return fileAttachment(reply, { ...doc, contentType: DOCX }, fallback);
}
