/**
 * Distribution plans (参与分配, 民诉法解释 arts. 506–514; issue 4): the plan as computed and served,
 * its document among the case's documents, and per party the dates of service that start the
 * 15 + 15 + 15-day periods (arts. 509–510).
 */
import { sql, type Kysely } from 'kysely';

const UP = [
  `alter table case_documents drop constraint case_documents_kind_check`,
  `alter table case_documents add constraint case_documents_kind_check check (kind in ('controlRuling', 'assistanceNotice', 'distributionPlan'))`,
  `create table distribution_plans (
    id uuid primary key,
    court_id text not null references courts(id),
    case_id uuid not null references cases(id),
    number text not null,
    proceeds_source text not null,
    amount_fen bigint not null check (amount_fen >= 0),
    costs_fen bigint not null check (costs_fen >= 0),
    debtor_kind text not null,
    claims jsonb not null,
    lines jsonb not null,
    surplus_fen bigint not null check (surplus_fen >= 0),
    document_id uuid not null references case_documents(id),
    services jsonb not null default '[]',
    created_by uuid not null references users(id),
    created_at timestamptz not null
  )`,
  `create index distribution_plans_case_idx on distribution_plans (case_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of UP) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table distribution_plans').execute(db);
  await sql.raw(`alter table case_documents drop constraint case_documents_kind_check`).execute(db);
  await sql.raw(`alter table case_documents add constraint case_documents_kind_check check (kind in ('controlRuling', 'assistanceNotice'))`).execute(db);
}
