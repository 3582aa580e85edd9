/**
 * The answer of every deadline computation, and the rest-day rule of 民事诉讼法 art. 85 that
 * all of them share.
 */
import { DomainError } from '../domain-error.js';
import { addDays, civilParts } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import type { WorkingDayCalendar } from './working-day-calendar.js';

export interface DeadlineResult {
  dueDate: CivilDate;
  /** The nominal last day, when it fell on a rest day and the period was carried to `dueDate`. */
  rolledFrom?: CivilDate;
  /** Years looked at without an official schedule. Non-empty: the caller must warn the user. */
  uncoveredYears: number[];
}

/** Collects the uncovered years among the dates a computation looked at. */
export class UncoveredYears {
  private readonly years = new Set<number>();
  private readonly calendar: WorkingDayCalendar;

  constructor(calendar: WorkingDayCalendar) {
    this.calendar = calendar;
  }
  note(date: CivilDate): void {
    const { year } = civilParts(date);
    if (!this.calendar.isCovered(year)) this.years.add(year);
  }
  list(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }
}

/**
 * Ends a period on `nominal`, or — when that is a rest day — on the first working day after it.
 * 民事诉讼法 art. 85: "期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期";
 * a rest day is an official holiday or a weekend day that is not a make-up working day.
 */
export function rollForward(calendar: WorkingDayCalendar, nominal: CivilDate): DeadlineResult {
  const uncovered = new UncoveredYears(calendar);
  let date = nominal;
  uncovered.note(date);
  while (!calendar.isWorkday(date)) {
    date = addDays(date, 1);
    uncovered.note(date);
  }
  return date === nominal ? { dueDate: date, uncoveredYears: uncovered.list() } : { dueDate: date, rolledFrom: nominal, uncoveredYears: uncovered.list() };
}

/** Periods are whole, positive numbers of days or months; anything else is a caller's bug. */
export function assertPeriodLength(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new DomainError({
      code: 'INVALID_PERIOD',
      messageZh: `${field} 必须是正整数（期间以整日、整月计算，民事诉讼法第八十五条）：${value}`,
      messageEn: `${field} must be a positive whole number (periods run in whole days or months, Civil Procedure Law art. 85): ${value}`,
      details: { field, value },
    });
  }
}
