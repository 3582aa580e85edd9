/**
 * Paying enforcement funds out (issue 4, ADR 0010): every receipt into a case's sub-account starts
 * the 30-day clock (法发〔2017〕6号) and is settled, oldest first, by what is paid out or taken as
 * costs; a delay on a lawful ground is approved by the bureau head or the president; a payment is
 * proposed, approved (the allocation is booked) and then paid (the disbursement is booked).
 */
import { sql, type Kysely } from 'kysely';

const UP = [
  `create table fund_receipts (
    transaction_id text primary key references ledger_transactions(id),
    court_id text not null references courts(id),
    case_id uuid not null references cases(id),
    amount_fen bigint not null check (amount_fen > 0),
    channel text not null check (channel in ('deduction', 'voluntary', 'auction', 'other')),
    payer text not null,
    arrival_on date not null,
    settled_fen bigint not null default 0 check (settled_fen >= 0),
    settled_on date,
    delay_ground text,
    delay_note text,
    delay_approved_on date,
    delay_approved_by uuid references users(id),
    reversed boolean not null default false,
    check (settled_fen <= amount_fen)
  )`,
  `create index fund_receipts_open_idx on fund_receipts (court_id, arrival_on) where settled_on is null and not reversed`,
  `create index fund_receipts_case_idx on fund_receipts (case_id)`,
  `create table fund_payouts (
    id uuid primary key,
    court_id text not null references courts(id),
    case_id uuid not null references cases(id),
    payee_party_id uuid not null,
    payee_name text not null,
    amount_fen bigint not null check (amount_fen > 0),
    account text not null,
    note text not null,
    state text not null check (state in ('proposed', 'approved', 'paid', 'rejected')),
    allocate_tx text references ledger_transactions(id),
    disburse_tx text references ledger_transactions(id),
    proposed_by uuid not null references users(id),
    proposed_at timestamptz not null,
    decided_by uuid references users(id),
    decided_at timestamptz,
    decision_note text,
    paid_by uuid references users(id),
    paid_on date,
    bank_serial text
  )`,
  `create index fund_payouts_case_idx on fund_payouts (case_id)`,
  `create index fund_payouts_open_idx on fund_payouts (court_id, state) where state in ('proposed', 'approved')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of UP) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['fund_payouts', 'fund_receipts']) await sql.raw(`drop table ${t}`).execute(db);
}
