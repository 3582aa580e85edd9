/**
 * The time limit within which an enforcement case must be concluded.
 */
import { addDays, addMonths } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import { rollForward } from '../calendar/index.js';
import type { DeadlineResult, WorkingDayCalendar } from '../calendar/index.js';
import type { CaseSnapshot } from './case-snapshot.js';
import { suspensionDays, suspensionHolds } from './suspension-days.js';

export const CLOSING_LEGAL_BASIS = '审理期限规定 第五条、第九条；执行期限规定（法发〔2006〕35号）第一条；民事诉讼法 第八十五条';

/**
 * The closing due date: filing + 6 months (3 for a non-litigation case) + approved extension
 * months, counted together from filing (民法典 art. 202 month arithmetic, so 08-31 + 9 months
 * is 05-31 and not 05-28), then + excluded suspension days, and carried past a rest day
 * (民事诉讼法 art. 85). Bases: 审理期限规定 arts. 5, 9; 2006 期限规定 art. 1.
 *
 * While a stay or deferral holds, the days so far are counted as if the case resumed today,
 * and `paused` is true: the due date moves forward day by day and is never overdue.
 */
export function closingDeadline(calendar: WorkingDayCalendar, snapshot: CaseSnapshot, today: CivilDate): DeadlineResult & { paused: boolean } {
  const limitMonths = (snapshot.nonLitigation ? 3 : 6) + snapshot.extensionMonths;
  const running = snapshot.suspension === null ? 0 : suspensionDays(snapshot.suspension, today);
  const nominal = addDays(addMonths(snapshot.filedOn, limitMonths), snapshot.excludedDays + running);
  return { ...rollForward(calendar, nominal), paused: snapshot.suspension !== null && suspensionHolds(snapshot.suspension, today) };
}
