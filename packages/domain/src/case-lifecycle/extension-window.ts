/**
 * When the handler may ask for more time to conclude the case.
 */
import { addDays, diffDays } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import type { DomainProblem } from '../domain-error.js';
import type { ActionContext } from './action-context.js';
import { closingDeadline } from './closing-deadline.js';

/**
 * 2006 期限规定 art. 1: the extension must be requested "期限届满前5日内" — within the 5 days
 * before the limit expires. Encoded as in legal-reference §1A, whose tag for this article is
 * VERIFIED-SECONDARY (quoted text on two third-party sites, not the official gazette): the
 * window opens 5 days before the closing due date and closes at the end of the due date.
 * Note the different civil-case rule of 审理期限规定 art. 12 (at least 10 days before expiry),
 * which the 2006 rule, being the specific rule for enforcement, displaces.
 */
export const EXTENSION_REQUEST_WINDOW_DAYS = 5;

export function checkRequestWindow(ctx: ActionContext, requestedOn: CivilDate): DomainProblem | null {
  const { dueDate } = closingDeadline(ctx.calendar, ctx.snapshot, ctx.today);
  const daysBefore = diffDays(requestedOn, dueDate);
  if (daysBefore >= 0 && daysBefore <= EXTENSION_REQUEST_WINDOW_DAYS) return null;
  const opens = addDays(dueDate, -EXTENSION_REQUEST_WINDOW_DAYS);
  const late = daysBefore < 0;
  return {
    code: 'EXTENSION_REQUEST_OUTSIDE_WINDOW',
    messageZh: `延长执行期限须在期限届满前五日内提出（执行期限规定第一条），即 ${opens} 至 ${dueDate} 之间；${requestedOn} ${late ? '期限已届满' : '尚未到申请时间'}`,
    messageEn: `An extension must be requested within the 5 days before the time limit expires (2006 SPC time-limit rules art. 1), i.e. from ${opens} to ${dueDate}; ${requestedOn} is ${late ? 'after the limit expired' : 'too early'}`,
    details: { requestedOn, windowOpens: opens, dueDate },
  };
}
