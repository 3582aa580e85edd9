import type {
  actOnCaseRoute,
  bindIdentityDocumentRoute,
  decideCorrectionRoute,
  fileCorrectionRoute,
  fileReconsiderationRoute,
  grantPermitRoute,
  liftSubjectRoute,
  listCorrectionsRoute,
  listIdentityDocumentsRoute,
  queryCheckLogRoute,
  revokePermitRoute,
  unbindIdentityDocumentRoute,
  calcDeadlineRoute,
  checkCreditEligibilityRoute,
  creditOverviewRoute,
  downloadCreditDocumentRoute,
  endCreditDecisionRoute,
  listAgenciesRoute,
  listAgencyFeedbackRoute,
  listCaseCreditDecisionsRoute,
  proposeCreditDecisionRoute,
  registerAgencyRoute,
  reviewCreditDecisionRoute,
  revokeAgencyRoute,
  calcFeeRoute,
  calcInterestRoute,
  createApiTokenRoute,
  createUserRoute,
  fileCaseRoute,
  getCalendarRoute,
  getCaseRoute,
  getMeRoute,
  listCaseEventsRoute,
  listCasesRoute,
  listCourtsRoute,
  listUsersRoute,
  listWarningsRoute,
  loginRoute,
  logoutRoute,
  putCalendarYearRoute,
  revealPartyIdRoute,
  reissueQueryCodeRoute,
  verifyAuditChainRoute,
  listInstitutionsRoute,
  registerInstitutionRoute,
  addInstitutionKeyRoute,
  revokeInstitutionKeyRoute,
  startInquiryRoute,
  getCasePropertiesRoute,
  listCaseNoticesRoute,
  publishNoticeRoute,
  withdrawNoticeRoute,
  caseNotificationsRoute,
} from '@zhixing/contracts';
import { buildUrl, request } from './client.js';
import type { Body, Query, Reply } from './contract-types.js';

