/**
 * Correction applications against a dishonest-list entry (纠正申请, 失信规定 2017 arts. 11–12)
 * and their time limits. The 2013 original in /work/shared/law (art. 3) set no time limits; the
 * 2017 periods are encoded (legal reference §4).
 *
 * Calendar-day periods follow 民事诉讼法 art. 85: the start day is not counted and a period
 * ending on a rest day ends on the next working day. The working-day period counts working days.
 */
import type { CivilDate } from '../civil-date.js';
import { calendarDaysDeadline, workingDaysDeadline } from '../calendar/index.js';
import type { DeadlineResult, WorkingDayCalendar } from '../calendar/index.js';
import { CREDIT_DEFAULT_CALENDAR } from './default-calendar.js';

export const CORRECTION_GROUNDS = ['shouldNotBeListed', 'inaccurateInformation', 'shouldBeDeleted'] as const;
export type CorrectionGround = (typeof CORRECTION_GROUNDS)[number];

export const CORRECTION_GROUND_LABELS: Readonly<Record<CorrectionGround, { readonly zh: string; readonly en: string; readonly item: number }>> = {
  shouldNotBeListed: { zh: '不应将其纳入失信被执行人名单', en: 'Should not have been listed', item: 1 },
  inaccurateInformation: { zh: '记载和公布的失信信息不准确', en: 'The recorded and published information is inaccurate', item: 2 },
  shouldBeDeleted: { zh: '失信信息应予删除', en: 'The information should be deleted', item: 3 },
};

export const isCorrectionGround = (v: unknown): v is CorrectionGround => typeof v === 'string' && (CORRECTION_GROUNDS as readonly string[]).includes(v);

/** Art. 12 ¶1: review within 15 days of receiving the written application. */
export const CORRECTION_REVIEW_DAYS = 15;
/** Art. 12 ¶1: correct within 3 working days when the reasons hold. */
export const CORRECTION_FIX_WORKING_DAYS = 3;
/** Art. 12 ¶2: apply to the next-higher court within 10 days of service of the dismissal. */
export const RECONSIDERATION_APPLY_DAYS = 10;
/** Art. 12 ¶2: the higher court decides within 15 days of receiving the application. */
export const RECONSIDERATION_DECIDE_DAYS = 15;

/** The last day for the enforcing court to review a correction application received on `receivedOn`. */
export function correctionReviewDueOn(receivedOn: CivilDate, calendar: WorkingDayCalendar = CREDIT_DEFAULT_CALENDAR): DeadlineResult {
  return calendarDaysDeadline(calendar, receivedOn, CORRECTION_REVIEW_DAYS);
}

/** The last day to correct once the court decided on `decidedOn` that the reasons hold. */
export function correctionFixDueOn(decidedOn: CivilDate, calendar: WorkingDayCalendar = CREDIT_DEFAULT_CALENDAR): DeadlineResult {
  return workingDaysDeadline(calendar, decidedOn, CORRECTION_FIX_WORKING_DAYS);
}

/** The last day for the applicant to seek reconsideration of a dismissal served on `servedOn`. */
export function reconsiderationApplyBy(servedOn: CivilDate, calendar: WorkingDayCalendar = CREDIT_DEFAULT_CALENDAR): DeadlineResult {
  return calendarDaysDeadline(calendar, servedOn, RECONSIDERATION_APPLY_DAYS);
}

/** The last day for the higher court to decide a reconsideration received on `receivedOn` (the dismissal stays in force meanwhile). */
export function reconsiderationDecideBy(receivedOn: CivilDate, calendar: WorkingDayCalendar = CREDIT_DEFAULT_CALENDAR): DeadlineResult {
  return calendarDaysDeadline(calendar, receivedOn, RECONSIDERATION_DECIDE_DAYS);
}
