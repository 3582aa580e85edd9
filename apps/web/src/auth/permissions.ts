import type {
  actOnCaseRoute,
  bindIdentityDocumentRoute,
  decideCorrectionRoute,
  fileCorrectionRoute,
  fileReconsiderationRoute,
  grantPermitRoute,
  liftSubjectRoute,
  listCorrectionsRoute,
  queryCheckLogRoute,
  revokePermitRoute,
  unbindIdentityDocumentRoute,
  checkCreditEligibilityRoute,
  creditOverviewRoute,
  endCreditDecisionRoute,
  listAgenciesRoute,
  listAgencyFeedbackRoute,
  proposeCreditDecisionRoute,
  registerAgencyRoute,
  reviewCreditDecisionRoute,
  revokeAgencyRoute,
  createApiTokenRoute,
  createUserRoute,
  fileCaseRoute,
  listWarningsRoute,
  putCalendarYearRoute,
  revealPartyIdRoute,
  verifyAuditChainRoute,
  listSubmissionsRoute,
  getSubmissionRoute,
  decideSubmissionRoute,
} from '@zhixing/contracts';
import type { SessionUser } from './session-context.js';

/**
 * Who may do what, mirrored from the route contracts so the console hides what the server would
 * refuse anyway. The type checks at the bottom fail when a contract's role list changes.
 */
type Role = SessionUser['role'];

const FILING_ROLES = ['judge', 'officer', 'clerk', 'bureau_chief'] as const;
const ACTING_ROLES = ['judge', 'officer', 'clerk', 'bureau_chief', 'president'] as const;
const REVEAL_ROLES = ['judge', 'officer', 'clerk', 'bureau_chief', 'president'] as const;
const SUPERVISING_ROLES = ['bureau_chief', 'president', 'city_supervisor'] as const;
const AUDIT_ROLES = ['admin', 'bureau_chief', 'president', 'city_supervisor'] as const;
/** Accounts, API tokens and the holiday calendar: the system administrator's work. */
const ADMIN_ROLES = ['admin'] as const;
/** 信用惩戒: the list-management overview and agency feedback (handlers and those who supervise them). */
const CREDIT_VIEW_ROLES = ['judge', 'officer', 'bureau_chief', 'president', 'city_supervisor'] as const;
/** Proposing a listing or restriction is the handler's act (the president signs it). */
const CREDIT_PROPOSE_ROLES = ['judge', 'officer'] as const;
/** The eligibility preview: anyone who acts on the case may ask. */
const CREDIT_ELIGIBILITY_ROLES = ['judge', 'officer', 'clerk', 'bureau_chief', 'president'] as const;
/** 院长签发 (失信规定 art. 5; 限高规定 art. 5). */
const CREDIT_SIGN_ROLES = ['president'] as const;
/** Deleting a listing or lifting a restriction. */
const CREDIT_END_ROLES = ['judge', 'officer', 'president'] as const;
/** Registering a correction request or an application for reconsideration: the court's counter. */
const CORRECTION_FILE_ROLES = ['judge', 'officer', 'clerk'] as const;
/** Deciding one (失信规定 art. 12): the handler or the court's leadership. */
const CORRECTION_DECIDE_ROLES = ['judge', 'officer', 'president'] as const;
/** The corrections queue. */
const CORRECTION_LIST_ROLES = ['judge', 'officer', 'clerk', 'bureau_chief', 'president', 'city_supervisor'] as const;
/** Permitting a necessary consumption and revoking the permit (限高规定 art. 8); releasing one bound person. */
const PERMIT_ROLES = ['judge', 'officer', 'president'] as const;
/** Reading the agency check log (itself audited). */
const CHECK_LOG_ROLES = ['bureau_chief', 'president', 'city_supervisor'] as const;
/** Binding and unbinding a party's travel documents. */
const DOCUMENT_ROLES = ['judge', 'officer', 'clerk'] as const;
/** Those who may see which agencies are registered. */
const AGENCY_LIST_ROLES = ['admin', 'bureau_chief', 'president', 'city_supervisor'] as const;
/**
 * Roles that work with or supervise cases. The case routes say `'*'` in their contracts but the
 * services refuse the system administrator (403), so this list cannot be checked against them.
 */
