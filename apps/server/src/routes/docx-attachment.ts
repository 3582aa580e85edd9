import type { FastifyReply } from 'fastify';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * A stored .docx as a download: RFC 6266 / 5987 — the Chinese file name travels percent-encoded,
 * with a plain ASCII fallback for old clients.
 */
export function docxAttachment(reply: FastifyReply, doc: { filename: string; body: Buffer }, fallback = 'document.docx'): Buffer {
  void reply.header('content-type', DOCX).header('content-disposition', `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(doc.filename)}`);
  return doc.body;
}