/** Typed calls, one per route (types from the contracts: api/contract-types.ts). Each path is typed as the contract's literal path, so a changed contract fails the type check here. */
const PATHS = {
  login: '/api/v1/auth/login',
  logout: '/api/v1/auth/logout',
  me: '/api/v1/auth/me',
  cases: '/api/v1/cases',
  case: '/api/v1/cases/:id',
  caseEvents: '/api/v1/cases/:id/events',
  caseActions: '/api/v1/cases/:id/actions',
  revealId: '/api/v1/cases/:id/parties/:partyId/reveal-id',
  queryCode: '/api/v1/cases/:id/parties/:partyId/query-code',
  courts: '/api/v1/courts',
  users: '/api/v1/users',
  apiTokens: '/api/v1/api-tokens',
  calendar: '/api/v1/calendar',
  calendarYear: '/api/v1/calendar/years/:year',
  auditVerify: '/api/v1/audit/verify',
  warnings: '/api/v1/supervision/warnings',
  fee: '/api/v1/calc/fee',
  interest: '/api/v1/calc/interest',
  deadline: '/api/v1/calc/deadline',
  caseCredit: '/api/v1/cases/:id/credit-decisions',
  creditEligibility: '/api/v1/cases/:id/credit-decisions/eligibility',
  creditReview: '/api/v1/credit-decisions/:id/review',
  creditEnd: '/api/v1/credit-decisions/:id/end',
  creditDocument: '/api/v1/credit-decisions/:id/document',
  creditOverview: '/api/v1/credit/overview',
  creditFeedback: '/api/v1/credit/feedback',
  agencies: '/api/v1/agencies',
  agencyRevoke: '/api/v1/agencies/:id/revoke',
  corrections: '/api/v1/credit-corrections',
  correctionDecision: '/api/v1/credit-corrections/:id/decision',
  creditCorrections: '/api/v1/credit-decisions/:id/corrections',
  creditReconsiderations: '/api/v1/credit-decisions/:id/reconsiderations',
  creditPermits: '/api/v1/credit-decisions/:id/permits',
  creditPermitRevoke: '/api/v1/credit-decisions/:id/permits/:permitId/revoke',
  creditSubjectLift: '/api/v1/credit-decisions/:id/subjects/:subjectId/lift',
  checkLog: '/api/v1/credit/check-log',
  identityDocuments: '/api/v1/cases/:id/identity-documents',
  partyDocuments: '/api/v1/cases/:id/parties/:partyId/documents',
  partyDocumentUnbind: '/api/v1/cases/:id/parties/:partyId/documents/:documentId/unbind',
  institutions: '/api/v1/institutions',
  institutionKeys: '/api/v1/institutions/:id/keys',
  institutionKeyRevoke: '/api/v1/institutions/:id/keys/:keyId/revoke',
  networkInquiries: '/api/v1/cases/:id/network-inquiries',
  caseProperties: '/api/v1/cases/:id/properties',
  caseNotices: '/api/v1/cases/:id/notices',
  noticeWithdrawal: '/api/v1/cases/:id/notices/:noticeId/withdrawal',
  caseNotifications: '/api/v1/cases/:id/notifications',
} as const satisfies {
  login: (typeof loginRoute)['path'];
  logout: (typeof logoutRoute)['path'];
  me: (typeof getMeRoute)['path'];
  cases: (typeof listCasesRoute | typeof fileCaseRoute)['path'];
  case: (typeof getCaseRoute)['path'];
  caseEvents: (typeof listCaseEventsRoute)['path'];
  caseActions: (typeof actOnCaseRoute)['path'];
  revealId: (typeof revealPartyIdRoute)['path'];
  queryCode: (typeof reissueQueryCodeRoute)['path'];
  courts: (typeof listCourtsRoute)['path'];
  users: (typeof listUsersRoute | typeof createUserRoute)['path'];
  apiTokens: (typeof createApiTokenRoute)['path'];
  calendar: (typeof getCalendarRoute)['path'];
  calendarYear: (typeof putCalendarYearRoute)['path'];
  auditVerify: (typeof verifyAuditChainRoute)['path'];
  warnings: (typeof listWarningsRoute)['path'];
  fee: (typeof calcFeeRoute)['path'];
  interest: (typeof calcInterestRoute)['path'];
  deadline: (typeof calcDeadlineRoute)['path'];
  caseCredit: (typeof listCaseCreditDecisionsRoute | typeof proposeCreditDecisionRoute)['path'];
  creditEligibility: (typeof checkCreditEligibilityRoute)['path'];
  creditReview: (typeof reviewCreditDecisionRoute)['path'];
  creditEnd: (typeof endCreditDecisionRoute)['path'];
  creditDocument: (typeof downloadCreditDocumentRoute)['path'];
  creditOverview: (typeof creditOverviewRoute)['path'];
  creditFeedback: (typeof listAgencyFeedbackRoute)['path'];
  agencies: (typeof listAgenciesRoute | typeof registerAgencyRoute)['path'];
  agencyRevoke: (typeof revokeAgencyRoute)['path'];
  corrections: (typeof listCorrectionsRoute)['path'];
  correctionDecision: (typeof decideCorrectionRoute)['path'];
  creditCorrections: (typeof fileCorrectionRoute)['path'];
  creditReconsiderations: (typeof fileReconsiderationRoute)['path'];
  creditPermits: (typeof grantPermitRoute)['path'];
  creditPermitRevoke: (typeof revokePermitRoute)['path'];
  creditSubjectLift: (typeof liftSubjectRoute)['path'];
  checkLog: (typeof queryCheckLogRoute)['path'];
  identityDocuments: (typeof listIdentityDocumentsRoute)['path'];
  partyDocuments: (typeof bindIdentityDocumentRoute)['path'];
  partyDocumentUnbind: (typeof unbindIdentityDocumentRoute)['path'];
  institutions: (typeof listInstitutionsRoute | typeof registerInstitutionRoute)['path'];
  institutionKeys: (typeof addInstitutionKeyRoute)['path'];
  institutionKeyRevoke: (typeof revokeInstitutionKeyRoute)['path'];
  networkInquiries: (typeof startInquiryRoute)['path'];
  caseProperties: (typeof getCasePropertiesRoute)['path'];
  caseNotices: (typeof listCaseNoticesRoute | typeof publishNoticeRoute)['path'];
  noticeWithdrawal: (typeof withdrawNoticeRoute)['path'];
  caseNotifications: (typeof caseNotificationsRoute)['path'];
};

