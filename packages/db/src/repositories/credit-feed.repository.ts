import { sql } from 'kysely';
import type { CreditFeedRow, CreditFeedTable } from '../schema.js';
import type { Executor } from './executor.js';

export interface FeedEntry {
  op: CreditFeedTable['op'];
  ref: number;
  courtId: string | null;
  payload: unknown;
}

/**
 * Appends change-feed entries in the caller's transaction. The sequence numbers come from the
 * head row, whose lock is held until commit: commits therefore happen in seq order and a reader
 * that has seen seq n will never later find a smaller one appearing (no gaps, no lost removals).
 */
export async function appendFeed(db: Executor, occurredAt: Date, entries: readonly FeedEntry[]): Promise<number[]> {
  if (entries.length === 0) return [];
  const head = await db
    .updateTable('credit_feed_head')
    .set({ last_seq: sql`last_seq + ${entries.length}` })
    .where('id', '=', 1)
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  const first = head.last_seq - entries.length + 1;
  const seqs = entries.map((_, i) => first + i);
  await db
    .insertInto('credit_feed')
    .values(entries.map((e, i) => ({ seq: seqs[i]!, occurred_at: occurredAt, op: e.op, ref: e.ref, court_id: e.courtId, payload: JSON.stringify(e.payload) })))
    .execute();
  return seqs;
}

export function readFeed(db: Executor, afterSeq: number, limit: number): Promise<CreditFeedRow[]> {
  return db.selectFrom('credit_feed').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}

export async function feedHeadSeq(db: Executor): Promise<number> {
  const row = await db.selectFrom('credit_feed_head').select('last_seq').where('id', '=', 1).executeTakeFirstOrThrow();
  return row.last_seq;
}
