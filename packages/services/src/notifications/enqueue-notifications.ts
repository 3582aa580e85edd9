/**
 * The outbox's producer (issue 5): reads each court's audit chain after its cursor and, for every
 * public node (portal/public-nodes.ts — the same whitelist and words as the party's timeline) on a
 * followed case, enqueues one notification per live subscription of that case. Cursor, notifications
 * and nothing else in one transaction; the unique (subscription, event) pair makes a repeat harmless.
 */
import { randomUUID } from 'node:crypto';
import { advanceCursor, courtsToScan, eventsAfter, insertNotifications, liveSubscriptionsOf, lockCursor, parseEventBody, payoutPayees } from '@zhixing/db';
import type { ServiceContext } from '../context.js';
import { publicNode } from '../portal/public-nodes.js';

const BATCH = 500;

export async function enqueueNotifications(ctx: ServiceContext): Promise<number> {
  const { db } = ctx.database;
  let enqueued = 0;
  for (const courtId of await courtsToScan(db)) {
    enqueued += await db.transaction().execute(async (trx) => {
      const cursor = await lockCursor(trx, courtId);
      if (cursor === null) return 0;
      const events = await eventsAfter(trx, courtId, cursor, BATCH);
      if (events.length === 0) return 0;
      const caseIds = [...new Set(events.map((e) => e.case_id).filter((id): id is string => id !== null))];
      const [subscriptions, payouts] = await Promise.all([liveSubscriptionsOf(trx, caseIds), payoutPayees(trx, caseIds)]);
      const payee = new Map(payouts.map((p) => [p.id, p.payee_party_id]));
      const now = ctx.clock.now();
      const rows = [];
      for (const e of events) {
        const seq = Number(e.seq);
        for (const s of subscriptions) {
          if (s.case_id !== e.case_id || seq <= Number(s.from_seq)) continue;
          const node = publicNode(e.action, parseEventBody(e.payload).after, { partyId: s.party_id }, (id) => payee.get(id));
          if (!node) continue;
          rows.push({ id: randomUUID(), subscriptionId: s.id, caseId: s.case_id, courtId, eventSeq: seq, nodeKind: node.kind, textZh: node.zh, textEn: node.en, occurredAt: e.occurred_at, now });
        }
      }
      const n = await insertNotifications(trx, rows);
      await advanceCursor(trx, courtId, Number(events[events.length - 1]!.seq));
      return n;
    });
  }
  return enqueued;
}
