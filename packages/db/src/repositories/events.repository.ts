import { GENESIS_HASH, hashEvent, type ChainedFields } from '../audit-hash.js';
import type { EventRow } from '../schema.js';
import type { Executor } from './executor.js';

export type NewEvent = Omit<ChainedFields, 'seq'>;

/**
 * Appends one event to its court's chain. Must run inside the transaction of the change it
 * records (style-by-example §5): the head row lock serialises appends per court, so seq is
 * gapless and the chain is linear even under concurrent requests.
 */
export async function appendEvent(trx: Executor, event: NewEvent): Promise<EventRow> {
  const lockHead = () => trx.selectFrom('audit_chain_heads').selectAll().where('court_id', '=', event.courtId).forUpdate().executeTakeFirst();
  let head = await lockHead();
  if (!head) {
    // A court's first event: create its head (a concurrent first event may win the race; then lock theirs).
    await trx
      .insertInto('audit_chain_heads')
      .values({ court_id: event.courtId, last_seq: 0, last_hash: GENESIS_HASH })
      .onConflict((oc) => oc.column('court_id').doNothing())
      .execute();
    head = await lockHead();
    if (!head) throw new Error(`audit chain head of court ${event.courtId} could not be created`);
  }
  const fields: ChainedFields = { ...event, seq: head.last_seq + 1 };
  const hash = hashEvent(fields, head.last_hash);
  const row = await trx
    .insertInto('case_events')
    .values({
      court_id: fields.courtId,
      seq: fields.seq,
      case_id: fields.caseId,
      occurred_at: fields.occurredAt,
      actor_id: fields.actorId,
      actor_role: fields.actorRole,
      actor_court_id: fields.actorCourtId,
      action: fields.action,
      before: fields.before === undefined ? null : JSON.stringify(fields.before),
      after: fields.after === undefined ? null : JSON.stringify(fields.after),
      legal_basis: fields.legalBasis,
      summary_zh: fields.summaryZh,
      summary_en: fields.summaryEn,
      prev_hash: head.last_hash,
      hash,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await trx.updateTable('audit_chain_heads').set({ last_seq: fields.seq, last_hash: hash }).where('court_id', '=', event.courtId).execute();
  return row;
}

export function listCaseEvents(db: Executor, caseId: string): Promise<EventRow[]> {
  return db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();
}

/** A page of a court's chain in seq order, for verification. */
export function chainPage(db: Executor, courtId: string, afterSeq: number, limit: number): Promise<EventRow[]> {
  return db.selectFrom('case_events').selectAll().where('court_id', '=', courtId).where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}

export function chainHead(db: Executor, courtId: string) {
  return db.selectFrom('audit_chain_heads').selectAll().where('court_id', '=', courtId).executeTakeFirst();
}

export async function courtsWithEvents(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('audit_chain_heads').select('court_id').orderBy('court_id').execute();
  return rows.map((r) => r.court_id);
}
