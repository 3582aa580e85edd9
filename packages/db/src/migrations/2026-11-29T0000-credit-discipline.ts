/**
 * Credit discipline (issue 3): decisions that list or restrict a case's debtor, the subjects each
 * binds, the change feed that keeps every server's check index and every agency's copy current,
 * agencies with their keys, the append-only check log, feedback, permits, corrections and identity
 * documents bound to one person.
 */
import { sql, type Kysely } from 'kysely';

const STATEMENTS = [
  `create table credit_decisions (
    id uuid primary key,
    court_id text not null references courts(id),
    case_id uuid not null references cases(id),
    kind text not null check (kind in ('dishonestListing', 'consumptionRestriction', 'exitRestriction')),
    status text not null check (status in ('pendingApproval', 'rejected', 'inGrace', 'published', 'removed')),
    document_number text not null unique,
    debtor_party_id uuid not null references case_parties(id),
    debtor_name text not null,
    ground text,
    facts text not null,
    grace_months integer not null default 0,
    period_years integer,
    extension_years integer not null default 0,
    aggravation text,
    attestations jsonb,
    on_applicant_request boolean not null,
    ex_officio_reason text,
    decision_date date not null,
    publish_on date,
    expires_on date,
    legal_basis text not null,
    proposed_by uuid not null references users(id),
    proposed_at timestamptz not null,
    approved_by uuid references users(id),
    approved_at timestamptz,
    rejected_reason text,
    published_at timestamptz,
    removal_ground text,
    removal_arisen_on date,
    removal_due_on date,
    removal_note text,
    removed_at timestamptz,
    removed_by uuid references users(id),
    relist_barred_until date,
    version integer not null default 1
  )`,
  `create index credit_decisions_court_status_idx on credit_decisions (court_id, status)`,
  `create index credit_decisions_case_idx on credit_decisions (case_id, proposed_at)`,
  `create index credit_decisions_publish_idx on credit_decisions (publish_on) where status = 'inGrace'`,
  `create index credit_decisions_expiry_idx on credit_decisions (expires_on) where status = 'published'`,
  `create table credit_subjects (
    id bigint generated always as identity primary key,
    decision_id uuid not null references credit_decisions(id),
    court_id text not null references courts(id),
    role text not null,
    subject_kind text not null check (subject_kind in ('person', 'organisation')),
    name text not null,
    id_number text,
    id_number_masked text,
    credit_code text,
    bound_to text,
    lifted_at timestamptz,
    lift_ground text,
    check ((subject_kind = 'person' and id_number is not null) or (subject_kind = 'organisation' and credit_code is not null))
  )`,
  `create index credit_subjects_decision_idx on credit_subjects (decision_id)`,
  `create index credit_subjects_id_number_idx on credit_subjects (id_number)`,
  `create index credit_subjects_credit_code_idx on credit_subjects (credit_code)`,
  `create index credit_subjects_name_idx on credit_subjects (name)`,
  // Sequence numbers are taken under the head row's lock, so commit order is seq order and a
  // reader that has seen seq n has seen everything before it (no gaps appear later).
  `create table credit_feed_head (id integer primary key check (id = 1), last_seq bigint not null)`,
  `insert into credit_feed_head (id, last_seq) values (1, 0)`,
  `create table credit_feed (
    seq bigint primary key,
    occurred_at timestamptz not null,
    op text not null check (op in ('add', 'remove', 'permit', 'revokePermit', 'alias', 'unalias')),
    ref bigint not null,
    court_id text references courts(id),
    payload jsonb not null
  )`,
  `create table consumption_permits (
    id bigint generated always as identity primary key,
    decision_id uuid not null references credit_decisions(id),
    subject_id bigint not null references credit_subjects(id),
    court_id text not null references courts(id),
    reason text not null,
    description text not null,
    scenarios text[] not null,
    valid_from date not null,
    valid_to date not null,
    granted_by uuid not null references users(id),
    granted_at timestamptz not null,
    revoked_at timestamptz
  )`,
  `create table identity_documents (
    id bigint generated always as identity primary key,
    court_id text not null references courts(id),
    id_number text not null,
    doc_type text not null,
    doc_number text not null,
    created_by uuid not null references users(id),
    created_at timestamptz not null,
    unique (doc_type, doc_number)
  )`,
  // Correction requests to the listing court (失信规定 arts. 11–12) and reconsiderations by the
  // next-higher court (of a dismissed correction, art. 12; of an exit restriction, 异议复议规定
  // art. 9). A reconsideration belongs to the higher court's queue: court_id is that court.
  `create table credit_corrections (
    id uuid primary key,
    kind text not null default 'correction' check (kind in ('correction', 'reconsideration')),
    parent_id uuid references credit_corrections(id),
    court_id text not null references courts(id),
    decision_id uuid not null references credit_decisions(id),
    applicant_name text not null,
    ground text not null,
    reason text not null,
    received_on date not null,
    review_due_on date not null,
    status text not null check (status in ('pending', 'granted', 'dismissed')),
    decided_on date,
    decided_by uuid references users(id),
    decision_note text,
    fix_due_on date,
    reconsideration_apply_by date
  )`,
  `create index credit_corrections_court_idx on credit_corrections (court_id, status)`,
  // The key of the privacy-preserving range check: shared with the agencies that hold the `range`
  // scope (so outsiders cannot precompute hashes of ID numbers), one per installation.
  `create table credit_settings (id integer primary key check (id = 1), range_key text not null)`,
  `insert into credit_settings (id, range_key) values (1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''))`,
  `create table agencies (
    id uuid primary key,
    name text not null,
    category text not null,
    scenarios text[] not null,
    scopes text[] not null,
    key_prefix text not null,
    key_hash text not null unique,
    rate_limit_per_minute integer not null,
    created_by uuid not null references users(id),
    created_at timestamptz not null,
    revoked_at timestamptz
  )`,
  `create table agency_check_log (
    id bigint generated always as identity primary key,
    agency_id uuid not null references agencies(id),
    checked_at timestamptz not null,
    channel text not null,
    scenario text not null,
    subject_kind text not null,
    subject_id text not null,
    subject_masked text not null,
    decision text not null,
    measure_ids bigint[] not null,
    request_id text
  )`,
  // A bulk comparison is logged as one row: who asked, when, for which act, and the whole list of
  // identities with each answer, gzip-compressed (a million row inserts would put the database
  // back on the hot path).
  `create table agency_bulk_jobs (
    id uuid primary key,
    agency_id uuid not null references agencies(id),
    received_at timestamptz not null,
    finished_at timestamptz not null,
    scenario text not null,
    rows integer not null,
    allowed integer not null,
    denied integer not null,
    reviewed integer not null,
    errors integer not null,
    answers_gz bytea not null,
    request_id text
  )`,
  `create index agency_bulk_jobs_agency_idx on agency_bulk_jobs (agency_id, received_at)`,
  `create index agency_check_log_agency_idx on agency_check_log (agency_id, checked_at)`,
  `create index agency_check_log_subject_idx on agency_check_log (subject_id)`,
  `create table agency_feedback (
    id uuid primary key,
    agency_id uuid not null references agencies(id),
    idempotency_key text not null,
    received_at timestamptz not null,
    kind text not null check (kind in ('intercepted', 'falsePositive')),
    scenario text not null,
    subject_kind text not null,
    subject_masked text not null,
    occurred_at timestamptz not null,
    measure_id bigint references credit_subjects(id),
    decision_id uuid references credit_decisions(id),
    case_id uuid references cases(id),
    court_id text references courts(id),
    note text not null,
    unique (agency_id, idempotency_key)
  )`,
  `create index agency_feedback_court_idx on agency_feedback (court_id, received_at)`,
];

/** The check log is append-only: an update or delete is refused by the database itself. */
const APPEND_ONLY = [
  `create function zx_refuse_change() returns trigger language plpgsql as $$
   begin raise exception 'append-only table %', tg_table_name; end $$`,
  `create trigger agency_check_log_append_only before update or delete on agency_check_log for each row execute function zx_refuse_change()`,
  `create trigger agency_bulk_jobs_append_only before update or delete on agency_bulk_jobs for each row execute function zx_refuse_change()`,
  `create trigger credit_feed_append_only before update or delete on credit_feed for each row execute function zx_refuse_change()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of [...STATEMENTS, ...APPEND_ONLY]) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = ['agency_feedback', 'agency_bulk_jobs', 'agency_check_log', 'agencies', 'credit_settings', 'credit_corrections', 'identity_documents', 'consumption_permits', 'credit_feed', 'credit_feed_head', 'credit_subjects', 'credit_decisions'];
  for (const table of tables) await sql.raw(`drop table ${table}`).execute(db);
  await sql.raw('drop function zx_refuse_change()').execute(db);
}
