/**
 * Taking an entry off the dishonest list: whether a ground holds, and by when the court must act
 * (失信规定 2017 arts. 2 ¶2, 9, 10, 12).
 */
import type { DomainProblem } from '../domain-error.js';
import { addMonths, compareCivil } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import { workingDaysDeadline } from '../calendar/index.js';
import type { DeadlineResult, WorkingDayCalendar } from '../calendar/index.js';
import { creditProblem } from './credit-problem.js';
import { CREDIT_DEFAULT_CALENDAR } from './default-calendar.js';
import { toEligibility } from './eligibility.js';
import type { Eligibility } from './eligibility.js';
import { LISTING_RULES } from './legal-sources.js';
import type { ListingGround } from './listing-grounds.js';
import { REMOVAL_GROUNDS, REMOVAL_GROUND_LABELS, isRemovalGround } from './removal-grounds.js';
import type { RemovalGround } from './removal-grounds.js';

/** Arts. 9 and 10: revoke, correct or delete within 3 working days. */
export const REMOVAL_WORKING_DAYS = 3;
/** Art. 10 ¶1 item 4: two or more network inquiries after 终本. */
export const MIN_INQUIRIES_FOR_REMOVAL = 2;
/** Art. 10 ¶4: no relisting on the creditor's request within 6 months of a deletion it asked for. */
export const RELIST_BAR_MONTHS = 6;

/**
 * The day by which the entry must be off the list: the 3rd working day after the ground arose
 * (arts. 9, 10; the start day is not counted, 民事诉讼法 art. 85).
 *
 * ### Examples
 * ```ts
 * removalDueDate('2026-09-30', cal).dueDate; // '2026-10-10': 10-08, 10-09 and the make-up Saturday 10-10
 * ```
 */
export function removalDueDate(arisenOn: CivilDate, calendar: WorkingDayCalendar = CREDIT_DEFAULT_CALENDAR): DeadlineResult {
  return workingDaysDeadline(calendar, arisenOn, REMOVAL_WORKING_DAYS);
}

export interface RemovalInput {
  ground: RemovalGround;
  /** The ground the entry was listed on: grounds 2–6 carry a period (art. 2 ¶1). */
  listingGround: ListingGround;
  /** The end of the listing period; null for ground 1. */
  expiresOn: CivilDate | null;
  /** The day the removal ground arose (the ruling, the payment, the creditor's application …). */
  arisenOn: CivilDate;
  today: CivilDate;
  /** Network inquiries of the debtor's property since 终本 that found nothing (art. 10 ¶1 item 4). */
  inquiriesAfterTerminationForNow: number;
}

export interface RemovalTerms {
  /** false only for early deletion, which the court "may" grant (art. 2 ¶2). */
  mandatory: boolean;
  /** The day the 3 working days run from: the end of the period for `periodExpired` (art. 10 ¶2), else `arisenOn`. */
  countsFrom: CivilDate;
  legalBasis: string;
}

function groundProblems(input: RemovalInput): DomainProblem[] {
  const problems: DomainProblem[] = [];
  if (input.ground === 'noPropertyAfterInquiries') {
    // Art. 10 ¶2: "有纳入期限的，不适用前款第四项规定" as we read it — only item 4 is excluded
    // for period-based entries. The reference (§4) found pages quoting "不适用前款规定", which
    // would exclude all of ¶1; that reading is not encoded (it would keep a debtor who has paid
    // in full on the list until the period ends).
    if (input.listingGround !== 'ableButRefuses') {
      problems.push(
        creditProblem(
          'REMOVAL_INQUIRIES_NOT_FOR_PERIOD_LISTING',
          '有纳入期限的失信信息，不适用“终本后两次以上查询未发现财产”的删除情形，期限届满后删除（失信规定第十条第二款）',
          'An entry with a listing period is not deleted for "no property after two inquiries"; it is deleted when the period ends (失信规定 art. 10 ¶2)',
          { listingGround: input.listingGround },
        ),
      );
    }
    if (!(input.inquiriesAfterTerminationForNow >= MIN_INQUIRIES_FOR_REMOVAL)) {
      problems.push(
        creditProblem(
          'REMOVAL_INQUIRIES_INSUFFICIENT',
          `终结本次执行程序后须通过网络执行查控系统查询被执行人财产两次以上，目前为 ${String(input.inquiriesAfterTerminationForNow)} 次（失信规定第十条第一款第（四）项）`,
          `Two or more network inquiries after termination for now are needed, there have been ${String(input.inquiriesAfterTerminationForNow)} (失信规定 art. 10 ¶1 item 4)`,
          { inquiries: input.inquiriesAfterTerminationForNow, required: MIN_INQUIRIES_FOR_REMOVAL },
        ),
      );
    }
  }
  if (input.ground === 'periodExpired') {
    if (input.expiresOn === null) {
      problems.push(
        creditProblem('REMOVAL_NO_LISTING_PERIOD', '该失信信息没有纳入期限，不能以期限届满为由删除（失信规定第二条第一款）', 'This entry has no listing period, so it cannot be deleted because a period expired (失信规定 art. 2 ¶1)', {
          listingGround: input.listingGround,
        }),
      );
    } else if (compareCivil(input.today, input.expiresOn) < 0) {
      problems.push(
        creditProblem('REMOVAL_PERIOD_NOT_EXPIRED', `纳入期限至 ${input.expiresOn} 届满，尚未届满（失信规定第十条第二款）`, `The listing period ends on ${input.expiresOn} and has not ended yet (失信规定 art. 10 ¶2)`, {
          expiresOn: input.expiresOn,
          today: input.today,
        }),
      );
    }
  }
  return problems;
}

/**
 * Whether the entry may come off the list on `ground`, every reason against at once. A ground
 * cannot have arisen after today (it is recorded, not foreseen).
 */
export function assessRemoval(input: RemovalInput): Eligibility<RemovalTerms> {
  const problems: DomainProblem[] = [];
  if (!isRemovalGround(input.ground)) {
    problems.push(creditProblem('REMOVAL_UNKNOWN_GROUND', `未知的删除事由：${String(input.ground)}`, `Unknown removal ground: ${String(input.ground)}`, { ground: input.ground, allowed: REMOVAL_GROUNDS }));
  }
  if (compareCivil(input.arisenOn, input.today) > 0) {
    problems.push(
      creditProblem('REMOVAL_ARISEN_IN_FUTURE', `删除事由发生日期（${input.arisenOn}）晚于今天（${input.today}），不能预先登记`, `The removal ground is dated ${input.arisenOn}, after today (${input.today}); it cannot be recorded in advance`, {
        arisenOn: input.arisenOn,
        today: input.today,
      }),
    );
  }
  problems.push(...groundProblems(input));
  return toEligibility(problems, () => {
    const label = REMOVAL_GROUND_LABELS[input.ground];
    const countsFrom = input.ground === 'periodExpired' && input.expiresOn !== null ? input.expiresOn : input.arisenOn;
    return { mandatory: label.mandatory, countsFrom, legalBasis: `${LISTING_RULES}${label.article.replace('失信规定', '')}` };
  });
}

/**
 * After a deletion on the creditor's own application, the creditor's request to list the debtor
 * again is not supported for 6 months (art. 10 ¶4): the last barred day, or null for any other
 * ground (the debtor may then be relisted at once if art. 1 is met again, art. 10 ¶3).
 */
export function relistBarredUntil(ground: RemovalGround, removedOn: CivilDate): CivilDate | null {
  return ground === 'applicantRequest' ? addMonths(removedOn, RELIST_BAR_MONTHS) : null;
}
