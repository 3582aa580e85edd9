/**
 * Case-update subscriptions of portal parties and the outbox of their notifications (issue 5). The
 * notifications are made from the case events of the audit chain, read per court in chain order with
 * a cursor: a court's chain is appended under its head row's lock, so `seq` commits in order and the
 * cursor never skips an event still being written. One notification per subscription and event
 * (unique), so a scan run twice enqueues nothing twice.
 */
import { sql, type Kysely } from 'kysely';

const UP = [
  `create table portal_subscriptions (
    id uuid primary key,
    case_id uuid not null references cases(id),
    court_id text not null references courts(id),
    party_id uuid not null references case_parties(id),
    channel text not null check (channel in ('email', 'sms', 'webhook')),
    address text not null,
    from_seq bigint not null,
    unsubscribe_token text not null unique,
    created_at timestamptz not null,
    ended_at timestamptz
  )`,
  `create index portal_subscriptions_live_idx on portal_subscriptions (court_id, case_id) where ended_at is null`,
  `create table notification_cursors (
    court_id text primary key references courts(id),
    last_seq bigint not null
  )`,
  `create table portal_notifications (
    id uuid primary key,
    subscription_id uuid not null references portal_subscriptions(id),
    case_id uuid not null references cases(id),
    court_id text not null references courts(id),
    event_seq bigint not null,
    node_kind text not null,
    text_zh text not null,
    text_en text not null,
    occurred_at timestamptz not null,
    state text not null check (state in ('pending', 'sent', 'failed')),
    attempts integer not null default 0,
    next_attempt_at timestamptz not null,
    locked_until timestamptz,
    sent_at timestamptz,
    transport text,
    reference text,
    last_error text,
    created_at timestamptz not null,
    unique (subscription_id, event_seq)
  )`,
  `create index portal_notifications_due_idx on portal_notifications (next_attempt_at) where state = 'pending'`,
  `create index portal_notifications_case_idx on portal_notifications (case_id, created_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['portal_notifications', 'notification_cursors', 'portal_subscriptions']) await sql.raw(`drop table ${table}`).execute(db);
}
