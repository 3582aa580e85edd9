import type { FastifyInstance } from 'fastify';
import { downloadPartyDocumentRoute } from '@zhixing/contracts';
import { downloadPartyDocument, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';
import { docxAttachment } from '../docx-attachment.js';

export function downloadPartyDocumentRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, downloadPartyDocumentRoute, async ({ party, params, reply }) => {
    const doc = await downloadPartyDocument(ctx, party, params.documentId);
    return docxAttachment(reply, doc);
  });
}