export type MeReply = Reply<typeof getMeRoute>;
export type LoginBody = Body<typeof loginRoute>;
export type CaseListQuery = Query<typeof listCasesRoute>;
export type CaseListReply = Reply<typeof listCasesRoute>;
export type CaseDetailReply = Reply<typeof getCaseRoute>;
export type CaseEventsReply = Reply<typeof listCaseEventsRoute>;
export type FileCaseBody = Body<typeof fileCaseRoute>;
export type FiledCaseReply = Reply<typeof fileCaseRoute, 201>;
export type IssuedQueryCodeReply = Reply<typeof reissueQueryCodeRoute, 201>;
export type ActOnCaseBody = Body<typeof actOnCaseRoute>;
export type RevealIdReply = Reply<typeof revealPartyIdRoute>;
export type CourtsReply = Reply<typeof listCourtsRoute>;
export type UsersQuery = Query<typeof listUsersRoute>;
export type UsersReply = Reply<typeof listUsersRoute>;
export type CreateUserBody = Body<typeof createUserRoute>;
export type UserReply = Reply<typeof createUserRoute, 201>;
export type CreateApiTokenBody = Body<typeof createApiTokenRoute>;
export type ApiTokenReply = Reply<typeof createApiTokenRoute, 201>;
export type CalendarReply = Reply<typeof getCalendarRoute>;
export type CalendarYearBody = Body<typeof putCalendarYearRoute>;
export type AuditVerifyQuery = Query<typeof verifyAuditChainRoute>;
export type AuditVerifyReply = Reply<typeof verifyAuditChainRoute>;
export type WarningsQuery = Query<typeof listWarningsRoute>;
export type WarningsReply = Reply<typeof listWarningsRoute>;
export type FeeQuery = Query<typeof calcFeeRoute>;
export type FeeReply = Reply<typeof calcFeeRoute>;
export type InterestBody = Body<typeof calcInterestRoute>;
export type InterestReply = Reply<typeof calcInterestRoute>;
export type DeadlineQuery = Query<typeof calcDeadlineRoute>;
export type DeadlineReply = Reply<typeof calcDeadlineRoute>;
export type CreditDecisionsReply = Reply<typeof listCaseCreditDecisionsRoute>;
export type CreditDecision = CreditDecisionsReply['items'][number];
export type CreditProposalBody = Body<typeof proposeCreditDecisionRoute>;
export type CreditEligibilityReply = Reply<typeof checkCreditEligibilityRoute>;
export type ReviewCreditBody = Body<typeof reviewCreditDecisionRoute>;
export type EndCreditBody = Body<typeof endCreditDecisionRoute>;
export type CreditOverviewQuery = Query<typeof creditOverviewRoute>;
export type CreditOverviewReply = Reply<typeof creditOverviewRoute>;
export type AgencyFeedbackQuery = Query<typeof listAgencyFeedbackRoute>;
export type AgencyFeedbackReply = Reply<typeof listAgencyFeedbackRoute>;
export type AgenciesReply = Reply<typeof listAgenciesRoute>;
export type RegisterAgencyBody = Body<typeof registerAgencyRoute>;
export type RegisteredAgencyReply = Reply<typeof registerAgencyRoute, 201>;
export type CorrectionsQuery = Query<typeof listCorrectionsRoute>;
export type CorrectionsReply = Reply<typeof listCorrectionsRoute>;
export type Correction = CorrectionsReply['items'][number];
export type DecideCorrectionBody = Body<typeof decideCorrectionRoute>;
export type FileCorrectionBody = Body<typeof fileCorrectionRoute>;
export type FileReconsiderationBody = Body<typeof fileReconsiderationRoute>;
export type GrantPermitBody = Body<typeof grantPermitRoute>;
export type GrantPermitReply = Reply<typeof grantPermitRoute, 201>;
export type CreditPermit = CreditDecision['permits'][number];
export type LiftSubjectBody = Body<typeof liftSubjectRoute>;
export type CheckLogQuery = Query<typeof queryCheckLogRoute>;
export type CheckLogReply = Reply<typeof queryCheckLogRoute>;
export type IdentityDocumentsReply = Reply<typeof listIdentityDocumentsRoute>;
export type IdentityDocument = IdentityDocumentsReply['items'][number];
export type BindDocumentBody = Body<typeof bindIdentityDocumentRoute>;
export type InstitutionsQuery = Query<typeof listInstitutionsRoute>;
export type InstitutionsReply = Reply<typeof listInstitutionsRoute>;
export type Institution = InstitutionsReply['items'][number];
export type InstitutionKey = Institution['keys'][number];
export type RegisterInstitutionBody = Body<typeof registerInstitutionRoute>;
export type AddInstitutionKeyBody = Body<typeof addInstitutionKeyRoute>;
export type InquiryStartedReply = Reply<typeof startInquiryRoute, 201>;
export type CasePropertiesReply = Reply<typeof getCasePropertiesRoute>;
export type CaseProperty = CasePropertiesReply['properties'][number];
export type InquiryRequest = CasePropertiesReply['requests'][number];
export type CaseNoticesReply = Reply<typeof listCaseNoticesRoute>;
export type CaseNotice = CaseNoticesReply['items'][number];
export type PublishNoticeBody = Body<typeof publishNoticeRoute>;
export type CaseNotificationsReply = Reply<typeof caseNotificationsRoute>;

