/**
 * The agency check log is written at the rate agencies check (tens of thousands of rows a
 * second at peak), so each row must be cheap for the database (ADR 0005, "The check log"):
 * - no foreign key to `agencies`: a per-row referential-integrity trigger for a value the server
 *   takes from its own agency book, loaded from that table, of agencies that are never deleted
 *   (a revoked agency keeps its row);
 * - no B-tree on the subject: random keys touch a random index page per row (and a full-page
 *   image in the WAL after each checkpoint) — it cost three times the row itself. A search by
 *   subject is a rare supervisory read: it is bounded to a time window and found through a BRIN
 *   index on the check time, which costs next to nothing to keep because rows arrive in time order.
 */
import { sql, type Kysely } from 'kysely';

const UP = [
  `alter table agency_check_log drop constraint agency_check_log_agency_id_fkey`,
  `drop index agency_check_log_subject_idx`,
  `create index agency_check_log_checked_brin on agency_check_log using brin (checked_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of UP) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `drop index agency_check_log_checked_brin`,
    `create index agency_check_log_subject_idx on agency_check_log (subject_id)`,
    `alter table agency_check_log add constraint agency_check_log_agency_id_fkey foreign key (agency_id) references agencies(id)`,
  ];
  for (const s of statements) await sql.raw(s).execute(db);
}
