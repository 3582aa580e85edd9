/**
 * Periods counted in working days (工作日), used by SPC rules such as the 3 working days to
 * delete, revoke or correct a dishonest-list entry (失信规定 2017 arts. 9–10).
 */
import { addDays, compareCivil } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import { UncoveredYears, assertPeriodLength } from './deadline-result.js';
import type { DeadlineResult } from './deadline-result.js';
import type { WorkingDayCalendar } from './working-day-calendar.js';

/**
 * The `n`-th working day after `start` (the start day is not counted, as in 民事诉讼法 art. 85).
 * The result is always a working day, so `rolledFrom` is never set.
 *
 * ### Examples
 * ```ts
 * workingDaysDeadline(cal, '2025-09-30', 3); // '2025-10-11': 10-09, 10-10 and the make-up Saturday 10-11
 * ```
 */
export function workingDaysDeadline(calendar: WorkingDayCalendar, start: CivilDate, n: number): DeadlineResult {
  assertPeriodLength(n, 'n');
  const uncovered = new UncoveredYears(calendar);
  let date = start;
  let counted = 0;
  while (counted < n) {
    date = addDays(date, 1);
    uncovered.note(date);
    if (calendar.isWorkday(date)) counted += 1;
  }
  return { dueDate: date, uncoveredYears: uncovered.list() };
}

/**
 * Working days after `from` up to and including `to`. When `to` is before `from` the count is
 * negative (the working days after `to` up to and including `from`), like `diffDays`.
 */
export function countWorkingDays(calendar: WorkingDayCalendar, from: CivilDate, to: CivilDate): number {
  if (compareCivil(to, from) < 0) return -countWorkingDays(calendar, to, from);
  let count = 0;
  for (let date = from; date !== to; ) {
    date = addDays(date, 1);
    if (calendar.isWorkday(date)) count += 1;
  }
  return count;
}
