/**
 * The three 15-day periods that follow a distribution plan (民诉法解释 arts. 509–510; the same in
 * 执行程序解释 arts. 17–18):
 * 1. objection (异议): a creditor or the debtor may object in writing within 15 days of receiving
 *    the plan (art. 509);
 * 2. opposition (反对意见): the creditors and the debtor who did not object are notified and have
 *    15 days from receiving that notice to oppose; without opposition the court revises the plan as
 *    the objector asked (art. 510 para. 2);
 * 3. lawsuit (分配方案异议之诉): when someone opposes, the objector is notified and may sue the
 *    opposing parties within 15 days of receiving that notice; otherwise the original plan is
 *    carried out (art. 510 para. 2).
 *
 * Each period runs from the day the party concerned received the document (自收到…之日起), so each
 * party has its own dates. They are counted in calendar days, the day of receipt not counted, and
 * end on the next working day when the last day is a rest day (民事诉讼法 art. 85).
 */
import { assertCivilDate } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import { calendarDaysDeadline } from '../calendar/index.js';
import type { DeadlineResult, WorkingDayCalendar } from '../calendar/index.js';
import { fail, ok } from '../domain-error.js';
import type { Result } from '../domain-error.js';
import { distributionProblem } from './distribution-problems.js';

/** 十五日: the length of each of the objection, opposition and lawsuit periods (民诉法解释 arts. 509–510). */
export const DISTRIBUTION_OBJECTION_DAYS = 15;

/** Last day to object in writing to the plan served on `planServedOn` (民诉法解释 art. 509). */
export function objectionDueOn(calendar: WorkingDayCalendar, planServedOn: CivilDate): DeadlineResult {
  return calendarDaysDeadline(calendar, planServedOn, DISTRIBUTION_OBJECTION_DAYS);
}

/** Last day for a party notified of an objection on `objectionNoticeServedOn` to oppose it (art. 510 para. 2). */
export function oppositionDueOn(calendar: WorkingDayCalendar, objectionNoticeServedOn: CivilDate): DeadlineResult {
  return calendarDaysDeadline(calendar, objectionNoticeServedOn, DISTRIBUTION_OBJECTION_DAYS);
}

/** Last day for the objector notified of an opposition on `oppositionNoticeServedOn` to sue (art. 510 para. 2). */
export function lawsuitDueOn(calendar: WorkingDayCalendar, oppositionNoticeServedOn: CivilDate): DeadlineResult {
  return calendarDaysDeadline(calendar, oppositionNoticeServedOn, DISTRIBUTION_OBJECTION_DAYS);
}

/**
 * The dates on which one party received each document; a notice is absent until it is served.
 * Who receives what: the objection notice goes to those who did not object, the opposition notice
 * to the objector (民诉法解释 art. 510 para. 2). So an objector usually has `plan` and
 * `oppositionNotice`, a party who did not object `plan` and `objectionNotice`, and a party with both
 * objected itself and was told of someone else's objection.
 */
export interface DistributionServiceDates {
  plan: CivilDate;
  objectionNotice?: CivilDate;
  oppositionNotice?: CivilDate;
}

export interface DistributionTimers {
  objection: DeadlineResult;
  /** `null` while no objection notice has been served on the party. */
  opposition: DeadlineResult | null;
  /** `null` while no opposition notice has been served on the party. */
  lawsuit: DeadlineResult | null;
}

/**
 * Every period known so far for one party. Both notices answer an objection to the plan, and an
 * objection runs from receipt of the plan (art. 509), so a notice dated before the party received
 * the plan is a mistake in the dates: it is refused with `DISTRIBUTION_SERVICE_SEQUENCE_INVALID`.
 * Dates that are not `YYYY-MM-DD` throw `INVALID_DATE` naming the field (civil-date.ts).
 */
export function distributionTimers(calendar: WorkingDayCalendar, servedOn: DistributionServiceDates): Result<DistributionTimers> {
  const plan = assertCivilDate(servedOn.plan, 'servedOn.plan');
  const notices: Array<['objectionNotice' | 'oppositionNotice', CivilDate | undefined]> = [
    ['objectionNotice', servedOn.objectionNotice ?? undefined],
    ['oppositionNotice', servedOn.oppositionNotice ?? undefined],
  ];
  for (const [name, date] of notices) {
    if (date === undefined) continue;
    const field = `servedOn.${name}`;
    // Valid YYYY-MM-DD strings compare as the dates they name.
    if (assertCivilDate(date, field) < plan) {
      return fail(
        distributionProblem(
          'DISTRIBUTION_SERVICE_SEQUENCE_INVALID',
          `${field}（${date}）早于 servedOn.plan（分配方案送达日 ${plan}）：异议、反对意见的通知不能早于分配方案送达（民诉法解释第五百零九条、第五百一十条）`,
          `${field} (${date}) is before servedOn.plan (the day the plan was received, ${plan}): notices about objections cannot precede the plan (SPC Civil Procedure Interpretation arts. 509–510)`,
          { field, value: date, planServedOn: plan },
        ),
      );
    }
  }
  const { objectionNotice, oppositionNotice } = servedOn;
  return ok({
    objection: objectionDueOn(calendar, plan),
    opposition: objectionNotice == null ? null : oppositionDueOn(calendar, objectionNotice),
    lawsuit: oppositionNotice == null ? null : lawsuitDueOn(calendar, oppositionNotice),
  });
}
