import type { FastifyInstance } from 'fastify';
import { endMySubscriptionRoute, listMySubscriptionsRoute, subscribeRoute, unsubscribeRoute } from '@zhixing/contracts';
import { listMySubscriptions, subscribe, unsubscribe, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

/** The party's subscriptions, and the token link every message carries (rate-limited: tokens are not for guessing). */
export function subscriptionRoutes(app: FastifyInstance, ctx: ServiceContext, perMinute: number): void {
  registerRoute(app, listMySubscriptionsRoute, ({ party }) => listMySubscriptions(ctx, party));
  registerRoute(app, subscribeRoute, ({ party, body }) => subscribe(ctx, party, body));
  registerRoute(app, endMySubscriptionRoute, ({ party, params }) => unsubscribe(ctx, { party, id: params.id }));
  registerRoute(app, unsubscribeRoute, ({ body }) => unsubscribe(ctx, { token: body.token }), { rateLimit: { max: perMinute, timeWindow: '1 minute' } });
}
