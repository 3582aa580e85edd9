/**
 * Property controls and the enforcement-funds ledger (issue 4, ADR 0009 step 5, ADR 0010):
 * - `case_controls`: each freeze / seal / impound the case ordered on an item of property, with its
 *   term (民诉法解释 art. 485), its place in the institution's queue (查封规定 art. 26) and the act in
 *   progress (release, renew, deduct), whose request in the outbox names the control;
 * - `case_documents`: the rulings and notices of assistance as served, kept byte for byte so the
 *   hash a request carries is the hash of the file an institution is shown (issued before the
 *   control row that takes their number, hence the deferred reference);
 * - `cases.document_seq`: one counter for a case's documents (之一, 之二 …) across credit decisions
 *   and controls;
 * - `ledger_transactions` / `ledger_postings`: double entry, one virtual sub-account per case;
 *   entries are never edited or deleted (a trigger refuses it), only reversed. A deduction's
 *   receipt takes the bank's confirming reply's message id as its transaction id, so it is booked
 *   exactly once.
 */
import { sql, type Kysely } from 'kysely';

const UP = [
  `alter table cases add column document_seq integer not null default 0`,
  `update cases set document_seq = (select count(*) from credit_decisions d where d.case_id = cases.id)`,
  `create table case_controls (
    id uuid primary key,
    court_id text not null references courts(id),
    case_id uuid not null references cases(id),
    property_id uuid not null references case_properties(id),
    institution_id uuid not null references institutions(id),
    act text not null check (act in ('freeze', 'seal', 'impound')),
    state text not null check (state in ('requested', 'inEffect', 'waiting', 'refused', 'failed', 'released', 'lapsed', 'exhausted')),
    amount_fen bigint check (amount_fen > 0),
    held_fen bigint check (held_fen >= 0),
    deducted_fen bigint not null default 0 check (deducted_fen >= 0),
    value_fen bigint not null check (value_fen >= 0),
    divisible boolean not null,
    control_ref text,
    queue_ahead integer,
    term_class text not null,
    term_months integer not null check (term_months > 0),
    starts_on date,
    expires_on date,
    renew_by date,
    remind_on jsonb not null default '[]',
    override_ground text,
    override_note text,
    ruling_number text not null,
    pending_act text check (pending_act in ('release', 'renew', 'deduct')),
    pending_request_id uuid,
    ordered_by uuid not null references users(id),
    ordered_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  `create index case_controls_case_idx on case_controls (case_id)`,
  `create index case_controls_live_idx on case_controls (expires_on) where state = 'inEffect'`,
  `create index case_controls_property_idx on case_controls (institution_id, property_id)`,
  `alter table assist_requests add column control_id uuid references case_controls(id)`,
  `create table case_documents (
    id uuid primary key,
    court_id text not null references courts(id),
    case_id uuid not null references cases(id),
    kind text not null check (kind in ('controlRuling', 'assistanceNotice')),
    number text not null,
    issued_on date not null,
    title text not null,
    sha256 text not null,
    content bytea not null,
    control_id uuid references case_controls(id) deferrable initially deferred,
    institution_id uuid references institutions(id),
    created_by uuid not null references users(id),
    created_at timestamptz not null
  )`,
  `create index case_documents_case_idx on case_documents (case_id)`,
  `create table ledger_transactions (
    id text primary key,
    seq bigint generated always as identity unique,
    court_id text not null references courts(id),
    type text not null check (type in ('receipt', 'matchUnidentified', 'feeDeduction', 'allocateToPayee', 'disburse', 'refund', 'reversal')),
    case_id uuid references cases(id),
    reverses text unique references ledger_transactions(id),
    reason text,
    source text not null,
    source_ref text,
    booked_at timestamptz not null,
    booked_on date not null,
    memo text not null,
    created_by uuid references users(id)
  )`,
  `create index ledger_transactions_case_idx on ledger_transactions (case_id, booked_at)`,
  `create index ledger_transactions_court_idx on ledger_transactions (court_id, booked_on)`,
  `create table ledger_postings (
    id bigint generated always as identity primary key,
    transaction_id text not null references ledger_transactions(id),
    court_id text not null references courts(id),
    account_kind text not null check (account_kind in ('bank', 'case', 'unidentified', 'payee', 'costs', 'refund')),
    account_ref text not null,
    amount_fen bigint not null check (amount_fen <> 0)
  )`,
  `create index ledger_postings_account_idx on ledger_postings (account_kind, account_ref)`,
  `create index ledger_postings_tx_idx on ledger_postings (transaction_id)`,
  `create function zx_ledger_immutable() returns trigger language plpgsql as $$
   begin
     raise exception 'ledger entries are never changed, only reversed (%)', tg_table_name using errcode = '55000';
   end $$`,
  `create trigger ledger_transactions_immutable before update or delete on ledger_transactions for each row execute function zx_ledger_immutable()`,
  `create trigger ledger_postings_immutable before update or delete on ledger_postings for each row execute function zx_ledger_immutable()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of UP) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const s of [
    'drop table ledger_postings',
    'drop table ledger_transactions',
    'drop function zx_ledger_immutable',
    'drop table case_documents',
    'alter table assist_requests drop column control_id',
    'drop table case_controls',
    'alter table cases drop column document_seq',
  ])
    {await sql.raw(s).execute(db);}
}
