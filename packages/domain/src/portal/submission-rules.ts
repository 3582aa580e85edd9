/**
 * What the public and the parties hand in on the portal (issue 5, 执行事务大厅): the kinds, the
 * status each passes through, and the statutory time limit the court answers within.
 *
 * - 网上立案申请 `filingRequest`: filed within 7 days of receipt when the conditions are met
 *   (最高人民法院关于严格执行案件审理期限制度的若干规定 art. 6).
 * - 财产线索 `propertyClue`: a clear and specific clue is checked within 7 days, an urgent one within
 *   3 (最高人民法院关于民事执行中财产调查若干问题的规定 art. 2).
 * - 执行异议 `objection`: registered (立案) within 3 days (执行异议复议规定 art. 2) and reviewed
 *   within 15 days of receipt of the written objection (民事诉讼法 art. 236 for acts, art. 238 for
 *   an outsider's objection to enforcement against an asset).
 * - 举报、控告 `complaint`: handled as a petition (执行信访): accepted or not within 15 days and
 *   concluded within 60 days of acceptance (信访工作条例 2022 arts. 22 and 32 — not among the law
 *   texts we hold; see ADR 0012).
 * - 约见法官 `appointment`: a slot in the affairs hall, confirmed within 2 working days of the
 *   request and in any case before the slot (a service standard of the platform, no statute).
 *
 * Periods in days follow 民事诉讼法 art. 85 (the day of receipt is not counted; a period ending on a
 * rest day ends on the next working day).
 */
import { calendarDaysDeadline, workingDaysDeadline, type WorkingDayCalendar } from '../calendar/index.js';
import { compareCivil, type CivilDate } from '../civil-date.js';
import { DomainError } from '../domain-error.js';

export const SUBMISSION_KINDS = ['filingRequest', 'propertyClue', 'objection', 'complaint', 'appointment'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

/**
 * `received` → (`registered` →) `answered`, or `notAccepted` with the reason. Kinds with a
 * registration step (objection: 立案; complaint: 受理; appointment: confirmed) must be registered
 * before they are answered; an objection found inadmissible after registration is still dismissed
 * (执行异议复议规定 art. 2: 立案后发现不符合受理条件的，裁定驳回申请).
 */
export const SUBMISSION_STATUSES = ['received', 'registered', 'answered', 'notAccepted'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const SUBMISSION_ACTIONS = ['register', 'answer', 'notAccept'] as const;
export type SubmissionAction = (typeof SUBMISSION_ACTIONS)[number];

interface KindRule {
  /** Days to register, or null when the kind has no registration step. */
  readonly registerDays: number | null;
  readonly registerIn: 'calendar' | 'working';
  /** Days to answer; null: the appointment's own date. */
  readonly answerDays: number | null;
  /** Where the answer period starts: the day of receipt, or the day of registration. */
  readonly answerFrom: 'receipt' | 'registration';
  readonly legalBasis: string;
}

export const SUBMISSION_RULES: Readonly<Record<SubmissionKind, KindRule>> = {
  filingRequest: { registerDays: null, registerIn: 'calendar', answerDays: 7, answerFrom: 'receipt', legalBasis: '《最高人民法院关于严格执行案件审理期限制度的若干规定》第六条' },
  propertyClue: { registerDays: null, registerIn: 'calendar', answerDays: 7, answerFrom: 'receipt', legalBasis: '《最高人民法院关于民事执行中财产调查若干问题的规定》第二条' },
  objection: { registerDays: 3, registerIn: 'calendar', answerDays: 15, answerFrom: 'receipt', legalBasis: '《中华人民共和国民事诉讼法》第二百三十六条、第二百三十八条；《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》第二条' },
  complaint: { registerDays: 15, registerIn: 'calendar', answerDays: 60, answerFrom: 'registration', legalBasis: '《信访工作条例》第二十二条、第三十二条' },
  appointment: { registerDays: 2, registerIn: 'working', answerDays: null, answerFrom: 'receipt', legalBasis: '执行事务大厅服务规范（平台规则）' },
};

/** An urgent property clue is checked within 3 days (财产调查规定 art. 2). */
export const URGENT_CLUE_DAYS = 3;

export interface SubmissionDeadlines {
  /** The last day to register; null when the kind has none or it is registered already. */
  readonly registerBy: CivilDate | null;
  /** The last day to answer; null while it depends on a registration not yet made. */
  readonly answerBy: CivilDate | null;
}

/**
 * The deadlines of a submission in its current state. `slotDate` is an appointment's day (its
 * confirmation is due by the earlier of 2 working days and the day before the slot, and the
 * meeting itself is its answer).
 */
export function submissionDeadlines(
  calendar: WorkingDayCalendar,
  kind: SubmissionKind,
  state: { receivedOn: CivilDate; registeredOn: CivilDate | null; urgent?: boolean; slotDate?: CivilDate | null },
): SubmissionDeadlines {
  const rule = SUBMISSION_RULES[kind];
  let registerBy: CivilDate | null = null;
  if (rule.registerDays !== null && state.registeredOn === null) {
    registerBy = (rule.registerIn === 'working' ? workingDaysDeadline(calendar, state.receivedOn, rule.registerDays) : calendarDaysDeadline(calendar, state.receivedOn, rule.registerDays)).dueDate;
    if (kind === 'appointment' && state.slotDate && compareCivil(state.slotDate, registerBy) < 0) registerBy = state.slotDate;
  }
  if (kind === 'appointment') return { registerBy, answerBy: state.slotDate ?? null };
  const days = kind === 'propertyClue' && state.urgent ? URGENT_CLUE_DAYS : rule.answerDays!;
  const from = rule.answerFrom === 'receipt' ? state.receivedOn : state.registeredOn;
  return { registerBy, answerBy: from === null ? null : calendarDaysDeadline(calendar, from, days).dueDate };
}

/** The status after `action`, or a DomainError naming why the act is not open now. */
export function nextSubmissionStatus(kind: SubmissionKind, status: SubmissionStatus, action: SubmissionAction): SubmissionStatus {
  const hasRegistration = SUBMISSION_RULES[kind].registerDays !== null;
  const allowed =
    (action === 'register' && status === 'received' && hasRegistration) ||
    (action === 'answer' && (status === 'registered' || (status === 'received' && !hasRegistration))) ||
    (action === 'notAccept' && (status === 'received' || (status === 'registered' && kind === 'objection')));
  if (!allowed) {
    throw new DomainError({
      code: 'SUBMISSION_STATE_CONFLICT',
      messageZh: status === 'answered' || status === 'notAccepted' ? '该事项已办结，不能再处理' : hasRegistration && action === 'answer' ? '该事项须先受理（立案）再答复' : '该事项当前状态下不能进行此操作',
      messageEn: status === 'answered' || status === 'notAccepted' ? 'This submission is closed already' : hasRegistration && action === 'answer' ? 'Register this submission before answering it' : 'This act is not open in the submission\'s current state',
      details: { kind, status, action },
    });
  }
  return action === 'register' ? 'registered' : action === 'answer' ? 'answered' : 'notAccepted';
}
