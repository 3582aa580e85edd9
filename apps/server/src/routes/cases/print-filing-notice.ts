import type { FastifyInstance } from 'fastify';
import { printFilingNoticeRoute } from '@zhixing/contracts';
import { printFilingNotice, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';
import { docxAttachment } from '../docx-attachment.js';

/** The portal's address printed on the notice: the address this request reached, then /portal. */
export function printFilingNoticeRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, printFilingNoticeRoute, async ({ actor, params, body, request, reply }) => {
    const portal = `${request.protocol}://${request.host}/portal`;
    const doc = await printFilingNotice(ctx, actor, params.id, params.partyId, body.queryCode, portal);
    return docxAttachment(reply, doc, 'filing-notice.docx');
  });
}
