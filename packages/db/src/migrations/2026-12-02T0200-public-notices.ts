/**
 * Notices the court publishes on the portal (issue 5): reward notices (悬赏公告, 财产调查规定 arts.
 * 21–22) and online auction notices (网络司法拍卖规定 arts. 12–13), on a case and its debtor; and the
 * link from a property clue to the reward notice it answers (arts. 23–24: clues are registered in order).
 */
import { sql, type Kysely } from 'kysely';

const UP = [
  `create table public_notices (
    id uuid primary key,
    kind text not null check (kind in ('reward', 'auction')),
    court_id text not null references courts(id),
    case_id uuid not null references cases(id),
    debtor_party_id uuid not null references case_parties(id),
    title text not null,
    details jsonb not null,
    publish_on date not null,
    ends_on date,
    withdrawn_at timestamptz,
    withdrawn_reason text,
    created_by uuid not null references users(id),
    created_at timestamptz not null
  )`,
  `create index public_notices_live_idx on public_notices (kind, publish_on desc) where withdrawn_at is null`,
  `create index public_notices_case_idx on public_notices (case_id)`,
  `alter table portal_submissions add column reward_notice_id uuid references public_notices(id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table portal_submissions drop column reward_notice_id').execute(db);
  await sql.raw('drop table public_notices').execute(db);
}
