import type { FastifyInstance } from 'fastify';
import { downloadCreditDocumentRoute } from '@zhixing/contracts';
import { downloadCreditDocument, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';
import { docxAttachment } from '../docx-attachment.js';

export function downloadCreditDocumentRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, downloadCreditDocumentRoute, async ({ actor, params, reply }) => {
    const doc = await downloadCreditDocument(ctx, actor, params.id);
    return docxAttachment(reply, doc, 'decision.docx');
  });
}
