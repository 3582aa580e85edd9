import type { FastifyInstance } from 'fastify';
import { downloadCaseDocumentRoute } from '@zhixing/contracts';
import { downloadCaseDocument, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function downloadCaseDocumentRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, downloadCaseDocumentRoute, async ({ actor, params, reply }) => {
    const doc = await downloadCaseDocument(ctx, actor, params.id, params.documentId);
    // RFC 6266 / 5987: the Chinese file name travels percent-encoded.
    void reply.header('content-type', doc.contentType).header('content-disposition', `attachment; filename="document.docx"; filename*=UTF-8''${encodeURIComponent(doc.filename)}`);
    return doc.body;
  });
}
