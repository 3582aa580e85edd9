import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';
import { parseEnvelope } from './assist.repository.js';

/**
 * A pull institution's inbox (ADR 0009 step 3): its requests not yet answered, oldest first. Those
 * still queued are marked sent now, with their answer time from the institution's SLA; those sent
 * before are handed out again (the institution may have lost them), which their idempotency keys
 * make harmless. Locked rows (a reply being booked) are skipped.
 */
export async function takeInbox(db: Kysely<DB>, institutionId: string, now: Date, slaSeconds: number, limit: number) {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('assist_requests')
      .select(['id', 'envelope', 'state'])
      .where('institution_id', '=', institutionId)
      .where('state', 'in', ['queued', 'sent'])
      .orderBy('created_at')
      .orderBy('id')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    const queued = rows.filter((r) => r.state === 'queued').map((r) => r.id);
    if (queued.length > 0) {
      await trx
        .updateTable('assist_requests')
        .set({ state: 'sent', sent_at: now, due_at: new Date(now.getTime() + slaSeconds * 1000), next_attempt_at: null, attempts: (eb) => eb('attempts', '+', 1) })
        .where('id', 'in', queued)
        .execute();
    }
    return rows.map((r) => parseEnvelope(r.envelope));
  });
}
