/**
 * One year of the official working-day schedule, as the State Council publishes it each
 * autumn for the next year (国务院办公厅关于某年部分节假日安排的通知). The built-in data stops
 * at the last year the holiday package knows; an administrator enters later years (and may
 * correct earlier ones) in this shape.
 */
import { DomainError } from '../domain-error.js';
import { civilParts, isCivilDate, isoWeekday } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';

export interface CalendarYear {
  year: number;
  /** Every rest day of the official holidays, including the weekend days inside a holiday run. */
  holidays: CivilDate[];
  /** Saturdays or Sundays declared working days (调休上班). */
  makeupWorkdays: CivilDate[];
  /** The notice it was copied from, e.g. 国办发明电〔2026〕7号. */
  source?: string;
}

function invalid(year: unknown, problemZh: string, problemEn: string, details: Record<string, unknown>): DomainError {
  return new DomainError({
    code: 'INVALID_CALENDAR_YEAR',
    messageZh: `节假日安排（${String(year)} 年）有误：${problemZh}`,
    messageEn: `The holiday schedule for ${String(year)} is wrong: ${problemEn}`,
    details: { year, ...details },
  });
}

/**
 * Checks an administrator-entered year before deadlines are computed from it, because one
 * wrong date silently moves every deadline that ends near it (民事诉讼法 art. 85).
 * Throws a {@link DomainError} `INVALID_CALENDAR_YEAR` naming the first problem found.
 */
export function validateCalendarYear(entry: CalendarYear): void {
  const { year } = entry;
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw invalid(year, '年份必须是 1 至 9999 的整数', 'the year must be a whole number from 1 to 9999', { field: 'year' });
  }
  const holidays = new Set<CivilDate>();
  for (const [field, dates] of [
    ['holidays', entry.holidays],
    ['makeupWorkdays', entry.makeupWorkdays],
  ] as const) {
    for (const date of dates) {
      if (!isCivilDate(date)) {
        throw invalid(year, `${field} 中的 ${date} 不是有效日期（应为 YYYY-MM-DD）`, `${date} in ${field} is not a valid YYYY-MM-DD date`, { field, date });
      }
      if (civilParts(date).year !== year) {
        throw invalid(year, `${field} 中的 ${date} 不属于 ${year} 年`, `${date} in ${field} does not belong to ${year}`, { field, date });
      }
      if (field === 'holidays') {
        holidays.add(date);
      } else if (holidays.has(date)) {
        throw invalid(year, `${date} 不能既是节假日又是调休上班日`, `${date} cannot be both a holiday and a make-up working day`, { field, date });
      } else if (isoWeekday(date) < 6) {
        // A make-up working day replaces a weekend rest day; a weekday listed here is a typo.
        throw invalid(year, `调休上班日 ${date} 不是周六或周日`, `make-up working day ${date} is not a Saturday or Sunday`, { field, date });
      }
    }
  }
}
