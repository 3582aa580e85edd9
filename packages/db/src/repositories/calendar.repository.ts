import type { Executor } from './executor.js';

export function listCalendarYears(db: Executor) {
  return db.selectFrom('calendar_years').selectAll().orderBy('year').execute();
}

export async function upsertCalendarYear(
  db: Executor,
  y: { year: number; holidays: string[]; makeupWorkdays: string[]; source: string; enteredBy: string | null; enteredAt: Date },
): Promise<void> {
  const values = { year: y.year, holidays: y.holidays, makeup_workdays: y.makeupWorkdays, source: y.source, entered_by: y.enteredBy, entered_at: y.enteredAt };
  await db
    .insertInto('calendar_years')
    .values(values)
    .onConflict((oc) => oc.column('year').doUpdateSet({ holidays: values.holidays, makeup_workdays: values.makeup_workdays, source: values.source, entered_by: values.entered_by, entered_at: values.entered_at }))
    .execute();
}
