/**
 * Party access on the public portal (issue 5): each applicant's and debtor's query code (only its
 * SHA-256 with the party's id is kept), the per-case lock after wrong codes, and the sessions a
 * verified party holds (only the token's SHA-256 is kept, as for staff sessions).
 */
import { sql, type Kysely } from 'kysely';

const UP = [
  `create table party_query_codes (
    party_id uuid primary key references case_parties(id) deferrable initially deferred,
    case_id uuid not null references cases(id) deferrable initially deferred,
    court_id text not null references courts(id),
    code_hash text not null,
    issued_at timestamptz not null,
    issued_by uuid references users(id)
  )`,
  `create index party_query_codes_case_idx on party_query_codes (case_id)`,
  `create table portal_access_locks (
    case_id uuid primary key references cases(id),
    failures integer not null default 0 check (failures >= 0),
    locked_until timestamptz
  )`,
  `create table portal_sessions (
    token_hash text primary key,
    case_id uuid not null references cases(id),
    party_id uuid not null references case_parties(id),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    ended_at timestamptz
  )`,
  `create index portal_sessions_case_idx on portal_sessions (case_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['portal_sessions', 'portal_access_locks', 'party_query_codes']) await sql.raw(`drop table ${table}`).execute(db);
}
