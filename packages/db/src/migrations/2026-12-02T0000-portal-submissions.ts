/**
 * What the public and the parties hand in on the portal (issue 5): online filing requests, property
 * clues, objections, complaints and appointment requests, each with its receipt number, its status
 * and the deadlines of its kind (domain submission-rules.ts); their attachments, kept as bytes in the
 * database (a submitter's file name is only a label and never reaches the file system); and the
 * affairs hall's appointment seats, one row per taken seat so two people can never book the last one.
 */
import { sql, type Kysely } from 'kysely';

const UP = [
  `create table portal_submissions (
    id uuid primary key,
    receipt_number text not null unique,
    kind text not null check (kind in ('filingRequest', 'propertyClue', 'objection', 'complaint', 'appointment')),
    court_id text not null references courts(id),
    case_id uuid references cases(id),
    party_id uuid references case_parties(id),
    status text not null check (status in ('received', 'registered', 'answered', 'notAccepted')),
    submitter jsonb not null,
    details jsonb not null,
    urgent boolean not null default false,
    slot text,
    received_at timestamptz not null,
    received_on date not null,
    register_by date,
    answer_by date,
    registered_at timestamptz,
    registered_by uuid references users(id),
    closed_at timestamptz,
    closed_by uuid references users(id),
    reply text,
    filed_case_id uuid references cases(id),
    version integer not null default 1
  )`,
  `create index portal_submissions_queue_idx on portal_submissions (court_id, kind, status, received_at)`,
  `create index portal_submissions_case_idx on portal_submissions (case_id) where case_id is not null`,
  `create table portal_submission_attachments (
    id uuid primary key,
    submission_id uuid not null references portal_submissions(id),
    position integer not null,
    label text not null,
    media_type text not null,
    size_bytes integer not null check (size_bytes > 0),
    content bytea not null,
    unique (submission_id, position)
  )`,
  `create table appointment_seats (
    court_id text not null references courts(id),
    slot text not null,
    seat integer not null check (seat > 0),
    submission_id uuid not null unique references portal_submissions(id),
    primary key (court_id, slot, seat)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['appointment_seats', 'portal_submission_attachments', 'portal_submissions']) await sql.raw(`drop table ${table}`).execute(db);
}
