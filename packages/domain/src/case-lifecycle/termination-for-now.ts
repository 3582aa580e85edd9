/**
 * The 终本 compliance check: all five conditions of 终本规定 art. 1 must hold together
 * ("应当同时符合"), plus the interview of the applicant (art. 5).
 */
import { addMonths, compareCivil } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import type { DomainProblem } from '../domain-error.js';
import type { TerminationForNowChecklist } from './case-action.js';
import type { CaseSnapshot } from './case-snapshot.js';
import { TERMINATION_FOR_NOW_CHECKS } from './closing-rules.js';

export interface TerminationForNowGap {
  /** `noticeServed`, `threeMonthsElapsed`, or a checklist item name. */
  readonly item: string;
  readonly zh: string;
  readonly en: string;
  readonly article: string;
}

/**
 * Every condition for closing by 终本 on `on` that is not met (empty: all met).
 * - art. 1(1): the enforcement notice and property report order were served;
 * - art. 1(4): "自执行案件立案之日起已超过三个月": the 3-month period from filing (start day not
 *   counted, 民事诉讼法 art. 85) has fully run, so `on` must be after filing + 3 months. No
 *   rest-day carry applies: this is a minimum elapsed time, not a deadline for a party to act;
 * - the checklist items (arts. 1(2), 1(3), 1(5), 5), each of which must be explicitly `true`.
 */
export function terminationForNowGaps(snapshot: CaseSnapshot, on: CivilDate, checklist: TerminationForNowChecklist = {}): TerminationForNowGap[] {
  const gaps: TerminationForNowGap[] = [];
  if (snapshot.noticeServedOn === null) {
    gaps.push({ item: 'noticeServed', zh: '已送达执行通知书并责令被执行人报告财产', en: 'the enforcement notice has been served and the debtor ordered to report property', article: '终本规定 第一条第（一）项' });
  }
  const threeMonths = addMonths(snapshot.filedOn, 3);
  if (compareCivil(on, threeMonths) <= 0) {
    gaps.push({ item: 'threeMonthsElapsed', zh: `自立案之日起已超过三个月（${threeMonths} 之后）`, en: `more than 3 months have passed since filing (after ${threeMonths})`, article: '终本规定 第一条第（四）项' });
  }
  for (const [item, check] of Object.entries(TERMINATION_FOR_NOW_CHECKS)) {
    if (checklist[item as keyof TerminationForNowChecklist] !== true) gaps.push({ item, ...check });
  }
  return gaps;
}

export function terminationForNowUnmet(gaps: readonly TerminationForNowGap[]): DomainProblem {
  return {
    code: 'TERMINATION_FOR_NOW_CONDITIONS_UNMET',
    messageZh: `不符合终结本次执行程序的条件，尚缺：${gaps.map((g) => `${g.zh}（${g.article}）`).join('；')}`,
    messageEn: `The conditions for termination for now are not met; still missing: ${gaps.map((g) => `${g.en} (${g.article})`).join('; ')}`,
    details: { missing: gaps.map((g) => g.item) },
  };
}
