import type { Insertable } from 'kysely';
import type { AgenciesTable, AgencyFeedbackTable, AgencyRow } from '../schema.js';
import type { Executor } from './executor.js';
import type { Database } from '../open-database.js';
import { CHECK_LOG_COLUMNS, copyFile } from './check-log-rows.js';

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
 * Appends rows taken from a CheckLogRows (check-log-rows.ts) in one binary COPY: the cheapest way
 * for the database to take many rows (no SQL to parse, no values to read from text; ADR 0005).
 */
export async function appendCheckLog(database: Database, tuples: Uint8Array): Promise<void> {
  if (tuples.length === 0) return;
  await database.copyIn('agency_check_log', CHECK_LOG_COLUMNS, copyFile(tuples));
}

/**
 * The log within a time window, newest first. The window is what keeps a search by subject cheap:
 * the BRIN index on the check time narrows it to the window's blocks (migration check-log-lean).
 */
export function queryCheckLog(db: Executor, filter: { agencyId?: string; subjectId?: string; from: Date; to: Date; limit: number }) {
  let q = db
    .selectFrom('agency_check_log as l')
    .innerJoin('agencies as a', 'a.id', 'l.agency_id')
    .select(['l.id', 'l.agency_id', 'a.name as agency_name', 'l.checked_at', 'l.channel', 'l.scenario', 'l.subject_kind', 'l.subject_masked', 'l.decision', 'l.measure_ids', 'l.request_id']);
  q = q.where('l.checked_at', '>=', filter.from).where('l.checked_at', '<', filter.to);
  if (filter.agencyId) q = q.where('l.agency_id', '=', filter.agencyId);
  if (filter.subjectId) q = q.where('l.subject_id', '=', filter.subjectId);
  // (newest first by the check time: ids are drawn in blocks per connection, migration check-log-no-btree)
  return q.orderBy('l.checked_at', 'desc').orderBy('l.id', 'desc').limit(filter.limit).execute();
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
export function listBulkJobs(db: Executor, filter: { agencyId?: string; from: Date; to: Date; limit: number }) {
  let q = db
    .selectFrom('agency_bulk_jobs as b')
    .innerJoin('agencies as a', 'a.id', 'b.agency_id')
    .selectAll('b')
    .select(['a.name as agency_name'])
    .where('b.received_at', '>=', filter.from)
    .where('b.received_at', '<', filter.to);
  if (filter.agencyId) q = q.where('b.agency_id', '=', filter.agencyId);
  return q.orderBy('b.received_at', 'desc').limit(filter.limit).execute();
}
