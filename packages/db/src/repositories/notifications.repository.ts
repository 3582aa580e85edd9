/** Portal subscriptions, the per-court event cursor and the notifications outbox (issue 5). */
import { sql } from 'kysely';
import type { Executor } from './executor.js';

export async function insertSubscription(db: Executor, s: { id: string; caseId: string; courtId: string; partyId: string; channel: string; address: string; fromSeq: number; unsubscribeToken: string; createdAt: Date }): Promise<void> {
  await db
    .insertInto('portal_subscriptions')
    .values({ id: s.id, case_id: s.caseId, court_id: s.courtId, party_id: s.partyId, channel: s.channel, address: s.address, from_seq: s.fromSeq, unsubscribe_token: s.unsubscribeToken, created_at: s.createdAt, ended_at: null })
    .execute();
}

/** The court's chain head: the seq of its latest event (0 when it has none). */
export async function courtChainHead(db: Executor, courtId: string): Promise<number> {
  const row = await db.selectFrom('audit_chain_heads').select('last_seq').where('court_id', '=', courtId).executeTakeFirst();
  return Number(row?.last_seq ?? 0);
}

export function listPartySubscriptions(db: Executor, partyId: string) {
  return db.selectFrom('portal_subscriptions').select(['id', 'channel', 'address', 'created_at']).where('party_id', '=', partyId).where('ended_at', 'is', null).orderBy('created_at').execute();
}

/** Ends a live subscription of this party (by id) or of anyone (by its unsubscribe token's hash); the ended row, if any. */
export async function endSubscription(db: Executor, where: { id: string; partyId: string } | { unsubscribeToken: string }, at: Date) {
  let q = db.updateTable('portal_subscriptions').set({ ended_at: at }).where('ended_at', 'is', null);
  q = 'id' in where ? q.where('id', '=', where.id).where('party_id', '=', where.partyId) : q.where('unsubscribe_token', '=', where.unsubscribeToken);
  return q.returning(['id', 'case_id', 'court_id', 'channel']).executeTakeFirst();
}

/** The courts that have live subscriptions, with their cursor (created at the chain head when missing). */
export async function courtsToScan(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('portal_subscriptions').select('court_id').distinct().where('ended_at', 'is', null).execute();
  return rows.map((r) => r.court_id);
}

/**
 * The court's cursor, locked for the scan (one scanner per court at a time; others skip it). A new
 * cursor starts where the court's earliest live subscription began, not at the start of the chain.
 */
export async function lockCursor(db: Executor, courtId: string): Promise<number | null> {
  await sql`insert into notification_cursors (court_id, last_seq)
    select ${courtId}, coalesce(min(from_seq), 0) from portal_subscriptions where court_id = ${courtId} and ended_at is null
    on conflict (court_id) do nothing`.execute(db);
  const r = await sql<{ last_seq: string | number }>`select last_seq from notification_cursors where court_id = ${courtId} for update skip locked`.execute(db);
  return r.rows[0] ? Number(r.rows[0].last_seq) : null;
}

export async function advanceCursor(db: Executor, courtId: string, lastSeq: number): Promise<void> {
  await db.updateTable('notification_cursors').set({ last_seq: lastSeq }).where('court_id', '=', courtId).execute();
}

