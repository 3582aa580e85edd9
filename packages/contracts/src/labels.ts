/**
 * `@zhixing/contracts/labels`: the label tables of the domain's enumerations (Chinese and English,
 * with the article each ground cites), for frontends. The console may import only the contracts
 * and must not bundle zod, so this entry is plain data and imports no schema: one source for the
 * words the server writes into decisions and the words the console shows.
 */
export {
  CONSUMPTION_BOUND_ROLES,
  CORRECTION_GROUNDS,
  CORRECTION_GROUND_LABELS,
  CORRECTION_REVIEW_DAYS,
  EXIT_BOUND_ROLES,
  EXIT_LIFTING_GROUNDS,
  EXIT_LIFTING_GROUND_LABELS,
  LIFTING_GROUNDS,
  LIFTING_GROUND_LABELS,
  LISTING_AGGRAVATIONS,
  LISTING_AGGRAVATION_LABELS,
  LISTING_GROUNDS,
  LISTING_GROUND_LABELS,
  MEASURE_KINDS,
  MEASURE_KIND_LABELS,
  PERMISSION_MAX_DAYS,
  PERMISSION_REASONS,
  PERMISSION_REASON_LABELS,
  RECONSIDERATION_APPLY_DAYS,
  RECONSIDERATION_DECIDE_DAYS,
  REMOVAL_GROUNDS,
  REMOVAL_GROUND_LABELS,
  SCENARIOS,
  SCENARIO_RULES,
  STAY_GROUNDS,
  STAY_GROUND_LABELS,
  SUBJECT_ROLES,
  SUBJECT_ROLE_LABELS,
} from '@zhixing/domain';
export type {
  ConsumptionBoundRole,
  CorrectionGround,
  ExitLiftingGround,
  LiftingGround,
  LiftingGroundLabel,
  ListingAggravation,
  ListingGround,
  MeasureKind,
  PermissionReason,
  RemovalGround,
  RemovalGroundLabel,
  Scenario,
  ScenarioRule,
  StayGround,
  StayGroundLabel,
  SubjectRole,
} from '@zhixing/domain';
export { AGENCY_SCOPES, type AgencyScope } from './agency/agency-scopes.js';
export { INSTITUTION_ACTS, INSTITUTION_CATEGORIES, INSTITUTION_CATEGORY_LIST } from '@zhixing/domain';
export type { InstitutionAct, InstitutionCategory } from '@zhixing/domain';
export { PROPERTY_KINDS, PROPERTY_KIND_LIST } from '@zhixing/domain';
export type { PropertyKind } from '@zhixing/domain';
export { ACCOUNT_KINDS, ACCOUNT_KIND_LABELS, DISBURSEMENT_DELAY_GROUNDS, DISBURSEMENT_DELAY_GROUND_LABELS, TRANSACTION_TYPES, TRANSACTION_TYPE_LABELS } from '@zhixing/domain';
export type { AccountKind, DisbursementDelayGround, TransactionType } from '@zhixing/domain';
export { DISTRIBUTION_DEBTOR_KINDS, DISTRIBUTION_OBJECTION_DAYS } from '@zhixing/domain';
export type { DistributionDebtorKind, DistributionTier } from '@zhixing/domain';
