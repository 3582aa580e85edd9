import { sql, type Insertable } from 'kysely';
import type { AssistRepliesTable, AssistRequestsTable, CasePropertiesTable } from '../schema.js';
import type { Executor } from './executor.js';

/** A request's envelope, kept as the JSON text it is sent as (migration assist-envelope-text), for readers. */
export const parseEnvelope = (text: string): unknown => JSON.parse(text) as unknown;

export async function insertAssistRequests(db: Executor, rows: readonly Insertable<AssistRequestsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('assist_requests').values([...rows]).execute();
}

/** The request a reply names, locked for the rest of the transaction (one reply is booked at a time). */
/**
 * A request, locked for the booking of its reply; `had_rejection`: a refused reply to it is on
 * record (so its warning needs settling — most requests never have one, and skip that statement).
 * Only what booking reads of it: the signed envelope (several KiB of JSON text, parsed here) only
 * for a control request, whose reply is checked against what was asked; an inquiry's reply needs
 * none of it.
 */
export function lockAssistRequest(db: Executor, id: string) {
  return db
    .selectFrom('assist_requests as r')
    .select(['r.id', 'r.court_id', 'r.case_id', 'r.institution_id', 'r.kind', 'r.act', 'r.state', 'r.control_id'])
    .select(sql<string | null>`case when r.kind = 'control' then r.envelope end`.as('envelope_text'))
    .select((eb) => eb.exists(eb.selectFrom('assist_replies as x').select('x.id').whereRef('x.request_id', '=', 'r.id').where('x.outcome', '=', 'rejected')).as('had_rejection'))
    .where('r.id', '=', id)
    .forUpdate('r')
    .executeTakeFirst()
    .then((r) => {
      if (!r) return r;
      const { envelope_text: text, ...request } = r;
      return { ...request, envelope: text === null ? null : parseEnvelope(text) };
    });
}

export function listCaseAssistRequests(db: Executor, caseId: string) {
  return db
    .selectFrom('assist_requests')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
    .then((rows) => rows.map((r) => ({ ...r, envelope: parseEnvelope(r.envelope) })));
}

/**
 * Claims the queued requests to push institutions that are due: each gets one more attempt and a
 * lease (`next_attempt_at` moved to `leaseUntil`), in one short statement with SKIP LOCKED, so the
 * HTTP calls run outside any transaction and two processes never send the same request at once.
 */
export async function claimDueAssistRequests(db: Executor, now: Date, leaseUntil: Date, limit: number) {
  // (the envelope comes back as the text it is posted as)
  const r = await sql<{ id: string; institution_id: string; envelope: string; attempts: number; case_id: string; court_id: string; endpoint: string; sla_seconds: number; institution_name: string }>`
    with due as (
      select r.id from assist_requests r join institutions i on i.id = r.institution_id
      where r.state = 'queued' and i.connection = 'push' and r.next_attempt_at <= ${now}
      order by r.next_attempt_at limit ${limit}
      for update of r skip locked
    )
    update assist_requests a set attempts = a.attempts + 1, next_attempt_at = ${leaseUntil}
    from due, institutions i
    where a.id = due.id and i.id = a.institution_id
    returning a.id, a.institution_id, a.envelope, a.attempts, a.case_id, a.court_id, i.endpoint, i.sla_seconds, i.name as institution_name`.execute(db);
  return r.rows;
}

/** After a send: on, to wait for the reply until `dueAt`; or back to the queue at `retryAt`; or given up. */
export async function settleAssistSend(db: Executor, id: string, result: { state: 'sent'; sentAt: Date; dueAt: Date } | { state: 'queued'; retryAt: Date } | { state: 'failed' }): Promise<void> {
  const set = result.state === 'sent' ? { state: 'sent' as const, sent_at: result.sentAt, due_at: result.dueAt, next_attempt_at: null } : result.state === 'queued' ? { next_attempt_at: result.retryAt } : { state: 'failed' as const, next_attempt_at: null };
  // Only a request still queued is settled: a reply may have been booked meanwhile (fast institutions).
  await db.updateTable('assist_requests').set(set).where('id', '=', id).where('state', '=', 'queued').execute();
}

/**
 * `settleAssistSend(…, { state: 'sent' })` for many requests in one statement (the dispatcher's
 * batch): each on to wait for its reply from its own send time, if still queued.
 */