const CASE_ROLES = ['judge', 'officer', 'clerk', 'bureau_chief', 'president', 'city_supervisor'] as const;
/** 事务大厅: the portal's submissions queue, read by the case readers (the city supervisor: every court below). */
const SUBMISSION_ROLES = ['judge', 'officer', 'clerk', 'bureau_chief', 'president', 'city_supervisor'] as const;
/** Registering, answering or refusing a submission of one's own court (the detail's `actions` say what is open). */
const SUBMISSION_DECIDE_ROLES = ['judge', 'officer', 'clerk', 'bureau_chief', 'president'] as const;

const has = (list: readonly Role[], role: Role): boolean => list.includes(role);

export const canSeeCases = (user: SessionUser): boolean => has(CASE_ROLES, user.role);
export const canFileCases = (user: SessionUser): boolean => has(FILING_ROLES, user.role);
export const canActOnCases = (user: SessionUser): boolean => has(ACTING_ROLES, user.role);
export const canRevealIds = (user: SessionUser): boolean => has(REVEAL_ROLES, user.role);
export const canSeeWarnings = (user: SessionUser): boolean => has(SUPERVISING_ROLES, user.role);
export const canVerifyAudit = (user: SessionUser): boolean => has(AUDIT_ROLES, user.role);
export const canAdminister = (user: SessionUser): boolean => has(ADMIN_ROLES, user.role);
/** The list-management overview (pending signature, grace, removals due, published) and agency feedback. */
export const canSeeCredit = (user: SessionUser): boolean => has(CREDIT_VIEW_ROLES, user.role);
export const canProposeCredit = (user: SessionUser): boolean => has(CREDIT_PROPOSE_ROLES, user.role);
export const canCheckCreditEligibility = (user: SessionUser): boolean => has(CREDIT_ELIGIBILITY_ROLES, user.role);
export const canSignCredit = (user: SessionUser): boolean => has(CREDIT_SIGN_ROLES, user.role);
export const canEndCredit = (user: SessionUser): boolean => has(CREDIT_END_ROLES, user.role);
export const canSeeAgencies = (user: SessionUser): boolean => has(AGENCY_LIST_ROLES, user.role);
export const canFileCorrections = (user: SessionUser): boolean => has(CORRECTION_FILE_ROLES, user.role);
export const canDecideCorrections = (user: SessionUser): boolean => has(CORRECTION_DECIDE_ROLES, user.role);
export const canSeeCorrections = (user: SessionUser): boolean => has(CORRECTION_LIST_ROLES, user.role);
export const canGrantPermits = (user: SessionUser): boolean => has(PERMIT_ROLES, user.role);
export const canLiftSubjects = (user: SessionUser): boolean => has(PERMIT_ROLES, user.role);
export const canReadCheckLog = (user: SessionUser): boolean => has(CHECK_LOG_ROLES, user.role);
export const canBindDocuments = (user: SessionUser): boolean => has(DOCUMENT_ROLES, user.role);
export const canSeeSubmissions = (user: SessionUser): boolean => has(SUBMISSION_ROLES, user.role);
export const canDecideSubmissions = (user: SessionUser): boolean => has(SUBMISSION_DECIDE_ROLES, user.role);
/**
 * The 信用惩戒 page: anyone with at least one of its tabs — the overview, the corrections queue (a
 * clerk registers and follows corrections there), or the agency check log.
 */
export const canOpenCredit = (user: SessionUser): boolean => canSeeCredit(user) || canSeeCorrections(user) || canReadCheckLog(user);
/** Registering and revoking agencies is the system administrator's work (系统管理). */
export const canManageAgencies = (user: SessionUser): boolean => has(ADMIN_ROLES, user.role);

/** Where a user starts: the case list, or 系统管理 for the administrator, who sees no cases. */
export const homePath = (user: SessionUser): string => (canSeeCases(user) ? '/cases' : '/admin/users');

/** Whether a path inside the console is one the user may open (a case link kept from before login may not be). */
export const mayOpen = (user: SessionUser, path: string): boolean => {
  if (/^\/cases(\/|$|\?)/.test(path)) return canSeeCases(user);
  if (/^\/warnings(\/|$|\?)/.test(path)) return canSeeWarnings(user);
  if (/^\/credit(\/|$|\?)/.test(path)) return canOpenCredit(user);
  if (/^\/admin(\/|$|\?)/.test(path)) return canAdminister(user);
  if (/^\/audit(\/|$|\?)/.test(path)) return canVerifyAudit(user);
  if (/^\/submissions(\/|$|\?)/.test(path)) return canSeeSubmissions(user);
  return true;
};

