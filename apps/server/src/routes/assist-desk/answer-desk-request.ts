import type { FastifyInstance } from 'fastify';
import { answerDeskRequestRoute } from '@zhixing/contracts';
import { answerDeskRequest, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function answerDeskRequestRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, answerDeskRequestRoute, ({ request, params, body }) => answerDeskRequest(ctx, request.headers.authorization, params.id, body));
}
