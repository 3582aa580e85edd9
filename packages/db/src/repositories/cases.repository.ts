import { sql, type Insertable } from 'kysely';
import type { CaseClaimsTable, CaseDeadlinesTable, CasePartiesTable, CaseRow, CaseUpdate, NewCase } from '../schema.js';
import type { Executor } from './executor.js';

export async function insertCase(trx: Executor, row: NewCase): Promise<CaseRow> {
  return trx.insertInto('cases').values(row).returningAll().executeTakeFirstOrThrow();
}

/**
 * A new case's parties, claims and node deadlines in one statement. Their keys to the case are
 * checked at commit (deferrable), so this runs before the case row and its numbering lock.
 */
export async function insertCaseChildren(
  trx: Executor,
  rows: { parties: Insertable<CasePartiesTable>[]; claims: Insertable<CaseClaimsTable>[]; deadlines: Insertable<CaseDeadlinesTable>[] },
): Promise<void> {
  await trx
    .with('parties', (qc) => qc.insertInto('case_parties').values(rows.parties))
    .with('claims', (qc) => qc.insertInto('case_claims').values(rows.claims))
    .insertInto('case_deadlines')
    .values(rows.deadlines)
    .execute();
}

export function findCase(db: Executor, id: string): Promise<CaseRow | undefined> {
  return db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Reads the case and locks its row until the transaction ends. */
export function lockCase(trx: Executor, id: string): Promise<CaseRow | undefined> {
  return trx.selectFrom('cases').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Optimistic update: only when the stored version is still `version`; returns the new row or undefined. */
export function updateCaseIfVersion(trx: Executor, id: string, version: number, patch: CaseUpdate): Promise<CaseRow | undefined> {
  return trx
    .updateTable('cases')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export function listParties(db: Executor, caseId: string) {
  return db.selectFrom('case_parties').selectAll().where('case_id', '=', caseId).orderBy('position').execute();
}

export function findParty(db: Executor, caseId: string, partyId: string) {
  return db.selectFrom('case_parties').selectAll().where('case_id', '=', caseId).where('id', '=', partyId).executeTakeFirst();
}

export function listClaims(db: Executor, caseId: string) {
  return db.selectFrom('case_claims').selectAll().where('case_id', '=', caseId).orderBy('position').execute();
}

export function listDeadlines(db: Executor, caseId: string) {
  return db.selectFrom('case_deadlines').selectAll().where('case_id', '=', caseId).execute();
}

export async function replaceDeadlines(trx: Executor, caseId: string, rows: Insertable<CaseDeadlinesTable>[]): Promise<void> {
  await trx.deleteFrom('case_deadlines').where('case_id', '=', caseId).execute();
  if (rows.length) await trx.insertInto('case_deadlines').values(rows).execute();
}

export interface CaseListFilter {
  courtIds: readonly string[];
  stage?: string;
  handlerId?: string;
  overdue?: boolean;
  open?: boolean;
  /** Case-number fragment or party name fragment. */
  q?: string;
  sort: 'dueDate' | 'filedOn' | 'caseNumber';
  order?: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** The filtered, paginated case list of the given courts, with handler and court names. */
export async function listCases(db: Executor, f: CaseListFilter) {
  // The filters touch only `cases`, so the count runs without the joins (an index-only scan).
  let q = db.selectFrom('cases as k').where('k.court_id', 'in', f.courtIds.length ? [...f.courtIds] : ['']);
  if (f.stage) q = q.where('k.stage', '=', f.stage);
  if (f.handlerId) q = q.where('k.handler_id', '=', f.handlerId);
  if (f.overdue !== undefined) q = q.where('k.overdue', '=', f.overdue);
  if (f.open === true) q = q.where('k.stage', '!=', 'closed');
  if (f.open === false) q = q.where('k.stage', '=', 'closed');
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    // One LIKE over the three searchable columns: one pass per row instead of three.
    q = q.where(sql<string>`k.case_number || E'\n' || k.applicant_names || E'\n' || k.debtor_names`, 'like', like);
  }
  const countRow = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  let rows = q
    .innerJoin('courts as c', 'c.id', 'k.court_id')
    .leftJoin('users as h', 'h.id', 'k.handler_id')
    .select([
    'k.id',
    'k.case_number',
    'k.court_id',
    'c.name as court_name',
    'c.name_en as court_name_en',
    'k.case_type',
    'k.stage',
    'k.cause',
    'k.applicant_names',
    'k.debtor_names',
    'h.display_name as handler_name',
    'k.filed_on',
    'k.next_due_date',
    'k.overdue',
    'k.suspension',
    'k.claim_total_fen',
  ]);
  const order = f.order ?? (f.sort === 'dueDate' ? 'asc' : 'desc');
  // Cases without a pending due date (closed, or paused) sort last either way.
  if (f.sort === 'dueDate') rows = rows.orderBy(sql`k.next_due_date ${sql.raw(order)} nulls last`).orderBy('k.id', order);
  else if (f.sort === 'filedOn') rows = rows.orderBy('k.filed_on', order).orderBy('k.id', order);
  else rows = rows.orderBy('k.year', order).orderBy('k.court_id').orderBy('k.sequence', order);
  const items = await rows.limit(f.limit).offset(f.offset).execute();
  return { total: Number(countRow.n), items };
}

/** Open cases in id order, a page at a time, for the daily deadline scan. */
export function openCasesPage(db: Executor, afterId: string | null, limit: number) {
  let q = db.selectFrom('cases').selectAll().where('stage', '!=', 'closed');
  if (afterId) q = q.where('id', '>', afterId);
  return q.orderBy('id').limit(limit).execute();
}

export async function setOverdue(db: Executor, caseId: string, overdue: boolean): Promise<void> {
  await db.updateTable('cases').set({ overdue }).where('id', '=', caseId).where('overdue', '!=', overdue).execute();
}
