import type { FastifyInstance } from 'fastify';
import { downloadSubmissionAttachmentRoute } from '@zhixing/contracts';
import { downloadSubmissionAttachment, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';
import { fileAttachment } from '../docx-attachment.js';

export function downloadSubmissionAttachmentRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, downloadSubmissionAttachmentRoute, async ({ actor, params, reply }) => {
    const file = await downloadSubmissionAttachment(ctx, actor, params.id, params.attachmentId);
    return fileAttachment(reply, file, 'attachment');
  });
}
