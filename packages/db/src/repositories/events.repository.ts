import { sql } from 'kysely';
import { GENESIS_HASH, chainHash, eventPayload, type ChainedFields } from '../audit-hash.js';
import type { EventRow } from '../schema.js';
import type { Executor } from './executor.js';

export type NewEvent = Omit<ChainedFields, 'seq'>;

/**
 * Appends one event to its court's chain, inside the transaction of the change it records
 * (style-by-example §5). The first statement creates or locks the court's chain head (the lock
 * serialises appends per court, so seq is gapless and the chain linear under concurrency); the
 * second writes the event and moves the head.
 */
export async function appendEvent(trx: Executor, event: NewEvent): Promise<{ seq: number; hash: string }> {
  const head = await sql<{ last_seq: number; last_hash: string }>`
    insert into audit_chain_heads (court_id, last_seq, last_hash) values (${event.courtId}, 0, ${GENESIS_HASH})
    on conflict (court_id) do update set last_seq = audit_chain_heads.last_seq
    returning last_seq, last_hash`.execute(trx);
  const { last_seq: lastSeq, last_hash: prevHash } = head.rows[0]!;
  const seq = Number(lastSeq) + 1;
  const payload = eventPayload({ ...event, seq });
  const hash = chainHash(prevHash, payload);
  await sql`
    with appended as (
      insert into case_events (court_id, seq, case_id, occurred_at, actor_id, actor_role, actor_court_id, action, payload, prev_hash, hash)
      values (${event.courtId}, ${seq}, ${event.caseId}, ${event.occurredAt}, ${event.actorId}, ${event.actorRole}, ${event.actorCourtId}, ${event.action}, ${payload}, ${prevHash}, ${hash})
      returning court_id
    )
    update audit_chain_heads set last_seq = ${seq}, last_hash = ${hash} where court_id = (select court_id from appended)`.execute(trx);
  return { seq, hash };
}

export function listCaseEvents(db: Executor, caseId: string): Promise<EventRow[]> {
  return db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();
}

export interface ChainLink {
  id: number;
  seq: number;
  payload: string;
  prev_hash: string;
  hash: string;
  /** The payload's first line equals the header rebuilt from the indexed columns (audit-hash.ts headerLine). */
  header_ok: boolean;
}

/**
 * A page of a court's chain in seq order, for verification. The database rebuilds each header
 * line from the columns exactly as `headerLine` writes it (JSON array, ISO instant in UTC with
 * milliseconds) and compares it with the payload, so Node only checks links and hashes.
 */
const HEADER_OK = sql<boolean>`starts_with(payload,
  '[' || to_json(court_id)::text || ',' || seq::text || ',' || coalesce(to_json(case_id)::text, 'null') || ','
  || to_json(to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text || ','
  || coalesce(to_json(actor_id)::text, 'null') || ',' || to_json(actor_role)::text || ','
  || coalesce(to_json(actor_court_id)::text, 'null') || ',' || to_json(action)::text || ']' || E'\\n')`;

/** True when the server can hash SM3 itself (pgcrypto on an OpenSSL with SM3; PostgreSQL servers, not PGlite). */
export async function serverHasSm3(db: Executor): Promise<boolean> {
  // Ask the catalogue first: a failing call would abort a surrounding transaction.
  const installed = await sql<{ n: number }>`select count(*)::int as n from pg_extension where extname = 'pgcrypto'`.execute(db);
  if ((installed.rows[0]?.n ?? 0) === 0) return false;
  try {
    const r = await sql<{ h: string }>`select encode(digest('abc', 'sm3'), 'hex') as h`.execute(db);
    return r.rows[0]?.h === '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0';
  } catch {
    return false;
  }
}

/**
 * The whole chain of a court checked inside the database: the same four checks as the page walk
 * (seq follows on, prev_hash links, header matches the columns, SM3 of prev_hash and payload),
 * answering only the first link that fails, the count before it, and the last hash. Hashing where
 * the rows are spares decoding every payload in Node.
 */
export async function firstBrokenLinkOnServer(db: Executor, courtId: string, genesis: string) {
  const broken = await sql<{ id: number; seq: number; reason: 'gap' | 'prevHashMismatch' | 'hashMismatch' }>`
    select id, seq, reason from (
      select id, seq, case
        when seq <> coalesce(prev_seq, 0) + 1 then 'gap'
        when prev_hash <> coalesce(prev_stored, ${genesis}) then 'prevHashMismatch'
        when not header_ok or encode(digest(prev_hash || E'\\n' || payload, 'sm3'), 'hex') <> hash then 'hashMismatch'
      end as reason
      from (
        select id, seq, hash, prev_hash, payload, ${HEADER_OK} as header_ok,
          lag(seq) over (order by seq) as prev_seq, lag(hash) over (order by seq) as prev_stored
        from case_events where court_id = ${courtId}
      ) as chain
    ) as checked
    where reason is not null
    order by seq
    limit 1`.execute(db);
  const first = broken.rows[0];
  const upTo = first ? sql`and seq < ${first.seq}` : sql``;
  const tally = await sql<{ n: number; last_hash: string | null }>`
    select (select count(*)::int from case_events where court_id = ${courtId} ${upTo}) as n,
      (select hash from case_events where court_id = ${courtId} ${upTo} order by seq desc limit 1) as last_hash`.execute(db);
  return { broken: first ?? null, before: Number(tally.rows[0]?.n ?? 0), lastHash: tally.rows[0]?.last_hash ?? null };
}

export async function chainPage(db: Executor, courtId: string, afterSeq: number, limit: number): Promise<ChainLink[]> {
  const result = await sql<ChainLink>`
    select id, seq, payload, prev_hash, hash,
      ${HEADER_OK} as header_ok
    from case_events
    where court_id = ${courtId} and seq > ${afterSeq}
    order by seq
    limit ${limit}`.execute(db);
  return result.rows;
}

export function chainHead(db: Executor, courtId: string) {
  return db.selectFrom('audit_chain_heads').selectAll().where('court_id', '=', courtId).executeTakeFirst();
}

export async function courtsWithEvents(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('audit_chain_heads').select('court_id').orderBy('court_id').execute();
  return rows.map((r) => r.court_id);
}