export async function settleAssistSends(db: Executor, sent: ReadonlyArray<{ id: string; sentAt: Date; dueAt: Date }>): Promise<void> {
  if (sent.length === 0) return;
  const rows = sql.join(sent.map((s) => sql`(${s.id}::uuid, ${s.sentAt}::timestamptz, ${s.dueAt}::timestamptz)`));
  await sql`
    update assist_requests a set state = 'sent', sent_at = v.sent_at, due_at = v.due_at, next_attempt_at = null
    from (values ${rows}) as v (id, sent_at, due_at)
    where a.id = v.id and a.state = 'queued'`.execute(db);
}

/**
 * `settleAssistSend(…, { state: 'queued' })` for many requests in one statement: each back to the
 * queue at its own retry time, if still queued (an institution down fails a whole batch at once).
 */
export async function settleAssistRetries(db: Executor, retries: ReadonlyArray<{ id: string; retryAt: Date }>): Promise<void> {
  if (retries.length === 0) return;
  const rows = sql.join(retries.map((s) => sql`(${s.id}::uuid, ${s.retryAt}::timestamptz)`));
  await sql`
    update assist_requests a set next_attempt_at = v.retry_at
    from (values ${rows}) as v (id, retry_at)
    where a.id = v.id and a.state = 'queued'`.execute(db);
}

/**
 * A booked reply's last write, in one statement (a round trip less per booking): its request marked
 * answered (or failed) and the reply stored. A data-modifying WITH runs once, whether read or not.
 */
export async function settleAnsweredRequest(db: Executor, id: string, patch: { state: AssistRequestsTable['state']; answered_at: Date }, reply: Insertable<AssistRepliesTable>): Promise<void> {
  await db
    .with('marked', (qc) => qc.updateTable('assist_requests').set(patch).where('id', '=', id).returning('id'))
    .insertInto('assist_replies')
    .values(reply)
    .execute();
}

export function findBookedReply(db: Executor, messageId: string) {
  return db.selectFrom('assist_replies').select(['id', 'request_id']).where('message_id', '=', messageId).where('outcome', '=', 'booked').executeTakeFirst();
}

export async function insertAssistReply(db: Executor, row: Insertable<AssistRepliesTable>): Promise<void> {
  await db.insertInto('assist_replies').values(row).execute();
}

export function listRepliesOfRequests(db: Executor, requestIds: readonly string[]) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('assist_replies').select(['id', 'message_id', 'request_id', 'outcome', 'reason_code', 'reason', 'received_at']).where('request_id', 'in', requestIds).orderBy('id').execute();
}

/** A holding found again by a later inquiry updates its record (one record per case, institution and reference). */
export async function upsertCaseProperty(db: Executor, row: Insertable<CasePropertiesTable>): Promise<void> {
  await db
    .insertInto('case_properties')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['case_id', 'institution_id', 'ref']).doUpdateSet((eb) => ({
        kind: eb.ref('excluded.kind'),
        description: eb.ref('excluded.description'),
        balance_fen: eb.ref('excluded.balance_fen'),
        valuation_fen: eb.ref('excluded.valuation_fen'),
        valuation_basis: eb.ref('excluded.valuation_basis'),
        encumbrances: eb.ref('excluded.encumbrances'),
        updated_at: eb.ref('excluded.updated_at'),
        source_request: eb.ref('excluded.source_request'),
      })),
    )
    .execute();
}

export function listCaseProperties(db: Executor, caseId: string) {
  return db.selectFrom('case_properties').selectAll().where('case_id', '=', caseId).orderBy('kind').orderBy('ref').execute();
}

/** Requests sent and not answered by their institution's answer time: marked, and returned (ADR 0009). */
export function timeOutAssistRequests(db: Executor, now: Date) {
  return db.updateTable('assist_requests').set({ state: 'timedOut' }).where('state', '=', 'sent').where('due_at', '<', now).returning(['id', 'case_id', 'court_id', 'institution_id', 'due_at']).execute();
}

export function findCaseProperty(db: Executor, id: string) {
  return db.selectFrom('case_properties').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The envelope a request went out with (to take the subject of a later control from its inquiry). */
export function findAssistRequestEnvelope(db: Executor, id: string) {
  return db
    .selectFrom('assist_requests')
    .select(['envelope', 'kind', 'act'])
    .where('id', '=', id)
    .executeTakeFirst()
    .then((r) => r && { ...r, envelope: parseEnvelope(r.envelope) });
}
