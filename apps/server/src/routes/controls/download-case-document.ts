import type { FastifyInstance } from 'fastify';
import { downloadCaseDocumentRoute } from '@zhixing/contracts';
import { downloadCaseDocument, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';
import { docxAttachment } from '../docx-attachment.js';

export function downloadCaseDocumentRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, downloadCaseDocumentRoute, async ({ actor, params, reply }) => {
    const doc = await downloadCaseDocument(ctx, actor, params.id, params.documentId);
    return docxAttachment(reply, doc);
  });
}
