import type { FastifyInstance } from 'fastify';
import { AppError, receiveAssistReplyRoute } from '@zhixing/contracts';
import { receiveAssistReply, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

/**
 * Institutions' replies (push): authenticated by their signature against the registered keys, not
 * by a session or an API key; a rejected reply is kept with its reason and answered 422.
 */
export function receiveAssistReplyRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(
    app,
    receiveAssistReplyRoute,
    async ({ body }) => {
      const r = await receiveAssistReply(ctx, body);
      if (r.outcome === 'rejected') throw new AppError('ASSIST_REPLY_REJECTED', { details: { code: r.code, reason: r.reason } });
      return { outcome: r.outcome, requestId: r.requestId };
    },
    { rateLimit: { max: 60_000, timeWindow: '1 minute' } },
  );
}
