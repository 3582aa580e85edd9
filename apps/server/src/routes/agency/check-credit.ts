import type { FastifyInstance } from 'fastify';
import { checkCreditRoute } from '@zhixing/contracts';
import { checkSubject, serializeCheckResult, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function checkCreditRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, checkCreditRoute, ({ agency, body, request }) => checkSubject(app.credit, ctx.clock, agency, body, { requestId: request.id, channel: 'single' }), { trustedOutput: serializeCheckResult });
}
