import { z } from 'zod';
import { NOTIFICATION_CHANNELS } from '@zhixing/domain';
import { defineRoute } from '../route.js';
import { zUuid } from '../common.js';

export const zSubscribeRequest = z
  .object({
    channel: z.enum(NOTIFICATION_CHANNELS),
    /** An e-mail address, an 11-digit mobile number, or an http(s) URL for a webhook. */
    address: z.string().trim().min(3).max(500),
  })
  .meta({ id: 'SubscribeRequest' });
export type SubscribeRequest = z.infer<typeof zSubscribeRequest>;

export const zPartySubscription = z.object({ id: zUuid, channel: z.enum(NOTIFICATION_CHANNELS), address: z.string(), createdAt: z.iso.datetime({ offset: true }) });
export type PartySubscription = z.infer<typeof zPartySubscription>;

export const listMySubscriptionsRoute = defineRoute({
  operationId: 'listMySubscriptions',
  method: 'GET',
  path: '/api/public/v1/party/subscriptions',
  summary: 'The verified party\'s live subscriptions to their case\'s updates',
  tags: ['public'],
  access: 'party',
  response: { 200: z.object({ items: z.array(zPartySubscription) }).meta({ id: 'PartySubscriptions' }) },
});

export const subscribeRoute = defineRoute({
  operationId: 'subscribe',
  method: 'POST',
  path: '/api/public/v1/party/subscriptions',
  summary: 'Subscribe to the case\'s updates by e-mail, SMS or webhook',
  description: 'From now on every new public node of the case (as on the party\'s timeline) is sent there. The same address again answers the existing subscription; at most 5 per party (409 SUBSCRIPTION_LIMIT). `unsubscribeToken` (also in every message) ends it without logging in.',
  tags: ['public'],
  access: 'party',
  body: zSubscribeRequest,
  response: { 201: zPartySubscription.extend({ unsubscribeToken: z.string().optional() }).meta({ id: 'PartySubscription' }) },
});

export const endMySubscriptionRoute = defineRoute({
  operationId: 'endMySubscription',
  method: 'DELETE',
  path: '/api/public/v1/party/subscriptions/:id',
  summary: 'End one of the verified party\'s subscriptions',
  tags: ['public'],
  access: 'party',
  params: z.object({ id: zUuid }),
  response: { 200: z.object({ ended: z.literal(true) }) },
});

export const unsubscribeRoute = defineRoute({
  operationId: 'unsubscribe',
  method: 'POST',
  path: '/api/public/v1/unsubscribe',
  summary: 'End a subscription with the token every message carries (no login)',
  tags: ['public'],
  access: 'public',
  body: z.object({ token: z.string().trim().min(16).max(100) }),
  response: { 200: z.object({ ended: z.literal(true) }) },
});
