/**
 * How long one control (freeze, seal, impound) lasts, when it must be renewed, and when to remind
 * the officer. 民诉法解释 art. 485: a freeze of deposits lasts at most 1 year, a seal or impound of
 * movables at most 2, of real estate and other property rights at most 3; renewal is applied for
 * before expiry and each renewal is at most the same term. 查封规定 art. 27: a control not renewed
 * lapses at expiry.
 */
import { addDays, addMonths, compareCivil } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import { fail, ok, type Result } from '../domain-error.js';
import type { WorkingDayCalendar } from '../calendar/index.js';
import { controlProblem } from './control-problems.js';
import { MAX_CONTROL_TERM_MONTHS, type ControlTermClass } from './property-kinds.js';

/** Days before the renewal date on which the officer is reminded (a design choice, legal-reference §8B). */
export const CONTROL_REMINDER_DAYS = [30, 7] as const;

export interface ControlTerm {
  termClass: ControlTermClass;
  months: number;
  startsOn: CivilDate;
  /**
   * The last day the control is in force: the day of the last month with the start day's number
   * (民事诉讼法 art. 85, the start day is not counted; 民法典 art. 202). Not carried past a holiday:
   * art. 485 sets a longest term, which rolling forward would exceed.
   */
  expiresOn: CivilDate;
  /** The last working day on or before expiry: the renewal must reach the institution by then. */
  renewBy: CivilDate;
  /** When to remind the officer: {@link CONTROL_REMINDER_DAYS} before `renewBy`, each on a working day. */
  remindOn: CivilDate[];
  /** Years looked at without an official holiday schedule (the caller warns). */
  uncoveredYears: number[];
}

function lastWorkdayOnOrBefore(calendar: WorkingDayCalendar, date: CivilDate, seen: Set<number>): CivilDate {
  let d = date;
  for (;;) {
    const year = Number(d.slice(0, 4));
    if (!calendar.isCovered(year)) seen.add(year);
    if (calendar.isWorkday(d)) return d;
    d = addDays(d, -1);
  }
}

function term(calendar: WorkingDayCalendar, termClass: ControlTermClass, startsOn: CivilDate, months: number | undefined, field: string): Result<ControlTerm> {
  const max = MAX_CONTROL_TERM_MONTHS[termClass];
  const m = months ?? max;
  if (!Number.isSafeInteger(m) || m < 1) {
    return fail(controlProblem('CONTROL_TERM_INVALID', `${field} 须为正整数个月：${String(m)}`, `${field} must be a positive whole number of months: ${String(m)}`, { field, months: m }));
  }
  if (m > max) {
    return fail(
      controlProblem('CONTROL_TERM_TOO_LONG', `${field} 不得超过 ${max} 个月（民诉法解释第四百八十五条）`, `${field} may not exceed ${max} months (民诉法解释 art. 485)`, { field, months: m, maxMonths: max, termClass }),
    );
  }
  const expiresOn = addMonths(startsOn, m);
  const seen = new Set<number>();
  const renewBy = lastWorkdayOnOrBefore(calendar, expiresOn, seen);
  const remindOn: CivilDate[] = [];
  for (const days of CONTROL_REMINDER_DAYS) {
    const day = lastWorkdayOnOrBefore(calendar, addDays(renewBy, -days), seen);
    // A reminder before the control began (a very short term) is no reminder.
    if (compareCivil(day, startsOn) > 0 && !remindOn.includes(day)) remindOn.push(day);
  }
  return ok({ termClass, months: m, startsOn, expiresOn, renewBy, remindOn, uncoveredYears: [...seen].sort((a, b) => a - b) });
}

/** The term of a new control starting on `startsOn`, `months` long (default: the longest lawful term). */
export function controlTerm(calendar: WorkingDayCalendar, termClass: ControlTermClass, startsOn: CivilDate, months?: number): Result<ControlTerm> {
  return term(calendar, termClass, startsOn, months, 'months');
}

/**
 * The term of a renewal (续行) decided on `renewedOn`: it runs on from the current expiry, so the
 * control is continuous, and it must be decided before the current term ends (民诉法解释 art. 485;
 * after expiry the control has lapsed, 查封规定 art. 27, and only a new control is possible).
 */
export function renewalTerm(calendar: WorkingDayCalendar, termClass: ControlTermClass, currentExpiresOn: CivilDate, renewedOn: CivilDate, months?: number): Result<ControlTerm> {
  if (compareCivil(renewedOn, currentExpiresOn) > 0) {
    return fail(
      controlProblem('CONTROL_RENEWAL_LATE', `控制措施已于 ${currentExpiresOn} 届满失效，不能续行，只能重新采取措施（查封规定第二十七条）`, `The control lapsed at the end of ${currentExpiresOn}: it cannot be renewed, only imposed anew (查封规定 art. 27)`, {
        expiresOn: currentExpiresOn,
        renewedOn,
      }),
    );
  }
  return term(calendar, termClass, currentExpiresOn, months, 'months');
}

/** Whether a control with this expiry has lapsed on `today` (查封规定 art. 27). */
export const hasLapsed = (expiresOn: CivilDate, today: CivilDate): boolean => compareCivil(today, expiresOn) > 0;
