/**
 * The 2-year period to apply for enforcement (申请执行期间, 民事诉讼法 art. 250).
 */
import { assertCivilDate, compareCivil } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import { monthsDeadline } from '../calendar/index.js';
import type { WorkingDayCalendar } from '../calendar/index.js';
import { BUILTIN_CALENDAR } from './builtin-calendar.js';

export interface ApplicationLimitWarning {
  pastLimit: boolean;
  limitEnd: CivilDate;
  messageZh?: string;
  messageEn?: string;
  /** Non-empty: `limitEnd` was placed without an official holiday calendar for these years. */
  uncoveredYears: number[];
}

/**
 * Whether an application filed on `filedOn` came after the 2-year application period.
 *
 * 民事诉讼法 art. 250: 2 years, counted from the last day of the performance period fixed by
 * the document, or from its effective date when it fixes none; the start day is not counted
 * and an end on a rest day moves to the next working day (art. 85). Instalments, suspension
 * and interruption (执行程序解释 arts. 19–20) are not modelled: this is a warning only.
 *
 * A late application is ACCEPTED, never refused: 民诉法解释 art. 481 — "人民法院应予受理"; only
 * the debtor can raise the limitation, by objection, and the court then rules 不予执行.
 */
export function applicationLimitWarning(
  input: { performanceDeadline: CivilDate | null; effectiveDate: CivilDate; filedOn: CivilDate },
  calendar: WorkingDayCalendar = BUILTIN_CALENDAR,
): ApplicationLimitWarning {
  assertCivilDate(input.filedOn, 'filedOn');
  const start = input.performanceDeadline ?? input.effectiveDate;
  const { dueDate: limitEnd, uncoveredYears } = monthsDeadline(calendar, start, 24);
  if (compareCivil(input.filedOn, limitEnd) <= 0) return { pastLimit: false, limitEnd, uncoveredYears };
  return {
    pastLimit: true,
    limitEnd,
    uncoveredYears,
    messageZh: `申请执行期间已于 ${limitEnd} 届满（民事诉讼法第二百五十条，两年）。人民法院应予受理；如被执行人提出时效异议且经审查成立，裁定不予执行（民诉法解释第四百八十一条）。请核查是否存在时效中止、中断事由`,
    messageEn: `The 2-year application period ended on ${limitEnd} (Civil Procedure Law art. 250). The court must still accept the application; if the debtor objects on limitation and the objection is upheld, enforcement is refused (SPC CPL Interpretation art. 481). Check for suspension or interruption of the period`,
  };
}