export const api = {
  login: (body: LoginBody) => request<MeReply>('POST', PATHS.login, { body }),
  logout: () => request<unknown>('POST', PATHS.logout, { body: {} }),
  me: () => request<MeReply>('GET', PATHS.me),
  listCases: (query: CaseListQuery, signal?: AbortSignal) => request<CaseListReply>('GET', PATHS.cases, { query, ...(signal ? { signal } : {}) }),
  fileCase: (body: FileCaseBody) => request<FiledCaseReply>('POST', PATHS.cases, { body }),
  reissueQueryCode: (id: string, partyId: string) => request<IssuedQueryCodeReply>('POST', PATHS.queryCode, { params: { id, partyId } }),
  getCase: (id: string) => request<CaseDetailReply>('GET', PATHS.case, { params: { id } }),
  listCaseEvents: (id: string) => request<CaseEventsReply>('GET', PATHS.caseEvents, { params: { id } }),
  actOnCase: (id: string, body: ActOnCaseBody) => request<CaseDetailReply>('POST', PATHS.caseActions, { params: { id }, body }),
  revealPartyId: (id: string, partyId: string, purpose: string) =>
    request<RevealIdReply>('POST', PATHS.revealId, { params: { id, partyId }, body: { purpose } }),
  listCourts: () => request<CourtsReply>('GET', PATHS.courts),
  listUsers: (query: UsersQuery = {}) => request<UsersReply>('GET', PATHS.users, { query }),
  createUser: (body: CreateUserBody) => request<UserReply>('POST', PATHS.users, { body }),
  createApiToken: (body: CreateApiTokenBody) => request<ApiTokenReply>('POST', PATHS.apiTokens, { body }),
  getCalendar: () => request<CalendarReply>('GET', PATHS.calendar),
  putCalendarYear: (year: number, body: CalendarYearBody) => request<CalendarReply>('PUT', PATHS.calendarYear, { params: { year: String(year) }, body }),
  verifyAudit: (query: AuditVerifyQuery = {}) => request<AuditVerifyReply>('GET', PATHS.auditVerify, { query }),
  listWarnings: (query: WarningsQuery = {}) => request<WarningsReply>('GET', PATHS.warnings, { query }),
  calcFee: (query: FeeQuery) => request<FeeReply>('GET', PATHS.fee, { query }),
  calcInterest: (body: InterestBody) => request<InterestReply>('POST', PATHS.interest, { body }),
  calcDeadline: (query: DeadlineQuery) => request<DeadlineReply>('GET', PATHS.deadline, { query }),
  listCaseCredit: (id: string) => request<CreditDecisionsReply>('GET', PATHS.caseCredit, { params: { id } }),
  proposeCredit: (id: string, body: CreditProposalBody) => request<CreditDecision>('POST', PATHS.caseCredit, { params: { id }, body }),
  checkCreditEligibility: (id: string, body: CreditProposalBody, signal?: AbortSignal) =>
    request<CreditEligibilityReply>('POST', PATHS.creditEligibility, { params: { id }, body, ...(signal ? { signal } : {}) }),
  reviewCredit: (id: string, body: ReviewCreditBody) => request<CreditDecision>('POST', PATHS.creditReview, { params: { id }, body }),
  endCredit: (id: string, body: EndCreditBody) => request<CreditDecision>('POST', PATHS.creditEnd, { params: { id }, body }),
  /** The .docx is downloaded by the browser itself (a plain link carries the session cookie). */
  creditDocumentUrl: (id: string) => buildUrl(PATHS.creditDocument, { params: { id } }),
  creditOverview: (query: CreditOverviewQuery = {}) => request<CreditOverviewReply>('GET', PATHS.creditOverview, { query }),
  listAgencyFeedback: (query: AgencyFeedbackQuery = {}) => request<AgencyFeedbackReply>('GET', PATHS.creditFeedback, { query }),
  listAgencies: () => request<AgenciesReply>('GET', PATHS.agencies),
  registerAgency: (body: RegisterAgencyBody) => request<RegisteredAgencyReply>('POST', PATHS.agencies, { body }),
  revokeAgency: (id: string) => request<unknown>('POST', PATHS.agencyRevoke, { params: { id }, body: {} }),
  listCorrections: (query: CorrectionsQuery = {}) => request<CorrectionsReply>('GET', PATHS.corrections, { query }),
  decideCorrection: (id: string, body: DecideCorrectionBody) => request<Correction>('POST', PATHS.correctionDecision, { params: { id }, body }),
  fileCorrection: (decisionId: string, body: FileCorrectionBody) => request<Correction>('POST', PATHS.creditCorrections, { params: { id: decisionId }, body }),
  fileReconsideration: (decisionId: string, body: FileReconsiderationBody) => request<Correction>('POST', PATHS.creditReconsiderations, { params: { id: decisionId }, body }),
  grantPermit: (decisionId: string, body: GrantPermitBody) => request<GrantPermitReply>('POST', PATHS.creditPermits, { params: { id: decisionId }, body }),
  revokePermit: (decisionId: string, permitId: number, reason: string) =>
    request<unknown>('POST', PATHS.creditPermitRevoke, { params: { id: decisionId, permitId: String(permitId) }, body: { reason } }),
  liftSubject: (decisionId: string, subjectId: number, body: LiftSubjectBody) =>
    request<CreditDecision>('POST', PATHS.creditSubjectLift, { params: { id: decisionId, subjectId: String(subjectId) }, body }),
  queryCheckLog: (query: CheckLogQuery = {}) => request<CheckLogReply>('GET', PATHS.checkLog, { query }),
  listIdentityDocuments: (caseId: string) => request<IdentityDocumentsReply>('GET', PATHS.identityDocuments, { params: { id: caseId } }),
  bindDocument: (caseId: string, partyId: string, body: BindDocumentBody) => request<unknown>('POST', PATHS.partyDocuments, { params: { id: caseId, partyId }, body }),
  unbindDocument: (caseId: string, partyId: string, documentId: number, reason: string) =>
    request<unknown>('POST', PATHS.partyDocumentUnbind, { params: { id: caseId, partyId, documentId: String(documentId) }, body: { reason } }),
  listInstitutions: (query: InstitutionsQuery = {}) => request<InstitutionsReply>('GET', PATHS.institutions, { query }),
  registerInstitution: (body: RegisterInstitutionBody) => request<Institution>('POST', PATHS.institutions, { body }),
  addInstitutionKey: (id: string, body: AddInstitutionKeyBody) => request<Institution>('POST', PATHS.institutionKeys, { params: { id }, body }),
  revokeInstitutionKey: (id: string, keyId: string, reason: string) => request<Institution>('POST', PATHS.institutionKeyRevoke, { params: { id, keyId }, body: { reason } }),
  /** 发起网络查控: queues a signed request to every networked institution for every debtor (once a day each). */
  startNetworkInquiry: (caseId: string) => request<InquiryStartedReply>('POST', PATHS.networkInquiries, { params: { id: caseId }, body: {} }),
  /** What the inquiry found and where each request stands; the server records the read (audited). */
  getCaseProperties: (caseId: string) => request<CasePropertiesReply>('GET', PATHS.caseProperties, { params: { id: caseId } }),
  /** 悬赏公告 and 拍卖公告 of the case, withdrawn ones included. */
  listCaseNotices: (caseId: string) => request<CaseNoticesReply>('GET', PATHS.caseNotices, { params: { id: caseId } }),
  publishNotice: (caseId: string, body: PublishNoticeBody) => request<Reply<typeof publishNoticeRoute, 201>>('POST', PATHS.caseNotices, { params: { id: caseId }, body }),
  withdrawNotice: (caseId: string, noticeId: string, reason: string) => request<CaseNotice>('POST', PATHS.noticeWithdrawal, { params: { id: caseId, noticeId }, body: { reason } }),
  /** Who follows the case on the portal, and what they were sent. */
  getCaseNotifications: (caseId: string) => request<CaseNotificationsReply>('GET', PATHS.caseNotifications, { params: { id: caseId } }),
};