/** The court's events after `afterSeq`, in chain order, on cases that someone follows. */
export function eventsAfter(db: Executor, courtId: string, afterSeq: number, limit: number) {
  return db
    .selectFrom('case_events')
    .select(['seq', 'case_id', 'action', 'payload', 'occurred_at'])
    .where('court_id', '=', courtId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

/** Who each payout of these cases went to (a party reads "paid to you" only for their own). */
export function payoutPayees(db: Executor, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('fund_payouts').select(['id', 'payee_party_id']).where('case_id', 'in', caseIds).execute();
}

export function liveSubscriptionsOf(db: Executor, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('portal_subscriptions').select(['id', 'case_id', 'party_id', 'from_seq']).where('case_id', 'in', caseIds).where('ended_at', 'is', null).execute();
}

export async function insertNotifications(
  db: Executor,
  rows: ReadonlyArray<{ id: string; subscriptionId: string; caseId: string; courtId: string; eventSeq: number; nodeKind: string; textZh: string; textEn: string; occurredAt: Date; now: Date }>,
): Promise<number> {
  if (rows.length === 0) return 0;
  const r = await db
    .insertInto('portal_notifications')
    .values(
      rows.map((n) => ({
        id: n.id,
        subscription_id: n.subscriptionId,
        case_id: n.caseId,
        court_id: n.courtId,
        event_seq: n.eventSeq,
        node_kind: n.nodeKind,
        text_zh: n.textZh,
        text_en: n.textEn,
        occurred_at: n.occurredAt,
        state: 'pending',
        next_attempt_at: n.now,
        created_at: n.now,
      })),
    )
    .onConflict((oc) => oc.columns(['subscription_id', 'event_seq']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0n);
}

export interface DueNotification {
  id: string;
  subscription_id: string;
  case_id: string;
  case_number: string;
  channel: string;
  address: string;
  unsubscribe_token: string;
  node_kind: string;
  text_zh: string;
  text_en: string;
  occurred_at: Date;
  attempts: number;
}

/**
 * Claims due notifications with a lease (SKIP LOCKED: several processes never send the same one at
 * once; a process that died mid-send leaves it to be claimed again when the lease ends — at least
 * once, and the notification's id lets a receiver drop a repeat).
 */
export async function claimDueNotifications(db: Executor, now: Date, leaseMs: number, limit: number): Promise<DueNotification[]> {
  const lease = new Date(now.getTime() + leaseMs);
  const r = await sql<DueNotification>`
    with claimed as (
      update portal_notifications set locked_until = ${lease}, attempts = attempts + 1
      where id in (
        select id from portal_notifications
        where state = 'pending' and next_attempt_at <= ${now} and (locked_until is null or locked_until < ${now})
        order by next_attempt_at, id
        limit ${limit}
        for update skip locked
      )
      returning id, subscription_id, case_id, node_kind, text_zh, text_en, occurred_at, attempts
    )
    select c.*, k.case_number, s.channel, s.address, s.unsubscribe_token
    from claimed c join portal_subscriptions s on s.id = c.subscription_id join cases k on k.id = c.case_id`.execute(db);
  return r.rows.map((row) => ({ ...row, occurred_at: new Date(row.occurred_at), attempts: Number(row.attempts) }));
}

export async function markNotificationSent(db: Executor, id: string, at: Date, transport: string, reference: string): Promise<void> {
  await db.updateTable('portal_notifications').set({ state: 'sent', sent_at: at, transport, reference, locked_until: null, last_error: null }).where('id', '=', id).execute();
}

export async function markNotificationFailed(db: Executor, id: string, error: string, transport: string, retryAt: Date | null): Promise<void> {
  await db
    .updateTable('portal_notifications')
    .set(retryAt ? { next_attempt_at: retryAt, locked_until: null, last_error: error.slice(0, 500), transport } : { state: 'failed', locked_until: null, last_error: error.slice(0, 500), transport })
    .where('id', '=', id)
    .execute();
}

/** A case's subscriptions (live and ended) and its latest notifications, for the console. */
export function listCaseSubscriptions(db: Executor, caseId: string) {
  return db
    .selectFrom('portal_subscriptions as s')
    .innerJoin('case_parties as p', 'p.id', 's.party_id')
    .select(['s.id', 's.channel', 's.address', 's.created_at', 's.ended_at', 'p.name as party_name', 'p.party_role'])
    .where('s.case_id', '=', caseId)
    .orderBy('s.created_at')
    .execute();
}

export function listCaseNotifications(db: Executor, caseId: string, limit: number) {
  return db
    .selectFrom('portal_notifications')
    .select(['id', 'subscription_id', 'node_kind', 'text_zh', 'text_en', 'state', 'attempts', 'sent_at', 'transport', 'reference', 'last_error', 'created_at'])
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .orderBy('event_seq', 'desc')
    .limit(limit)
    .execute();
}
