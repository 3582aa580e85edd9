import type { FastifyInstance } from 'fastify';
import { downloadCreditDocumentRoute } from '@zhixing/contracts';
import { downloadCreditDocument, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function downloadCreditDocumentRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, downloadCreditDocumentRoute, async ({ actor, params, reply }) => {
    const doc = await downloadCreditDocument(ctx, actor, params.id);
    // RFC 6266 / 5987: the Chinese file name travels percent-encoded.
    void reply.header('content-type', doc.contentType).header('content-disposition', `attachment; filename="decision.docx"; filename*=UTF-8''${encodeURIComponent(doc.filename)}`);
    return doc.body;
  });
}
