/**
 * The job loop's time-out sweep (`timeOutAssistRequests`: requests `sent` past their institution's
 * answer time) runs every tick. Without an index it scanned the whole outbox — 124 ms a turn at
 * 130,000 requests in the fan-out benchmark (bench/README.md, suite `fanout`). Only requests in
 * flight are `sent`, so a partial index on their due time stays small whatever the outbox's size.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`create index assist_requests_sent_due_idx on assist_requests (due_at) where state = 'sent'`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop index assist_requests_sent_due_idx').execute(db);
}
