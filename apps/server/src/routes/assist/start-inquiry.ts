import type { FastifyInstance } from 'fastify';
import { startInquiryRoute } from '@zhixing/contracts';
import { startInquiry, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function startInquiryRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, startInquiryRoute, ({ actor, params }) => startInquiry(ctx, actor, params.id, app.assistSigner));
}
