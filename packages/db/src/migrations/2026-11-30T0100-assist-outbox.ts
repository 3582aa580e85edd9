/**
 * Networked inquiry (issue 4, ADR 0009): the outbox of signed requests, the replies received (each
 * once, booked or rejected with its reason, never lost), and the property records a case's
 * inquiries found. A request row is written in the transaction of the case event that orders it.
 */
import { sql, type Kysely } from 'kysely';

const UP = [
  `create table assist_requests (
    id uuid primary key,
    court_id text not null references courts(id),
    case_id uuid not null references cases(id),
    institution_id uuid not null references institutions(id),
    kind text not null check (kind in ('inquiry', 'control')),
    act text not null,
    idempotency_key text not null,
    envelope jsonb not null,
    state text not null check (state in ('queued', 'sent', 'answered', 'failed', 'timedOut')),
    attempts integer not null default 0,
    next_attempt_at timestamptz,
    sent_at timestamptz,
    due_at timestamptz,
    answered_at timestamptz,
    created_by uuid not null references users(id),
    created_at timestamptz not null,
    unique (institution_id, idempotency_key)
  )`,
  `create index assist_requests_queued_idx on assist_requests (next_attempt_at) where state = 'queued'`,
  `create index assist_requests_case_idx on assist_requests (case_id)`,
  `create table assist_replies (
    id bigint generated always as identity primary key,
    message_id text not null,
    request_id uuid references assist_requests(id),
    institution_id uuid references institutions(id),
    received_at timestamptz not null,
    envelope jsonb not null,
    outcome text not null check (outcome in ('booked', 'rejected')),
    reason_code text,
    reason text
  )`,
  // A reply is booked once, however often it is delivered.
  `create unique index assist_replies_booked_uq on assist_replies (message_id) where outcome = 'booked'`,
  `create index assist_replies_request_idx on assist_replies (request_id)`,
  `create table case_properties (
    id uuid primary key,
    court_id text not null references courts(id),
    case_id uuid not null references cases(id),
    institution_id uuid not null references institutions(id),
    kind text not null,
    ref text not null,
    description text not null,
    balance_fen bigint,
    valuation_fen bigint,
    valuation_basis text,
    encumbrances jsonb not null,
    found_at timestamptz not null,
    updated_at timestamptz not null,
    source_request uuid not null references assist_requests(id),
    unique (case_id, institution_id, ref)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of UP) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['case_properties', 'assist_replies', 'assist_requests']) await sql.raw(`drop table ${t}`).execute(db);
}
