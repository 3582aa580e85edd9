/**
 * Lifting an exit restriction (执行程序解释 art. 25) and the reconsideration of one
 * (异议复议规定 art. 9).
 */
import type { CivilDate } from '../civil-date.js';
import { calendarDaysDeadline } from '../calendar/index.js';
import type { DeadlineResult, WorkingDayCalendar } from '../calendar/index.js';
import { creditProblem } from './credit-problem.js';
import { CREDIT_DEFAULT_CALENDAR } from './default-calendar.js';
import { ineligible } from './eligibility.js';
import type { Eligibility } from './eligibility.js';
import { ENFORCEMENT_INTERPRETATION } from './legal-sources.js';

export const EXIT_LIFTING_GROUNDS = ['performedInFull', 'securityProvided', 'applicantConsents'] as const;
export type ExitLiftingGround = (typeof EXIT_LIFTING_GROUNDS)[number];

export const EXIT_LIFTING_GROUND_LABELS: Readonly<Record<ExitLiftingGround, { readonly zh: string; readonly en: string; readonly article: string; readonly mandatory: boolean }>> = {
  performedInFull: { zh: '被执行人履行法律文书确定的全部债务', en: 'The debtor has performed the whole debt', article: '执行程序解释第二十五条', mandatory: true },
  securityProvided: { zh: '被执行人提供充分、有效的担保', en: 'The debtor has provided sufficient and effective security', article: '执行程序解释第二十五条', mandatory: false },
  applicantConsents: { zh: '申请执行人同意', en: 'The creditor consents', article: '执行程序解释第二十五条', mandatory: false },
};

export const isExitLiftingGround = (v: unknown): v is ExitLiftingGround => typeof v === 'string' && (EXIT_LIFTING_GROUNDS as readonly string[]).includes(v);

/** Art. 25: full performance "shall" lift the restriction (promptly); security or consent "may". */
export function assessExitLifting(input: { ground: ExitLiftingGround }): Eligibility<{ mandatory: boolean; legalBasis: string }> {
  if (!isExitLiftingGround(input.ground)) {
    const problem = creditProblem('EXIT_LIFTING_UNKNOWN_GROUND', `未知的解除限制出境事由：${String(input.ground)}`, `Unknown ground for lifting an exit restriction: ${String(input.ground)}`, {
      ground: input.ground,
      allowed: EXIT_LIFTING_GROUNDS,
    });
    return ineligible([problem]);
  }
  return { eligible: true, terms: { mandatory: EXIT_LIFTING_GROUND_LABELS[input.ground].mandatory, legalBasis: `${ENFORCEMENT_INTERPRETATION}第二十五条` }, problems: [] };
}

/** 异议复议规定 art. 9: apply to the next-higher court within 10 days of receiving the decision … */
export const EXIT_RECONSIDERATION_APPLY_DAYS = 10;
/** … which decides within 15 days of receiving the application (the restriction stays in force meanwhile). */
export const EXIT_RECONSIDERATION_DECIDE_DAYS = 15;

/** The last day for the restricted person to seek reconsideration of a decision received on `decisionReceivedOn`. */
export function exitReconsiderationApplyBy(decisionReceivedOn: CivilDate, calendar: WorkingDayCalendar = CREDIT_DEFAULT_CALENDAR): DeadlineResult {
  return calendarDaysDeadline(calendar, decisionReceivedOn, EXIT_RECONSIDERATION_APPLY_DAYS);
}

/** The last day for the higher court to decide a reconsideration application received on `applicationReceivedOn`. */
export function exitReconsiderationDecideBy(applicationReceivedOn: CivilDate, calendar: WorkingDayCalendar = CREDIT_DEFAULT_CALENDAR): DeadlineResult {
  return calendarDaysDeadline(calendar, applicationReceivedOn, EXIT_RECONSIDERATION_DECIDE_DAYS);
}
