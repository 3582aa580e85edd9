/**
 * The outbox's sender (issue 5): claims due notifications with a lease, sends each by its channel's
 * transport and records the result; a failure waits (1 min … 24 h, domain notification-rules.ts) and
 * is tried again, then marked failed for the console to show. At least once: a process that dies
 * between sending and recording sends again after the lease, with the same notification id.
 */
import { claimDueNotifications, markNotificationFailed, markNotificationSent } from '@zhixing/db';
import { retryDelayMs, type NotificationChannel } from '@zhixing/domain';
import type { ServiceContext } from '../context.js';
import type { NotificationTransports } from './transports.js';

const LEASE_MS = 2 * 60 * 1000;

export async function deliverNotifications(ctx: ServiceContext, transports: NotificationTransports, limit = 50): Promise<number> {
  const { db } = ctx.database;
  const due = await claimDueNotifications(db, ctx.clock.now(), LEASE_MS, limit);
  for (const n of due) {
    const transport = transports[n.channel as NotificationChannel];
    try {
      const { reference } = await transport.send({
        id: n.id,
        channel: n.channel as NotificationChannel,
        address: n.address,
        caseNumber: n.case_number,
        kind: n.node_kind,
        textZh: n.text_zh,
        textEn: n.text_en,
        occurredAt: n.occurred_at.toISOString(),
        unsubscribeToken: n.unsubscribe_token,
      });
      await markNotificationSent(db, n.id, ctx.clock.now(), transport.name, reference);
    } catch (error) {
      const wait = retryDelayMs(n.attempts);
      await markNotificationFailed(db, n.id, error instanceof Error ? error.message : String(error), transport.name, wait === null ? null : new Date(ctx.clock.now().getTime() + wait));
    }
  }
  return due.length;
}
