/**
 * Table types for Kysely. Both drivers are configured (open-database.ts) to return the same
 * JavaScript types: `date` as `YYYY-MM-DD` strings, `int8` as numbers (fen stay far below 2^53),
 * `timestamptz` as Date.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** A jsonb value as the drivers return it (parsed JSON). */
type Json = object;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface CourtsTable {
  id: string;
  code: string;
  name: string;
  name_en: string;
  level: 'high' | 'intermediate' | 'basic';
  parent_id: string | null;
  created_at: Generated<Date>;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  court_id: string;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
  disabled: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface ApiTokensTable {
  id: string;
  name: string;
  token_hash: string;
  token_prefix: string;
  scopes: string[];
  court_id: string | null;
  created_by: string;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface CaseNumberCountersTable {
  court_id: string;
  year: number;
  case_type: string;
  last_sequence: number;
}

export interface CasesTable {
  id: string;
  court_id: string;
  case_number: string;
  case_type: string;
  year: number;
  sequence: number;
  stage: string;
  handler_id: string | null;
  filed_on: string;
  received_on: string;
  cause: string;
  basis_type: string;
  basis_issuer: string;
  basis_document_number: string;
  basis_effective_date: string;
  performance_deadline: string | null;
  non_litigation: boolean;
  application_limit_end: string;
  past_application_limit: boolean;
  notice_served_on: string | null;
  suspension: ColumnType<Json | null, string | null, string | null>;
  excluded_days: Generated<number>;
  extension_months: Generated<number>;
  extension_count: Generated<number>;
  pending_extension: ColumnType<Json | null, string | null, string | null>;
  closing_method: string | null;
  closed_on: string | null;
  claim_total_fen: number;
  applicant_names: string;
  debtor_names: string;
  next_due_date: string | null;
  overdue: Generated<boolean>;
  last_action_on: string;
  version: Generated<number>;
  /** How many numbered documents (之一, 之二 …) the case has issued. */
  document_seq: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CasePartiesTable {
  id: string;
  case_id: string;
  court_id: string;
  position: number;
  party_role: 'applicant' | 'debtor';
  kind: 'person' | 'organisation';
  name: string;
  id_number: string | null;
  id_number_masked: string | null;
  credit_code: string | null;
  birth_date: string | null;
  legal_representative: string | null;
  address: string | null;
  phone: string | null;
}

export interface CaseClaimsTable {
  id: string;
  case_id: string;
  court_id: string;
  position: number;
  kind: 'principal' | 'interest' | 'costs' | 'nonMoney';
  amount_fen: number | null;
  description: string;
}

export interface CaseDeadlinesTable {
  case_id: string;
  court_id: string;
  node: string;
  due_date: string;
  done_on: string | null;
  paused: Generated<boolean>;
  uncovered_years: ColumnType<number[], number[] | undefined, number[]>;
  legal_basis: string;
}

export interface AuditChainHeadsTable {
  court_id: string;
  last_seq: number;
  last_hash: string;
}

export interface CaseEventsTable {
  id: Generated<number>;
  court_id: string;
  seq: number;
  case_id: string | null;
  occurred_at: Timestamp;
  actor_id: string | null;
  actor_role: string;
  actor_court_id: string | null;
  action: string;
  /** The hashed record: a header line mirroring the columns, then canonical JSON of what happened (audit-hash.ts). */
  payload: string;
  prev_hash: string;
  hash: string;
}

export interface WarningsTable {
  id: string;
  court_id: string;
  case_id: string;
  kind: string;
  node: string;
  due_date: string | null;
  days: number;
  message_zh: string;
  message_en: string;
  detected_on: string;
  resolved_on: string | null;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  run_at: Timestamp;
  payload: ColumnType<Json, string | undefined, string>;
  status: Generated<'pending' | 'running' | 'done' | 'failed'>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_until: Timestamp | null;
  last_error: string | null;
  singleton_key: string | null;
  created_at: Generated<Date>;
  finished_at: Timestamp | null;
}

export interface CalendarYearsTable {
  year: number;
  holidays: string[];
  makeup_workdays: string[];
  source: string;
  entered_by: string | null;
  entered_at: Timestamp;
}

export interface CreditDecisionsTable {
  id: string;
  court_id: string;
  case_id: string;
  kind: 'dishonestListing' | 'consumptionRestriction' | 'exitRestriction';
  status: 'pendingApproval' | 'rejected' | 'inGrace' | 'published' | 'removed';
  document_number: string;
  debtor_party_id: string;
  debtor_name: string;
  ground: string | null;
  facts: string;
  grace_months: Generated<number>;
  period_years: number | null;
  extension_years: Generated<number>;
  aggravation: string | null;
  attestations: ColumnType<Json | null, string | null, string | null>;
  on_applicant_request: boolean;
  ex_officio_reason: string | null;
  decision_date: string;
  publish_on: string | null;
  expires_on: string | null;
  legal_basis: string;
  proposed_by: string;
  proposed_at: Timestamp;
  approved_by: string | null;
  approved_at: Timestamp | null;
  rejected_reason: string | null;
  published_at: Timestamp | null;
  removal_ground: string | null;
  removal_arisen_on: string | null;
  removal_due_on: string | null;
  removal_note: string | null;
  removed_at: Timestamp | null;
  removed_by: string | null;
  relist_barred_until: string | null;
  version: Generated<number>;
}

export interface CreditSubjectsTable {
  id: Generated<number>;
  decision_id: string;
  court_id: string;
  role: string;
  subject_kind: 'person' | 'organisation';
  name: string;
  id_number: string | null;
  id_number_masked: string | null;
  credit_code: string | null;
  bound_to: string | null;
  lifted_at: Timestamp | null;
  lift_ground: string | null;
}

export interface CreditFeedHeadTable {
  id: number;
  last_seq: number;
}

export interface CreditFeedTable {
  seq: number;
  occurred_at: Timestamp;
  op: 'add' | 'remove' | 'permit' | 'revokePermit' | 'alias' | 'unalias';
  ref: number;
  court_id: string | null;
  payload: ColumnType<Json, string, string>;
}

export interface ConsumptionPermitsTable {
  id: Generated<number>;
  decision_id: string;
  subject_id: number;
  court_id: string;
  reason: string;
  description: string;
  scenarios: string[];
  valid_from: string;
  valid_to: string;
  granted_by: string;
  granted_at: Timestamp;
  revoked_at: Timestamp | null;
  revoked_by: ColumnType<string | null, string | null | undefined, string | null>;
  revoked_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface IdentityDocumentsTable {
  id: Generated<number>;
  court_id: string;
  id_number: string;
  doc_type: string;
  doc_number: string;
  created_by: string;
  created_at: Timestamp;
  unbound_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  unbound_by: ColumnType<string | null, string | null | undefined, string | null>;
  unbound_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CreditCorrectionsTable {
  id: string;
  kind: Generated<'correction' | 'reconsideration'>;
  parent_id: string | null;
  court_id: string;
  decision_id: string;
  applicant_name: string;
  ground: string;
  reason: string;
  received_on: string;
  review_due_on: string;
  status: 'pending' | 'granted' | 'dismissed';
  decided_on: string | null;
  decided_by: string | null;
  decision_note: string | null;
  fix_due_on: string | null;
  reconsideration_apply_by: string | null;
}

export interface CreditSettingsTable {
  id: number;
  range_key: string;
}

export interface AgenciesTable {
  id: string;
  name: string;
  category: string;
  scenarios: string[];
  scopes: string[];
  key_prefix: string;
  key_hash: string;
  rate_limit_per_minute: number;
  created_by: string;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface AgencyCheckLogTable {
  id: Generated<number>;
  agency_id: string;
  checked_at: Timestamp;
  channel: string;
  scenario: string;
  subject_kind: string;
  subject_id: string;
  subject_masked: string;
  decision: string;
  measure_ids: number[];
  request_id: string | null;
}

export interface AgencyBulkJobsTable {
  id: string;
  agency_id: string;
  received_at: Timestamp;
  finished_at: Timestamp;
  scenario: string;
  rows: number;
  allowed: number;
  denied: number;
  reviewed: number;
  errors: number;
  answers_gz: Uint8Array;
  request_id: string | null;
}

export interface AgencyFeedbackTable {
  id: string;
  agency_id: string;
  idempotency_key: string;
  received_at: Timestamp;
  kind: 'intercepted' | 'falsePositive';
  scenario: string;
  subject_kind: string;
  subject_masked: string;
  occurred_at: Timestamp;
  measure_id: number | null;
  decision_id: string | null;
  case_id: string | null;
  court_id: string | null;
  note: string;
}

export interface InstitutionsTable {
  id: string;
  code: string;
  name: string;
  category: string;
  acts: string[];
  connection: 'push' | 'pull' | 'manual';
  endpoint: string | null;
  sla_seconds: number;
  created_by: string;
  created_at: Timestamp;
  retired_at: Timestamp | null;
  /** Not networked (传统查控): the SHA-256 of the key its staff use on the desk. */
  desk_key_hash: ColumnType<string | null, string | null | undefined, string | null>;
  desk_key_prefix: ColumnType<string | null, string | null | undefined, string | null>;
  desk_key_issued_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface InstitutionKeysTable {
  institution_id: string;
  key_id: string;
  alg: 'SM2-SM3' | 'Ed25519';
  public_key: string;
  valid_from: Timestamp;
  valid_to: Timestamp | null;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  revoked_reason: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface AssistRequestsTable {
  id: string;
  court_id: string;
  case_id: string;
  institution_id: string;
  kind: 'inquiry' | 'control';
  act: string;
  idempotency_key: string;
  /** The signed envelope as the JSON text it is sent as (migration assist-envelope-text); repositories parse it for readers. */
  envelope: string;
  state: 'queued' | 'sent' | 'answered' | 'failed' | 'timedOut';
  /** A control request: the control it imposes or acts on. */
  control_id: ColumnType<string | null, string | null | undefined, string | null>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp | null;
  sent_at: Timestamp | null;
  due_at: Timestamp | null;
  answered_at: Timestamp | null;
  created_by: string;
  created_at: Timestamp;
}

export interface AssistRepliesTable {
  id: Generated<number>;
  message_id: string;
  request_id: string | null;
  institution_id: string | null;
  received_at: Timestamp;
  envelope: ColumnType<Json, string, string>;
  outcome: 'booked' | 'rejected';
  reason_code: string | null;
  reason: string | null;
}

export interface CasePropertiesTable {
  id: string;
  court_id: string;
  case_id: string;
  institution_id: string;
  kind: string;
  ref: string;
  description: string;
  balance_fen: number | null;
  valuation_fen: number | null;
  valuation_basis: string | null;
  encumbrances: ColumnType<Json, string, string>;
  found_at: Timestamp;
  updated_at: Timestamp;
  source_request: string;
}

export type ControlAct = 'freeze' | 'seal' | 'impound';
export type ControlState = 'requested' | 'inEffect' | 'waiting' | 'refused' | 'failed' | 'released' | 'lapsed' | 'exhausted';
export type ControlPendingAct = 'release' | 'renew' | 'deduct';

export interface CaseControlsTable {
  id: string;
  court_id: string;
  case_id: string;
  property_id: string;
  institution_id: string;
  act: ControlAct;
  state: ControlState;
  amount_fen: number | null;
  held_fen: number | null;
  deducted_fen: Generated<number>;
  value_fen: number;
  divisible: boolean;
  control_ref: string | null;
  queue_ahead: number | null;
  term_class: string;
  term_months: number;
  starts_on: string | null;
  expires_on: string | null;
  renew_by: string | null;
  remind_on: ColumnType<string[], string | undefined, string>;
  override_ground: string | null;
  override_note: string | null;
  ruling_number: string;
  pending_act: ControlPendingAct | null;
  pending_request_id: string | null;
  ordered_by: string;
  ordered_at: Timestamp;
  updated_at: Timestamp;
}

export interface CaseDocumentsTable {
  id: string;
  court_id: string;
  case_id: string;
  kind: 'controlRuling' | 'assistanceNotice' | 'distributionPlan';
  number: string;
  issued_on: string;
  title: string;
  sha256: string;
  content: Buffer;
  control_id: string | null;
  institution_id: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface LedgerTransactionsTable {
  id: string;
  /** Order of booking (ties of `booked_at` are common within one act). */
  seq: Generated<number>;
  court_id: string;
  type: 'receipt' | 'matchUnidentified' | 'feeDeduction' | 'allocateToPayee' | 'disburse' | 'refund' | 'reversal';
  case_id: string | null;
  reverses: string | null;
  reason: string | null;
  /** What produced it: `deduction` (a bank's confirmed reply), `manual`, `statement` … */
  source: string;
  source_ref: string | null;
  booked_at: Timestamp;
  booked_on: string;
  memo: string;
  created_by: string | null;
}

export interface LedgerPostingsTable {
  id: Generated<number>;
  transaction_id: string;
  court_id: string;
  account_kind: 'bank' | 'case' | 'unidentified' | 'payee' | 'costs' | 'refund';
  account_ref: string;
  amount_fen: number;
}

export interface FundReceiptsTable {
  transaction_id: string;
  court_id: string;
  case_id: string;
  amount_fen: number;
  channel: 'deduction' | 'voluntary' | 'auction' | 'other';
  payer: string;
  arrival_on: string;
  settled_fen: Generated<number>;
  settled_on: string | null;
  delay_ground: string | null;
  delay_note: string | null;
  delay_approved_on: string | null;
  delay_approved_by: string | null;
  reversed: Generated<boolean>;
}

export interface FundPayoutsTable {
  id: string;
  court_id: string;
  case_id: string;
  payee_party_id: string;
  payee_name: string;
  amount_fen: number;
  account: string;
  note: string;
  state: 'proposed' | 'approved' | 'paid' | 'rejected';
  allocate_tx: string | null;
  disburse_tx: string | null;
  proposed_by: string;
  proposed_at: Timestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
  paid_by: string | null;
  paid_on: string | null;
  bank_serial: string | null;
}

export interface DistributionPlansTable {
  id: string;
  court_id: string;
  case_id: string;
  number: string;
  proceeds_source: string;
  amount_fen: number;
  costs_fen: number;
  debtor_kind: string;
  claims: ColumnType<object[], string, string>;
  lines: ColumnType<object[], string, string>;
  surplus_fen: number;
  document_id: string;
  services: ColumnType<object[], string | undefined, string>;
  created_by: string;
  created_at: Timestamp;
}

/** A party's query code for the public portal (issue 5): only SHA-256(party id ‖ code) is kept. */
export interface PartyQueryCodesTable {
  party_id: string;
  case_id: string;
  court_id: string;
  code_hash: string;
  issued_at: Timestamp;
  issued_by: string | null;
}

export interface PortalAccessLocksTable {
  case_id: string;
  failures: number;
  locked_until: Timestamp | null;
}

export interface PortalSessionsTable {
  token_hash: string;
  case_id: string;
  party_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  ended_at: Timestamp | null;
}

/** A submission on the portal (issue 5); `submitter` and `details` are the validated request parts. */
export interface PortalSubmissionsTable {
  id: string;
  receipt_number: string;
  kind: string;
  court_id: string;
  case_id: string | null;
  party_id: string | null;
  status: string;
  submitter: ColumnType<Record<string, unknown>, string, string>;
  details: ColumnType<Record<string, unknown>, string, string>;
  urgent: Generated<boolean>;
  slot: string | null;
  received_at: Timestamp;
  received_on: string;
  register_by: string | null;
  answer_by: string | null;
  registered_at: Timestamp | null;
  registered_by: string | null;
  closed_at: Timestamp | null;
  closed_by: string | null;
  reply: string | null;
  filed_case_id: string | null;
  reward_notice_id: string | null;
  version: Generated<number>;
}

export interface PortalSubmissionAttachmentsTable {
  id: string;
  submission_id: string;
  position: number;
  label: string;
  media_type: string;
  size_bytes: number;
  content: Uint8Array;
}

export interface AppointmentSeatsTable {
  court_id: string;
  slot: string;
  seat: number;
  submission_id: string;
}

export interface PortalSubscriptionsTable {
  id: string;
  case_id: string;
  court_id: string;
  party_id: string;
  channel: string;
  address: string;
  from_seq: ColumnType<string | number, number, number>;
  unsubscribe_token: string;
  created_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface NotificationCursorsTable {
  court_id: string;
  last_seq: ColumnType<string | number, number, number>;
}

export interface PortalNotificationsTable {
  id: string;
  subscription_id: string;
  case_id: string;
  court_id: string;
  event_seq: ColumnType<string | number, number, number>;
  node_kind: string;
  text_zh: string;
  text_en: string;
  occurred_at: Timestamp;
  state: string;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  locked_until: Timestamp | null;
  sent_at: Timestamp | null;
  transport: string | null;
  reference: string | null;
  last_error: string | null;
  created_at: Timestamp;
}

/** A reward or auction notice on the portal (issue 5); `details` holds the kind's validated terms. */
export interface PublicNoticesTable {
  id: string;
  kind: string;
  court_id: string;
  case_id: string;
  debtor_party_id: string;
  title: string;
  details: ColumnType<Record<string, unknown>, string, string>;
  publish_on: string;
  ends_on: string | null;
  withdrawn_at: Timestamp | null;
  withdrawn_reason: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface DB {
  courts: CourtsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  case_number_counters: CaseNumberCountersTable;
  cases: CasesTable;
  case_parties: CasePartiesTable;
  case_claims: CaseClaimsTable;
  case_deadlines: CaseDeadlinesTable;
  audit_chain_heads: AuditChainHeadsTable;
  case_events: CaseEventsTable;
  warnings: WarningsTable;
  jobs: JobsTable;
  calendar_years: CalendarYearsTable;
  credit_decisions: CreditDecisionsTable;
  credit_subjects: CreditSubjectsTable;
  credit_feed_head: CreditFeedHeadTable;
  credit_feed: CreditFeedTable;
  consumption_permits: ConsumptionPermitsTable;
  identity_documents: IdentityDocumentsTable;
  credit_corrections: CreditCorrectionsTable;
  credit_settings: CreditSettingsTable;
  agencies: AgenciesTable;
  agency_check_log: AgencyCheckLogTable;
  agency_bulk_jobs: AgencyBulkJobsTable;
  agency_feedback: AgencyFeedbackTable;
  institutions: InstitutionsTable;
  institution_keys: InstitutionKeysTable;
  assist_requests: AssistRequestsTable;
  assist_replies: AssistRepliesTable;
  case_properties: CasePropertiesTable;
  case_controls: CaseControlsTable;
  case_documents: CaseDocumentsTable;
  ledger_transactions: LedgerTransactionsTable;
  ledger_postings: LedgerPostingsTable;
  fund_receipts: FundReceiptsTable;
  fund_payouts: FundPayoutsTable;
  distribution_plans: DistributionPlansTable;
  party_query_codes: PartyQueryCodesTable;
  portal_access_locks: PortalAccessLocksTable;
  portal_sessions: PortalSessionsTable;
  portal_submissions: PortalSubmissionsTable;
  portal_submission_attachments: PortalSubmissionAttachmentsTable;
  appointment_seats: AppointmentSeatsTable;
  portal_subscriptions: PortalSubscriptionsTable;
  notification_cursors: NotificationCursorsTable;
  portal_notifications: PortalNotificationsTable;
  public_notices: PublicNoticesTable;
}

export type CaseRow = Selectable<CasesTable>;
export type InstitutionRow = Selectable<InstitutionsTable>;
export type InstitutionKeyRow = Selectable<InstitutionKeysTable>;
export type NewCase = Insertable<CasesTable>;
export type CaseUpdate = Updateable<CasesTable>;
export type UserRow = Selectable<UsersTable>;
export type CourtRow = Selectable<CourtsTable>;
export type PartyRow = Selectable<CasePartiesTable>;
export type ClaimRow = Selectable<CaseClaimsTable>;
export type DeadlineRow = Selectable<CaseDeadlinesTable>;
export type EventRow = Selectable<CaseEventsTable>;
export type WarningRow = Selectable<WarningsTable>;
export type JobRow = Selectable<JobsTable>;
export type CreditDecisionRow = Selectable<CreditDecisionsTable>;
export type CreditSubjectRow = Selectable<CreditSubjectsTable>;
export type CreditFeedRow = Selectable<CreditFeedTable>;
export type AgencyRow = Selectable<AgenciesTable>;
export type AgencyFeedbackRow = Selectable<AgencyFeedbackTable>;
export type ConsumptionPermitRow = Selectable<ConsumptionPermitsTable>;
export type IdentityDocumentRow = Selectable<IdentityDocumentsTable>;
export type CaseControlRow = Selectable<CaseControlsTable>;
export type CaseDocumentRow = Selectable<CaseDocumentsTable>;
export type LedgerTransactionRow = Selectable<LedgerTransactionsTable>;
export type LedgerPostingRow = Selectable<LedgerPostingsTable>;
export type FundReceiptRow = Selectable<FundReceiptsTable>;
export type FundPayoutRow = Selectable<FundPayoutsTable>;
export type DistributionPlanRow = Selectable<DistributionPlansTable>;
