/**
 * Foundation schema: courts, users and sessions, cases with parties and claims, node deadlines,
 * the hash-chained event log, passive-enforcement warnings, the job table and the holiday table.
 *
 * A case's parties, claims and deadlines reference it with deferrable keys: filing writes them
 * before the case row, so the court's case-number lock is held for as short a time as possible.
 *
 * Frozen in time: this file never imports application code (Kysely migration guide). Every
 * case-scoped table carries court_id so cases can later be partitioned by court (architecture.md
 * "Scale"). Money is integer fen in bigint. Dates of legal periods are `date` (CST calendar days).
 */
import { sql, type Kysely } from 'kysely';

const STATEMENTS: readonly string[] = [
  `create table courts (
    id text primary key,
    code text not null unique,
    name text not null,
    name_en text not null,
    level text not null check (level in ('high', 'intermediate', 'basic')),
    parent_id text references courts(id),
    created_at timestamptz not null default now()
  )`,
  `create table users (
    id uuid primary key,
    username text not null unique,
    display_name text not null,
    password_hash text not null,
    role text not null,
    court_id text not null references courts(id),
    failed_attempts integer not null default 0,
    locked_until timestamptz,
    disabled boolean not null default false,
    created_at timestamptz not null default now()
  )`,
  `create index users_court_idx on users (court_id)`,
  `create table sessions (
    token_hash text primary key,
    user_id uuid not null references users(id),
    csrf_token text not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz
  )`,
  `create index sessions_user_idx on sessions (user_id)`,
  `create table api_tokens (
    id uuid primary key,
    name text not null,
    token_hash text not null unique,
    token_prefix text not null,
    scopes text[] not null,
    court_id text references courts(id),
    created_by uuid not null references users(id),
    created_at timestamptz not null,
    revoked_at timestamptz
  )`,
  `create table case_number_counters (
    court_id text not null references courts(id),
    year integer not null,
    case_type text not null,
    last_sequence integer not null,
    primary key (court_id, year, case_type)
  )`,
  `create table cases (
    id uuid primary key,
    court_id text not null references courts(id),
    case_number text not null unique,
    case_type text not null,
    year integer not null,
    sequence integer not null,
    stage text not null,
    handler_id uuid references users(id),
    filed_on date not null,
    received_on date not null,
    cause text not null,
    basis_type text not null,
    basis_issuer text not null,
    basis_document_number text not null,
    basis_effective_date date not null,
    performance_deadline date,
    non_litigation boolean not null,
    application_limit_end date not null,
    past_application_limit boolean not null,
    notice_served_on date,
    suspension jsonb,
    excluded_days integer not null default 0,
    extension_months integer not null default 0,
    extension_count integer not null default 0,
    pending_extension jsonb,
    closing_method text,
    closed_on date,
    claim_total_fen bigint not null,
    applicant_names text not null,
    debtor_names text not null,
    next_due_date date,
    overdue boolean not null default false,
    last_action_on date not null,
    version integer not null default 1,
    created_by uuid not null references users(id),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    unique (court_id, year, case_type, sequence)
  )`,
  `create index cases_court_due_idx on cases (court_id, next_due_date, id)`,
  `create index cases_court_stage_idx on cases (court_id, stage, next_due_date)`,
  `create index cases_handler_idx on cases (handler_id, next_due_date)`,
  `create index cases_due_idx on cases (next_due_date, id)`,
  `create index cases_overdue_idx on cases (court_id, next_due_date) where overdue`,
  `create table case_parties (
    id uuid primary key,
    case_id uuid not null references cases(id) deferrable initially deferred,
    court_id text not null references courts(id),
    position integer not null,
    party_role text not null check (party_role in ('applicant', 'debtor')),
    kind text not null check (kind in ('person', 'organisation')),
    name text not null,
    id_number text,
    id_number_masked text,
    credit_code text,
    birth_date date,
    legal_representative text,
    address text,
    phone text
  )`,
  `create index case_parties_case_idx on case_parties (case_id, position)`,
  `create index case_parties_name_idx on case_parties (court_id, name)`,
  `create index case_parties_id_number_idx on case_parties (id_number)`,
  `create index case_parties_credit_code_idx on case_parties (credit_code)`,
  `create table case_claims (
    id uuid primary key,
    case_id uuid not null references cases(id) deferrable initially deferred,
    court_id text not null references courts(id),
    position integer not null,
    kind text not null check (kind in ('principal', 'interest', 'costs', 'nonMoney')),
    amount_fen bigint,
    description text not null
  )`,
  `create index case_claims_case_idx on case_claims (case_id, position)`,
  `create table case_deadlines (
    case_id uuid not null references cases(id) deferrable initially deferred,
    court_id text not null references courts(id),
    node text not null,
    due_date date not null,
    done_on date,
    paused boolean not null default false,
    uncovered_years integer[] not null default '{}',
    legal_basis text not null,
    primary key (case_id, node)
  )`,
  `create table audit_chain_heads (
    court_id text primary key references courts(id),
    last_seq bigint not null,
    last_hash text not null
  )`,
  `create table case_events (
    id bigserial primary key,
    court_id text not null references courts(id),
    seq bigint not null,
    case_id uuid references cases(id),
    occurred_at timestamptz not null,
    actor_id uuid,
    actor_role text not null,
    actor_court_id text,
    action text not null,
    payload text not null,
    prev_hash text not null,
    hash text not null,
    unique (court_id, seq)
  )`,
  `create index case_events_case_idx on case_events (case_id, seq)`,
  `create table warnings (
    id uuid primary key,
    court_id text not null references courts(id),
    case_id uuid not null references cases(id),
    kind text not null,
    node text not null,
    due_date date,
    days integer not null,
    message_zh text not null,
    message_en text not null,
    detected_on date not null,
    resolved_on date
  )`,
  `create unique index warnings_open_idx on warnings (case_id, kind, node) where resolved_on is null`,
  `create index warnings_court_idx on warnings (court_id, resolved_on)`,
  `create table jobs (
    id bigserial primary key,
    kind text not null,
    run_at timestamptz not null,
    payload jsonb not null default '{}',
    status text not null default 'pending' check (status in ('pending', 'running', 'done', 'failed')),
    attempts integer not null default 0,
    max_attempts integer not null default 5,
    locked_until timestamptz,
    last_error text,
    singleton_key text,
    created_at timestamptz not null default now(),
    finished_at timestamptz
  )`,
  `create index jobs_due_idx on jobs (run_at) where status in ('pending', 'running')`,
  `create unique index jobs_singleton_idx on jobs (singleton_key) where status in ('pending', 'running')`,
  `create table calendar_years (
    year integer primary key,
    holidays date[] not null,
    makeup_workdays date[] not null,
    source text not null,
    entered_by uuid references users(id),
    entered_at timestamptz not null
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement per query: PGlite's extended protocol runs a single statement at a time.
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = ['calendar_years', 'jobs', 'warnings', 'case_events', 'audit_chain_heads', 'case_deadlines', 'case_claims', 'case_parties', 'cases', 'case_number_counters', 'api_tokens', 'sessions', 'users', 'courts'];
  for (const table of tables) await sql.raw(`drop table ${table}`).execute(db);
}
