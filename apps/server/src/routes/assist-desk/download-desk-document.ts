import type { FastifyInstance } from 'fastify';
import { downloadDeskDocumentRoute } from '@zhixing/contracts';
import { deskDocument, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function downloadDeskDocumentRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, downloadDeskDocumentRoute, async ({ request, params, reply }) => {
    const doc = await deskDocument(ctx, request.headers.authorization, params.id, params.sha256);
    // RFC 6266 / 5987: the Chinese file name travels percent-encoded.
    void reply.header('content-type', DOCX).header('content-disposition', `attachment; filename="document.docx"; filename*=UTF-8''${encodeURIComponent(doc.filename)}`);
    return doc.body;
  });
}
