/**
 * Which days are working days in mainland China: Monday–Friday, minus the official holidays,
 * plus the weekend days the State Council declares make-up working days (调休上班).
 * Deadlines that end on a rest day move to the next working day (民事诉讼法 art. 85), and some
 * SPC rules count in working days (e.g. 3 working days to delete a dishonest-list entry).
 */
import { DomainError } from '../domain-error.js';
import { civilParts, isoWeekday } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import { BUILTIN_RANGE, BUILTIN_YEARS } from './builtin-holidays.js';
import type { YearSchedule } from './builtin-holidays.js';
import { validateCalendarYear } from './calendar-year.js';
import type { CalendarYear } from './calendar-year.js';

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeupWorkday';

export interface WorkingDayCalendar {
  /** True on a working day; a make-up Saturday is one, a holiday Monday is not. */
  isWorkday(date: CivilDate): boolean;
  dayKind(date: CivilDate): DayKind;
  /** Chinese name of the holiday on `date`, or of the holiday a make-up working day belongs to (built-in data only). */
  holidayName(date: CivilDate): string | undefined;
  /** Whether an official schedule (built-in or administrator-entered) exists for `year`. */
  isCovered(year: number): boolean;
  /** `from`–`to`: the built-in years; `extra`: administrator-entered years, ascending. */
  coveredYears(): { from: number; to: number; extra: number[] };
}

function toSchedule(entry: CalendarYear): YearSchedule {
  return {
    holidays: new Map(entry.holidays.map((d) => [d, undefined])),
    makeupWorkdays: new Map(entry.makeupWorkdays.map((d) => [d, undefined])),
    source: entry.source ?? 'administrator',
  };
}

/**
 * Builds a calendar from the built-in 2004–2026 schedules, overridden or extended by
 * `extraYears` (an entered year replaces the built-in one whole, so a correction cannot leave
 * stale days behind). For a year nobody has entered, Monday–Friday count as working days and
 * every deadline computed across it reports the year in `uncoveredYears`.
 *
 * Throws `INVALID_CALENDAR_YEAR` for a malformed entry and `DUPLICATE_CALENDAR_YEAR` when a
 * year is given twice (which of the two is right cannot be guessed).
 *
 * ### Examples
 * ```ts
 * const cal = createCalendar();
 * cal.dayKind('2025-10-01'); // 'holiday'
 * cal.dayKind('2025-09-28'); // 'makeupWorkday' (Sunday)
 * ```
 */
export function createCalendar(options: { extraYears?: CalendarYear[] } = {}): WorkingDayCalendar {
  const schedules = new Map(BUILTIN_YEARS);
  const extra = new Set<number>();
  for (const entry of options.extraYears ?? []) {
    validateCalendarYear(entry);
    if (extra.has(entry.year)) {
      throw new DomainError({
        code: 'DUPLICATE_CALENDAR_YEAR',
        messageZh: `${entry.year} 年的节假日安排重复录入，无法判断以哪一份为准`,
        messageEn: `The holiday schedule for ${entry.year} was given twice; it cannot be told which one is right`,
        details: { year: entry.year },
      });
    }
    extra.add(entry.year);
    schedules.set(entry.year, toSchedule(entry));
  }
  const extraSorted = [...extra].sort((a, b) => a - b);

  const scheduleOf = (date: CivilDate) => schedules.get(civilParts(date).year);
  const dayKind = (date: CivilDate): DayKind => {
    const schedule = scheduleOf(date);
    if (schedule?.holidays.has(date)) return 'holiday';
    if (schedule?.makeupWorkdays.has(date)) return 'makeupWorkday';
    return isoWeekday(date) >= 6 ? 'weekend' : 'workday';
  };

  return Object.freeze({
    dayKind,
    isWorkday: (date: CivilDate) => {
      const kind = dayKind(date);
      return kind === 'workday' || kind === 'makeupWorkday';
    },
    holidayName: (date: CivilDate) => {
      const schedule = scheduleOf(date);
      return schedule?.holidays.get(date) ?? schedule?.makeupWorkdays.get(date);
    },
    isCovered: (year: number) => schedules.has(year),
    coveredYears: () => ({ from: BUILTIN_RANGE.from, to: BUILTIN_RANGE.to, extra: [...extraSorted] }),
  });
}
