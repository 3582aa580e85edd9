/**
 * The statutory node deadlines of a case, as the console and the passive-enforcement
 * supervision show them.
 */
import { diffDays, compareCivil, assertCivilDate } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import { calendarDaysDeadline } from '../calendar/index.js';
import type { DeadlineResult, WorkingDayCalendar } from '../calendar/index.js';
import type { CaseSnapshot } from './case-snapshot.js';
import { CLOSING_LEGAL_BASIS, closingDeadline } from './closing-deadline.js';

export type CaseNode = 'assignment' | 'notice' | 'closing';

export const CASE_NODE_LABELS: Readonly<Record<CaseNode, { zh: string; en: string }>> = {
  assignment: { zh: '分案', en: 'Handler assignment' },
  notice: { zh: '执行通知', en: 'Enforcement notice' },
  closing: { zh: '结案', en: 'Closing' },
};

export interface NodeDeadline {
  node: CaseNode;
  dueDate: CivilDate;
  done: boolean;
  doneOn?: CivilDate;
  /** Not done, not paused, case still open, and today is after the due date. */
  overdue: boolean;
  /** Days from today to the due date (negative when overdue); null once done or closed. */
  daysLeft: number | null;
  uncoveredYears: number[];
  legalBasis: string;
  /** The clock is stopped by a stay or deferral (closing node only). */
  paused?: boolean;
}

export interface CaseDeadlines {
  assignment: NodeDeadline;
  notice: NodeDeadline;
  closing: NodeDeadline;
}

/** 2006 期限规定 art. 2: the handler is assigned within 7 days of filing. */
export const ASSIGNMENT_DAYS = 7;
/** 民诉法解释 art. 480: the enforcement notice goes out within 10 days. */
export const NOTICE_DAYS = 10;

function node(name: CaseNode, result: DeadlineResult, legalBasis: string, snapshot: CaseSnapshot, today: CivilDate, done: { done: boolean; doneOn?: CivilDate | null; paused?: boolean }): NodeDeadline {
  // A node left undone when the case closed (e.g. withdrawn before the notice) is moot, not overdue.
  const open = !done.done && snapshot.stage !== 'closed';
  const overdue = open && done.paused !== true && compareCivil(today, result.dueDate) > 0;
  const out: NodeDeadline = {
    node: name,
    dueDate: result.dueDate,
    done: done.done,
    overdue,
    daysLeft: open ? diffDays(today, result.dueDate) : null,
    uncoveredYears: result.uncoveredYears,
    legalBasis,
  };
  if (done.doneOn) out.doneOn = done.doneOn;
  if (done.paused !== undefined) out.paused = done.paused;
  return out;
}

/**
 * The three node deadlines of a case on `today`, each end carried past rest days
 * (民事诉讼法 art. 85):
 * - assignment: filing + 7 days (2006 期限规定 art. 2); done once a handler is assigned (the
 *   snapshot does not record when, so `doneOn` is absent);
 * - notice: receipt of the application + 10 days (民诉法解释 art. 480); the filing date when the
 *   receipt date is not recorded;
 * - closing: see {@link closingDeadline}; paused, never overdue, while a stay or deferral holds.
 */
export function computeCaseDeadlines(calendar: WorkingDayCalendar, snapshot: CaseSnapshot, today: CivilDate): CaseDeadlines {
  assertCivilDate(today, 'today');
  const closing = closingDeadline(calendar, snapshot, today);
  const closed = snapshot.stage === 'closed';
  // A stay or deferral stops enforcement as a whole: a node left open meanwhile is not passive
  // enforcement (审理期限规定 art. 9(9)(10)), so it is reported paused, never overdue.
  const suspended = !closed && closing.paused ? { paused: true } : {};
  return {
    assignment: node('assignment', calendarDaysDeadline(calendar, snapshot.filedOn, ASSIGNMENT_DAYS), '执行期限规定（法发〔2006〕35号）第二条；民事诉讼法 第八十五条', snapshot, today, {
      done: snapshot.handlerId !== null,
      ...suspended,
    }),
    notice: node('notice', calendarDaysDeadline(calendar, snapshot.receivedOn ?? snapshot.filedOn, NOTICE_DAYS), '民诉法解释 第四百八十条；民事诉讼法 第八十五条', snapshot, today, {
      done: snapshot.noticeServedOn !== null,
      doneOn: snapshot.noticeServedOn,
      ...suspended,
    }),
    closing: node('closing', closing, CLOSING_LEGAL_BASIS, snapshot, today, { done: closed, doneOn: snapshot.closedOn, paused: !closed && closing.paused }),
  };
}
