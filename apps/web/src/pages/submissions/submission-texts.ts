import type { MessageKey } from '../../i18n/messages.js';
import type { SubmissionAction, SubmissionKind, SubmissionStatus } from './submissions-api.js';

/**
 * The words of each act and status follow the kind, as a court says them: an objection is 立案 (it
 * becomes a 执异 case), a complaint 受理, an appointment confirmed; the meeting is an appointment's
 * answer; an objection refused after registration is dismissed (执行异议复议规定 art. 2).
 */
export const SUBMISSION_KIND_ORDER = ['filingRequest', 'propertyClue', 'objection', 'complaint', 'appointment'] as const satisfies readonly SubmissionKind[];

export const kindKey = (kind: SubmissionKind): MessageKey => `submission.kind.${kind}`;
export const kindOneKey = (kind: SubmissionKind): MessageKey => `submission.kindOne.${kind}`;

/** The kinds registered before they are answered (domain submission-rules.ts). */
export const registers = (kind: SubmissionKind): kind is 'objection' | 'complaint' | 'appointment' => kind === 'objection' || kind === 'complaint' || kind === 'appointment';
const hasRegistration = registers;

export function statusKey(kind: SubmissionKind, status: SubmissionStatus, extra: { filed?: boolean; registered?: boolean } = {}): MessageKey {
  switch (status) {
    case 'received':
      return `submission.status.received.${kind}`;
    case 'registered':
      return hasRegistration(kind) ? `submission.status.registered.${kind}` : 'submission.status.registered.other';
    case 'answered':
      if (extra.filed) return 'submission.status.answered.filed';
      return kind === 'filingRequest' || kind === 'appointment' ? `submission.status.answered.${kind}` : 'submission.status.answered.other';
    case 'notAccepted':
      return kind === 'objection' && extra.registered ? 'submission.status.dismissed' : 'submission.status.notAccepted';
  }
}

export const STATUS_COLOURS: Readonly<Record<SubmissionStatus, string>> = { received: 'gold', registered: 'processing', answered: 'success', notAccepted: 'default' };

/** What the next deadline is for: 立案期限, 受理期限, 确认期限, 答复期限 or (an appointment's answer) the meeting day. */
export function dueForKey(kind: SubmissionKind, dueFor: 'register' | 'answer'): MessageKey {
  if (dueFor === 'answer') return kind === 'appointment' ? 'submission.dueFor.answer.appointment' : 'submission.dueFor.answer';
  return hasRegistration(kind) ? `submission.dueFor.register.${kind}` : 'submission.dueFor.register.other';
}

/**
 * The button of an act. An online filing request is answered by filing it, for those who may file
 * cases (`mayFile`); an objection already registered is dismissed rather than refused.
 */
export function actKey(kind: SubmissionKind, action: SubmissionAction, state: { status: SubmissionStatus; mayFile: boolean }): MessageKey {
  switch (action) {
    case 'register':
      return hasRegistration(kind) ? `submission.act.register.${kind}` : 'submission.act.register.other';
    case 'answer':
      if (kind === 'filingRequest' && state.mayFile) return 'submission.act.fileAndAnswer';
      return kind === 'appointment' ? 'submission.act.answer.appointment' : 'submission.act.answer';
    case 'notAccept':
      return kind === 'objection' && state.status === 'registered' ? 'submission.act.dismiss' : 'submission.act.notAccept';
  }
}

/** What the dialog says before the act. */
export function hintKey(kind: SubmissionKind, action: SubmissionAction, state: { status: SubmissionStatus; fileCase: boolean }): MessageKey {
  switch (action) {
    case 'register':
      return hasRegistration(kind) ? `submission.hint.register.${kind}` : 'submission.hint.register.other';
    case 'answer':
      return state.fileCase ? 'submission.hint.fileCase' : 'submission.hint.answer';
    case 'notAccept':
      if (kind === 'objection' && state.status === 'registered') return 'submission.hint.dismiss';
      return kind === 'appointment' ? 'submission.hint.notAccept.appointment' : 'submission.hint.notAccept';
  }
}

/** The label of the text the submitter reads. */
export function replyLabelKey(kind: SubmissionKind, action: SubmissionAction, status: SubmissionStatus): MessageKey {
  switch (action) {
    case 'register':
      return 'submission.reply.register';
    case 'answer':
      return 'submission.reply.answer';
    case 'notAccept':
      return kind === 'objection' && status === 'registered' ? 'submission.reply.dismiss' : 'submission.reply.notAccept';
  }
}

/** The act's order in the drawer's footer: the refusal first (left), the main act last (right). */
export const ACTION_ORDER = ['notAccept', 'register', 'answer'] as const satisfies readonly SubmissionAction[];

/** Days past a deadline, for an open submission that is overdue; null when it is not. */
export const overdueDays = (daysLeft: number | null): number | null => (daysLeft !== null && daysLeft < 0 ? -daysLeft : null);

/** A slot as people read it: 2026-12-01 09:30. */
export const formatSlot = (slot: string): string => slot.replace('T', ' ');

/** A file's size in KB or MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
