import { sql, type Insertable } from 'kysely';
import type { AgenciesTable, AgencyCheckLogTable, AgencyFeedbackTable, AgencyRow } from '../schema.js';
import type { Executor } from './executor.js';

export async function insertAgency(db: Executor, row: Insertable<AgenciesTable>): Promise<void> {
  await db.insertInto('agencies').values(row).execute();
}

export function listAgencies(db: Executor): Promise<AgencyRow[]> {
  return db.selectFrom('agencies').selectAll().orderBy('created_at').orderBy('id').execute();
}

export async function revokeAgency(db: Executor, id: string, at: Date): Promise<boolean> {
  const r = await db.updateTable('agencies').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * A batch of check-log rows in one statement over arrays (unnest): one parse and plan however many
 * rows, far cheaper than a VALUES list with eleven parameters per row (the log is append-only).
 */
export async function insertCheckLog(db: Executor, rows: ReadonlyArray<Insertable<AgencyCheckLogTable>>): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof Insertable<AgencyCheckLogTable>>(k: K) => rows.map((r) => r[k]);
  await sql`
    insert into agency_check_log (agency_id, checked_at, channel, scenario, subject_kind, subject_id, subject_masked, decision, measure_ids, request_id)
    select a, t, c, s, k, i, m, d, case when ids = '' then '{}'::bigint[] else string_to_array(ids, ',')::bigint[] end, q
    from unnest(${col('agency_id')}::uuid[], ${col('checked_at').map((d) => (d instanceof Date ? d.toISOString() : d))}::timestamptz[], ${col('channel')}::text[], ${col('scenario')}::text[],
                ${col('subject_kind')}::text[], ${col('subject_id')}::text[], ${col('subject_masked')}::text[], ${col('decision')}::text[],
                ${rows.map((r) => (r.measure_ids).join(','))}::text[], ${col('request_id')}::text[])
      as x(a, t, c, s, k, i, m, d, ids, q)`.execute(db);
}

export function queryCheckLog(db: Executor, filter: { agencyId?: string; subjectId?: string; limit: number }) {
  let q = db
    .selectFrom('agency_check_log as l')
    .innerJoin('agencies as a', 'a.id', 'l.agency_id')
    .select(['l.id', 'l.agency_id', 'a.name as agency_name', 'l.checked_at', 'l.channel', 'l.scenario', 'l.subject_kind', 'l.subject_masked', 'l.decision', 'l.measure_ids', 'l.request_id']);
  if (filter.agencyId) q = q.where('l.agency_id', '=', filter.agencyId);
  if (filter.subjectId) q = q.where('l.subject_id', '=', filter.subjectId);
  return q.orderBy('l.id', 'desc').limit(filter.limit).execute();
}

/** Inserts feedback once per (agency, idempotency key); returns the stored row either way. */
export async function insertFeedback(db: Executor, row: Insertable<AgencyFeedbackTable>) {
  await db
    .insertInto('agency_feedback')
    .values(row)
    .onConflict((oc) => oc.columns(['agency_id', 'idempotency_key']).doNothing())
    .execute();
  return db
    .selectFrom('agency_feedback')
    .selectAll()
    .where('agency_id', '=', row.agency_id)
    .where('idempotency_key', '=', row.idempotency_key)
    .executeTakeFirstOrThrow();
}

export function listFeedback(db: Executor, filter: { courtIds: readonly string[]; agencyId?: string; caseId?: string; limit: number }) {
  let q = db
    .selectFrom('agency_feedback as f')
    .innerJoin('agencies as a', 'a.id', 'f.agency_id')
    .leftJoin('cases as k', 'k.id', 'f.case_id')
    .selectAll('f')
    .select(['a.name as agency_name', 'a.category as agency_category', 'k.case_number'])
    .where('f.court_id', 'in', filter.courtIds);
  if (filter.agencyId) q = q.where('f.agency_id', '=', filter.agencyId);
  if (filter.caseId) q = q.where('f.case_id', '=', filter.caseId);
  return q.orderBy('f.received_at', 'desc').limit(filter.limit).execute();
}

/** Recent bulk comparison jobs (each holding its compressed list of identities and answers). */
export function listBulkJobs(db: Executor, filter: { agencyId?: string; limit: number }) {
  let q = db.selectFrom('agency_bulk_jobs as b').innerJoin('agencies as a', 'a.id', 'b.agency_id').selectAll('b').select(['a.name as agency_name']);
  if (filter.agencyId) q = q.where('b.agency_id', '=', filter.agencyId);
  return q.orderBy('b.received_at', 'desc').limit(filter.limit).execute();
}
