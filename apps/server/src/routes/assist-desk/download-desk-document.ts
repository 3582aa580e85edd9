import type { FastifyInstance } from 'fastify';
import { downloadDeskDocumentRoute } from '@zhixing/contracts';
import { deskDocument, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';
import { docxAttachment } from '../docx-attachment.js';

export function downloadDeskDocumentRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, downloadDeskDocumentRoute, async ({ request, params, reply }) => {
    const doc = await deskDocument(ctx, request.headers.authorization, params.id, params.sha256);
    return docxAttachment(reply, doc);
  });
}
