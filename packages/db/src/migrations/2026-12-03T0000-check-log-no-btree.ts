/**
 * The agency check log, leaner still (ADR 0005, "The check log"): every check an agency makes is a
 * row, written by COPY at the rate agencies check, on the same cores that answer the checks. Measured
 * on the 2-core machine (200,000 rows a COPY, PostgreSQL 15), the database's time per row:
 * - 6.3 µs as it was (identity primary key, B-tree on agency and time, BRIN on time);
 * - 2.8–3.3 µs with only the BRIN index on the check time and the identity drawing 1,000 numbers
 *   at a time (a `nextval` per row otherwise, each logged).
 * Reads are windowed by the check time (at most 92 days, query-check-log.ts), which the BRIN index
 * narrows to the window's blocks; the agency and the subject are filters within the window. The id
 * stays unique (generated always) but, drawn in blocks per connection, no longer orders rows in
 * time: the log is read newest first by its check time.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of [
    `alter table agency_check_log drop constraint agency_check_log_pkey`,
    `drop index agency_check_log_agency_idx`,
    `alter table agency_check_log alter column id set cache 1000`,
  ]) {
    await sql.raw(s).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const s of [
    `alter table agency_check_log alter column id set cache 1`,
    `create index agency_check_log_agency_idx on agency_check_log (agency_id, checked_at)`,
    `alter table agency_check_log add primary key (id)`,
  ]) {
    await sql.raw(s).execute(db);
  }
}
