import type { FastifyInstance } from 'fastify';
import { followSubmissionRoute } from '@zhixing/contracts';
import { followSubmission, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

/** Rate-limited per client: the receipt number is the key, and nobody may try them in bulk. */
export function followSubmissionRoutes(app: FastifyInstance, ctx: ServiceContext, perMinute: number): void {
  registerRoute(app, followSubmissionRoute, ({ params }) => followSubmission(ctx, params.receiptNumber), { rateLimit: { max: perMinute, timeWindow: '1 minute' } });
}
