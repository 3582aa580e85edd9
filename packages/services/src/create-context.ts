import { listCalendarYears, type Database } from '@zhixing/db';
import { createCalendar, type WorkingDayCalendar } from '@zhixing/domain';
import { systemClock, type Clock, type ServiceContext } from './context.js';

export function createServiceContext(database: Database, clock: Clock = systemClock): ServiceContext {
  let cached: Promise<WorkingDayCalendar> | null = null;
  return {
    database,
    clock,
    calendar() {
      cached ??= listCalendarYears(database.db).then((rows) =>
        createCalendar({ extraYears: rows.map((r) => ({ year: r.year, holidays: r.holidays, makeupWorkdays: r.makeup_workdays, source: r.source })) }),
      );
      return cached;
    },
    invalidateCalendar() {
      cached = null;
    },
  };
}
