import type { Insertable } from 'kysely';
import type { DistributionPlansTable } from '../schema.js';
import type { Executor } from './executor.js';

export async function insertDistributionPlan(db: Executor, row: Insertable<DistributionPlansTable>): Promise<void> {
  await db.insertInto('distribution_plans').values(row).execute();
}

export function listDistributionPlans(db: Executor, caseId: string) {
  return db.selectFrom('distribution_plans').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute();
}

export function lockDistributionPlan(db: Executor, id: string) {
  return db.selectFrom('distribution_plans').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function setDistributionServices(db: Executor, id: string, services: readonly object[]): Promise<void> {
  await db.updateTable('distribution_plans').set({ services: JSON.stringify(services) }).where('id', '=', id).execute();
}
