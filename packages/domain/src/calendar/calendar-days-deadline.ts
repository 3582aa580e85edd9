/**
 * Periods counted in calendar days or months (民事诉讼法 art. 85).
 */
import { addDays, addMonths } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import { assertPeriodLength, rollForward } from './deadline-result.js';
import type { DeadlineResult } from './deadline-result.js';
import type { WorkingDayCalendar } from './working-day-calendar.js';

/**
 * The last day of a period of `days` days starting on `start`.
 * 民事诉讼法 art. 85: the start day is not counted, so the nominal end is `start + days`; when
 * that day is a rest day, the period ends on the first working day after it.
 *
 * ### Examples
 * ```ts
 * calendarDaysDeadline(cal, '2025-09-30', 3); // { dueDate: '2025-10-09', rolledFrom: '2025-10-03', uncoveredYears: [] }
 * calendarDaysDeadline(cal, '2025-09-26', 2); // { dueDate: '2025-09-28', uncoveredYears: [] } (make-up Sunday)
 * ```
 */
export function calendarDaysDeadline(calendar: WorkingDayCalendar, start: CivilDate, days: number): DeadlineResult {
  assertPeriodLength(days, 'days');
  return rollForward(calendar, addDays(start, days));
}

/**
 * The last day of a period of `months` months starting on `start`: the same day number in the
 * last month, or that month's last day when it is shorter (民法典 art. 202), then carried past
 * rest days (民事诉讼法 art. 85).
 */
export function monthsDeadline(calendar: WorkingDayCalendar, start: CivilDate, months: number): DeadlineResult {
  assertPeriodLength(months, 'months');
  return rollForward(calendar, addMonths(start, months));
}
