import type { FastifyInstance } from 'fastify';
import { fetchAssistInboxRoute } from '@zhixing/contracts';
import { fetchInbox, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function fetchAssistInboxRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, fetchAssistInboxRoute, ({ request, query }) => fetchInbox(ctx, request.headers, query.limit));
}
