import type { Insertable } from 'kysely';
import type { WarningsTable } from '../schema.js';
import type { Executor } from './executor.js';

/** Records a warning unless the same one (case, kind, node) is already open. Returns true when new. */
export async function openWarning(db: Executor, w: Insertable<WarningsTable>): Promise<boolean> {
  const rows = await db
    .insertInto('warnings')
    .values(w)
    .onConflict((oc) => oc.columns(['case_id', 'kind', 'node']).where('resolved_on', 'is', null).doUpdateSet({ days: w.days, due_date: w.due_date ?? null }))
    .returning(['id'])
    .execute();
  return rows.length > 0 && rows[0]!.id === w.id;
}

/** Resolves a case's open warnings of the given kinds that are no longer current. */
export async function resolveWarningsExcept(db: Executor, caseId: string, keep: ReadonlyArray<{ kind: string; node: string }>, on: string, kinds: readonly string[]): Promise<void> {
  let q = db.updateTable('warnings').set({ resolved_on: on }).where('case_id', '=', caseId).where('resolved_on', 'is', null).where('kind', 'in', kinds);
  for (const k of keep) q = q.where((eb) => eb.not(eb.and([eb('kind', '=', k.kind), eb('node', '=', k.node)])));
  await q.execute();
}

export function listOpenWarnings(db: Executor, filter: { courtIds: readonly string[]; kind?: string }) {
  let q = db
    .selectFrom('warnings as w')
    .innerJoin('cases as k', 'k.id', 'w.case_id')
    .innerJoin('courts as c', 'c.id', 'w.court_id')
    .leftJoin('users as h', 'h.id', 'k.handler_id')
    .select([
      'w.id',
      'w.court_id',
      'c.name as court_name',
      'w.case_id',
      'k.case_number',
      'h.display_name as handler_name',
      'w.kind',
      'w.node',
      'w.due_date',
      'w.days',
      'w.message_zh',
      'w.message_en',
      'w.detected_on',
    ])
    .where('w.resolved_on', 'is', null)
    .where('k.stage', '!=', 'closed')
    .where('w.court_id', 'in', filter.courtIds.length ? [...filter.courtIds] : ['']);
  if (filter.kind) q = q.where('w.kind', '=', filter.kind);
  return q.orderBy('w.days', 'desc').orderBy('k.case_number').limit(1000).execute();
}

/** Resolves one open warning (kind, node) of a case. */
export async function resolveWarning(db: Executor, caseId: string, kind: string, node: string, on: string): Promise<void> {
  await db.updateTable('warnings').set({ resolved_on: on }).where('case_id', '=', caseId).where('kind', '=', kind).where('node', '=', node).where('resolved_on', 'is', null).execute();
}
