import { z } from 'zod';
import { NOTIFICATION_CHANNELS } from '@zhixing/domain';
import { CASE_READER_ROLES, defineRoute } from '../route.js';
import { zIdParams, zUuid } from '../common.js';

export const zCaseNotifications = z
  .object({
    /** Who follows the case, with the contact masked. */
    subscriptions: z.array(
      z.object({
        id: zUuid,
        party: z.string(),
        partyRole: z.enum(['applicant', 'debtor']),
        channel: z.enum(NOTIFICATION_CHANNELS),
        address: z.string(),
        createdAt: z.iso.datetime({ offset: true }),
        endedAt: z.iso.datetime({ offset: true }).nullable(),
      }),
    ),
    /** The latest 100 notifications, newest first: what was sent, by which transport (`log` is the demo), or why not yet. */
    notifications: z.array(
      z.object({
        id: zUuid,
        subscriptionId: zUuid,
        kind: z.string(),
        zh: z.string(),
        en: z.string(),
        state: z.enum(['pending', 'sent', 'failed']),
        attempts: z.number().int(),
        transport: z.string().nullable(),
        reference: z.string().nullable(),
        lastError: z.string().nullable(),
        createdAt: z.iso.datetime({ offset: true }),
        sentAt: z.iso.datetime({ offset: true }).nullable(),
      }),
    ),
  })
  .meta({ id: 'CaseNotifications' });
export type CaseNotifications = z.infer<typeof zCaseNotifications>;

export const caseNotificationsRoute = defineRoute({
  operationId: 'caseNotifications',
  method: 'GET',
  path: '/api/v1/cases/:id/notifications',
  summary: 'The parties\' portal subscriptions to the case and the notifications sent to them',
  tags: ['cases'],
  access: { roles: CASE_READER_ROLES },
  params: zIdParams,
  response: { 200: zCaseNotifications },
});
