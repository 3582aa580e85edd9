import type { Insertable, Updateable } from 'kysely';
import type { CreditDecisionRow, CreditDecisionsTable, CreditSubjectRow, CreditSubjectsTable } from '../schema.js';
import type { Executor } from './executor.js';

export async function insertCreditDecision(db: Executor, decision: Insertable<CreditDecisionsTable>, subjects: ReadonlyArray<Omit<Insertable<CreditSubjectsTable>, 'decision_id' | 'court_id'>>): Promise<CreditSubjectRow[]> {
  await db.insertInto('credit_decisions').values(decision).execute();
  return db
    .insertInto('credit_subjects')
    .values(subjects.map((s) => ({ ...s, decision_id: decision.id, court_id: decision.court_id })))
    .returningAll()
    .execute();
}

export function findCreditDecision(db: Executor, id: string): Promise<CreditDecisionRow | undefined> {
  return db.selectFrom('credit_decisions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findCreditDecisionForUpdate(db: Executor, id: string): Promise<CreditDecisionRow | undefined> {
  return db.selectFrom('credit_decisions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Optimistic update: returns false when the version moved (another act won). */
export async function updateCreditDecision(db: Executor, id: string, version: number, patch: Updateable<CreditDecisionsTable>): Promise<boolean> {
  const r = await db
    .updateTable('credit_decisions')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function listCreditSubjects(db: Executor, decisionIds: readonly string[]): Promise<CreditSubjectRow[]> {
  if (decisionIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('credit_subjects').selectAll().where('decision_id', 'in', decisionIds).orderBy('id').execute();
}

export function listCaseCreditDecisions(db: Executor, caseId: string): Promise<CreditDecisionRow[]> {
  return db.selectFrom('credit_decisions').selectAll().where('case_id', '=', caseId).orderBy('proposed_at').orderBy('id').execute();
}

export function countCourtDecisions(db: Executor, courtId: string, caseId: string): Promise<number> {
  return db
    .selectFrom('credit_decisions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('court_id', '=', courtId)
    .where('case_id', '=', caseId)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

/** Decisions in given statuses across courts, with their case numbers (list management). */
export function listDecisionsByStatus(db: Executor, courtIds: readonly string[], statuses: ReadonlyArray<CreditDecisionRow['status']>, limit: number) {
  return db
    .selectFrom('credit_decisions as d')
    .innerJoin('cases as k', 'k.id', 'd.case_id')
    .innerJoin('courts as c', 'c.id', 'd.court_id')
    .selectAll('d')
    .select(['k.case_number', 'c.name as court_name'])
    .where('d.court_id', 'in', courtIds)
    .where('d.status', 'in', statuses)
    .orderBy('d.proposed_at', 'desc')
    .limit(limit)
    .execute();
}

/** Published measures binding active subjects, as the check index loads them at start. */
export function listActiveMeasures(db: Executor) {
  return db
    .selectFrom('credit_subjects as s')
    .innerJoin('credit_decisions as d', 'd.id', 's.decision_id')
    .innerJoin('cases as k', 'k.id', 'd.case_id')
    .select([
      's.id',
      's.subject_kind',
      's.id_number',
      's.credit_code',
      's.name',
      's.role',
      's.bound_to',
      'd.id as decision_id',
      'd.kind',
      'd.case_id',
      'd.court_id',
      'd.publish_on',
      'k.case_number',
    ])
    .where('d.status', '=', 'published')
    .where('s.lifted_at', 'is', null)
    .orderBy('s.id')
    .execute();
}
export type ActiveMeasureRow = Awaited<ReturnType<typeof listActiveMeasures>>[number];

/** Distinct persons and organisations under published measures (to size the check index). */
export async function countActiveSubjects(db: Executor): Promise<{ persons: number; organisations: number }> {
  const row = await db
    .selectFrom('credit_subjects as s')
    .innerJoin('credit_decisions as d', 'd.id', 's.decision_id')
    .select((eb) => [eb.fn.count<number>('s.id_number').distinct().as('persons'), eb.fn.count<number>('s.credit_code').distinct().as('organisations')])
    .where('d.status', '=', 'published')
    .where('s.lifted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { persons: Number(row.persons), organisations: Number(row.organisations) };
}
