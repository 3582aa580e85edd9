import { sql, type Insertable, type Updateable } from 'kysely';
import type { CaseControlsTable, CaseDocumentsTable } from '../schema.js';
import type { Executor } from './executor.js';

export async function insertCaseControl(db: Executor, row: Insertable<CaseControlsTable>): Promise<void> {
  await db.insertInto('case_controls').values(row).execute();
}

export function findCaseControl(db: Executor, id: string, options: { lock?: boolean } = {}) {
  const q = db.selectFrom('case_controls').selectAll().where('id', '=', id);
  return (options.lock ? q.forUpdate() : q).executeTakeFirst();
}

export function listCaseControls(db: Executor, caseId: string) {
  return db.selectFrom('case_controls').selectAll().where('case_id', '=', caseId).orderBy('ordered_at').orderBy('id').execute();
}

/** Every control of the platform's courts on one item at one institution (the platform's view of its queue). */
export function listControlsOnProperty(db: Executor, institutionId: string, ref: string) {
  return db
    .selectFrom('case_controls as c')
    .innerJoin('case_properties as p', 'p.id', 'c.property_id')
    .selectAll('c')
    .where('c.institution_id', '=', institutionId)
    .where('p.ref', '=', ref)
    .orderBy('c.ordered_at')
    .execute();
}

export async function updateCaseControl(db: Executor, id: string, patch: Updateable<CaseControlsTable>): Promise<void> {
  await db.updateTable('case_controls').set(patch).where('id', '=', id).execute();
}

/** Controls in effect whose reminder day or expiry is due by `today`, for the daily scan. */
export function listControlsToScan(db: Executor, today: string, courtIds?: readonly string[]) {
  let q = db.selectFrom('case_controls').selectAll().where('state', '=', 'inEffect').where('expires_on', 'is not', null).where('renew_by', '<=', sql<string>`(${today}::date + 31)`);
  if (courtIds) q = q.where('court_id', 'in', [...courtIds]);
  return q.orderBy('expires_on').execute();
}

/** The controls in effect across courts with their expiry in a window: the seizure expiry calendar. */
export function listExpiringControls(db: Executor, courtIds: readonly string[], from: string, to: string) {
  if (courtIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('case_controls as c')
    .innerJoin('cases as k', 'k.id', 'c.case_id')
    .innerJoin('case_properties as p', 'p.id', 'c.property_id')
    .innerJoin('institutions as i', 'i.id', 'c.institution_id')
    .select(['c.id', 'c.case_id', 'k.case_number', 'c.court_id', 'c.act', 'c.state', 'c.expires_on', 'c.renew_by', 'c.pending_act', 'p.kind', 'p.description', 'p.ref', 'i.name as institution_name', 'c.held_fen', 'c.deducted_fen'])
    .where('c.court_id', 'in', [...courtIds])
    .where('c.state', '=', 'inEffect')
    .where('c.expires_on', '>=', from)
    .where('c.expires_on', '<=', to)
    .orderBy('c.expires_on')
    .orderBy('k.case_number')
    .execute();
}

/** The next number of a case's documents (之一, 之二 …), counted once for all kinds; locks the case row. */
export async function nextDocumentOrdinal(db: Executor, caseId: string): Promise<number> {
  const r = await db.updateTable('cases').set((eb) => ({ document_seq: eb('document_seq', '+', 1) })).where('id', '=', caseId).returning('document_seq').executeTakeFirstOrThrow();
  return r.document_seq;
}

export async function insertCaseDocuments(db: Executor, rows: readonly Insertable<CaseDocumentsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('case_documents').values([...rows]).execute();
}

export function listCaseDocuments(db: Executor, caseId: string) {
  return db
    .selectFrom('case_documents')
    .select(['id', 'court_id', 'case_id', 'kind', 'number', 'issued_on', 'title', 'sha256', 'control_id', 'institution_id', 'created_at'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('kind', 'desc')
    .execute();
}

export function findCaseDocument(db: Executor, id: string) {
  return db.selectFrom('case_documents').selectAll().where('id', '=', id).executeTakeFirst();
}