type RolesOf<R> = R extends { access: { roles: infer L } } ? (L extends readonly (infer E)[] ? E : never) : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type RoleListsMatchContracts = [
  Assert<Same<(typeof FILING_ROLES)[number], RolesOf<typeof fileCaseRoute>>>,
  Assert<Same<(typeof ACTING_ROLES)[number], RolesOf<typeof actOnCaseRoute>>>,
  Assert<Same<(typeof REVEAL_ROLES)[number], RolesOf<typeof revealPartyIdRoute>>>,
  Assert<Same<(typeof SUPERVISING_ROLES)[number], RolesOf<typeof listWarningsRoute>>>,
  Assert<Same<(typeof AUDIT_ROLES)[number], RolesOf<typeof verifyAuditChainRoute>>>,
  Assert<Same<(typeof ADMIN_ROLES)[number], RolesOf<typeof createUserRoute>>>,
  Assert<Same<(typeof ADMIN_ROLES)[number], RolesOf<typeof createApiTokenRoute>>>,
  Assert<Same<(typeof ADMIN_ROLES)[number], RolesOf<typeof putCalendarYearRoute>>>,
  Assert<Same<(typeof CREDIT_VIEW_ROLES)[number], RolesOf<typeof creditOverviewRoute>>>,
  Assert<Same<(typeof CREDIT_VIEW_ROLES)[number], RolesOf<typeof listAgencyFeedbackRoute>>>,
  Assert<Same<(typeof CREDIT_PROPOSE_ROLES)[number], RolesOf<typeof proposeCreditDecisionRoute>>>,
  Assert<Same<(typeof CREDIT_ELIGIBILITY_ROLES)[number], RolesOf<typeof checkCreditEligibilityRoute>>>,
  Assert<Same<(typeof CREDIT_SIGN_ROLES)[number], RolesOf<typeof reviewCreditDecisionRoute>>>,
  Assert<Same<(typeof CREDIT_END_ROLES)[number], RolesOf<typeof endCreditDecisionRoute>>>,
  Assert<Same<(typeof AGENCY_LIST_ROLES)[number], RolesOf<typeof listAgenciesRoute>>>,
  Assert<Same<(typeof ADMIN_ROLES)[number], RolesOf<typeof registerAgencyRoute>>>,
  Assert<Same<(typeof ADMIN_ROLES)[number], RolesOf<typeof revokeAgencyRoute>>>,
  Assert<Same<(typeof CORRECTION_FILE_ROLES)[number], RolesOf<typeof fileCorrectionRoute>>>,
  Assert<Same<(typeof CORRECTION_FILE_ROLES)[number], RolesOf<typeof fileReconsiderationRoute>>>,
  Assert<Same<(typeof CORRECTION_DECIDE_ROLES)[number], RolesOf<typeof decideCorrectionRoute>>>,
  Assert<Same<(typeof CORRECTION_LIST_ROLES)[number], RolesOf<typeof listCorrectionsRoute>>>,
  Assert<Same<(typeof PERMIT_ROLES)[number], RolesOf<typeof grantPermitRoute>>>,
  Assert<Same<(typeof PERMIT_ROLES)[number], RolesOf<typeof revokePermitRoute>>>,
  Assert<Same<(typeof PERMIT_ROLES)[number], RolesOf<typeof liftSubjectRoute>>>,
  Assert<Same<(typeof CHECK_LOG_ROLES)[number], RolesOf<typeof queryCheckLogRoute>>>,
  Assert<Same<(typeof DOCUMENT_ROLES)[number], RolesOf<typeof bindIdentityDocumentRoute>>>,
  Assert<Same<(typeof DOCUMENT_ROLES)[number], RolesOf<typeof unbindIdentityDocumentRoute>>>,
  Assert<Same<(typeof SUBMISSION_ROLES)[number], RolesOf<typeof listSubmissionsRoute>>>,
  Assert<Same<(typeof SUBMISSION_ROLES)[number], RolesOf<typeof getSubmissionRoute>>>,
  Assert<Same<(typeof SUBMISSION_DECIDE_ROLES)[number], RolesOf<typeof decideSubmissionRoute>>>,
  /** Every role but the administrator works with cases. */
  Assert<Same<(typeof CASE_ROLES)[number], Exclude<Role, 'admin'>>>,
];
