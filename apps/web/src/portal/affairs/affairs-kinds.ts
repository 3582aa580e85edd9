/**
 * What a citizen can hand in at the affairs hall, in the order shown, with the words of each. The
 * kinds and their time limits are the domain's (submission-rules.ts); the portal bundles no rules,
 * only what it shows, so the lists below are checked against the contract's types.
 */
import type { SubmissionReceipt, SubmissionRequest } from '@zhixing/contracts';
import type { PortalMessageKey } from '../portal-messages.js';

export type SubmissionKind = SubmissionRequest['kind'];
export type SubmissionStatus = SubmissionReceipt['status'];
export type SubmitterRole = SubmissionRequest['submitter']['role'];
export type PropertyClueType = Extract<SubmissionRequest, { kind: 'propertyClue' }>['propertyType'];

/** A party logged in on their case: who they are and their court (found by name among the courts; null until then). */
export interface PartyContext {
  readonly name: string;
  readonly role: 'applicant' | 'debtor';
  readonly courtId: string | null;
}

export const AFFAIRS_KINDS = ['filingRequest', 'propertyClue', 'objection', 'complaint', 'appointment'] as const satisfies readonly SubmissionKind[];

/** The kinds a logged-in party hands in on their own case (issue 5: 我要办事). */
export const CASE_AFFAIRS_KINDS = ['propertyClue', 'objection', 'appointment'] as const satisfies readonly SubmissionKind[];

export const isSubmissionKind = (s: string | undefined): s is SubmissionKind => (AFFAIRS_KINDS as readonly string[]).includes(s ?? '');

export interface KindWords {
  readonly title: PortalMessageKey;
  readonly what: PortalMessageKey;
  readonly limit: PortalMessageKey;
  /** What the court does by `registerBy`, for kinds with a registration step. */
  readonly registerAct: PortalMessageKey | null;
  /** What the court does by `answerBy` (an appointment's answer is the meeting itself). */
  readonly answerAct: PortalMessageKey | null;
}

export const KIND_WORDS: Readonly<Record<SubmissionKind, KindWords>> = {
  filingRequest: { title: 'kindFilingRequest', what: 'kindFilingRequestWhat', limit: 'kindFilingRequestLimit', registerAct: null, answerAct: 'actAnswerFilingRequest' },
  propertyClue: { title: 'kindPropertyClue', what: 'kindPropertyClueWhat', limit: 'kindPropertyClueLimit', registerAct: null, answerAct: 'actAnswerPropertyClue' },
  objection: { title: 'kindObjection', what: 'kindObjectionWhat', limit: 'kindObjectionLimit', registerAct: 'actRegisterObjection', answerAct: 'actAnswerObjection' },
  complaint: { title: 'kindComplaint', what: 'kindComplaintWhat', limit: 'kindComplaintLimit', registerAct: 'actRegisterComplaint', answerAct: 'actAnswerComplaint' },
  appointment: { title: 'kindAppointment', what: 'kindAppointmentWhat', limit: 'kindAppointmentLimit', registerAct: 'actRegisterAppointment', answerAct: null },
};

export const SUBMITTER_ROLE_WORDS: Readonly<Record<SubmitterRole, PortalMessageKey>> = {
  applicant: 'roleApplicant',
  debtor: 'roleDebtor',
  agent: 'roleAgent',
  outsider: 'roleOutsider',
  public: 'rolePublic',
};

/** Who usually hands in each kind: the role the form starts with. */
export const DEFAULT_ROLE: Readonly<Record<SubmissionKind, SubmitterRole>> = {
  filingRequest: 'applicant',
  propertyClue: 'applicant',
  objection: 'debtor',
  complaint: 'public',
  appointment: 'applicant',
};

export const CLUE_TYPE_WORDS: Readonly<Record<PropertyClueType, PortalMessageKey>> = {
  deposit: 'clueDeposit',
  realEstate: 'clueRealEstate',
  vehicle: 'clueVehicle',
  equity: 'clueEquity',
  securities: 'clueSecurities',
  receivable: 'clueReceivable',
  onlinePayment: 'clueOnlinePayment',
  movable: 'clueMovable',
  other: 'clueOther',
};
