export { MEASURE_KINDS, MEASURE_KIND_LABELS, MEASURE_LEGAL_BASIS, SUBJECT_ROLES, SUBJECT_ROLE_LABELS, isMeasureKind, isSubjectRole } from './measure-kinds.js';
export type { MeasureKind, SubjectRole } from './measure-kinds.js';
export { SCENARIOS, SCENARIO_RULES, blocks, isScenario } from './scenarios.js';
export type { Scenario, ScenarioRule } from './scenarios.js';
export type { Eligibility } from './eligibility.js';
export { CREDIT_PROBLEM_CODES, isCreditProblemCode } from './problem-codes.js';
export type { CreditProblemCode } from './problem-codes.js';
export type { BoundPerson, CreditDebtor, RestrictionSubject, SubjectKind } from './subjects.js';
export { LISTING_AGGRAVATIONS, LISTING_AGGRAVATION_LABELS, LISTING_GROUNDS, LISTING_GROUND_LABELS, isListingAggravation, isListingGround } from './listing-grounds.js';
export type { ListingAggravation, ListingGround } from './listing-grounds.js';
export { LISTING_BASE_PERIOD_YEARS, LISTING_MAX_EXTENSION_YEARS, LISTING_MAX_GRACE_MONTHS } from './listing-period.js';
export type { ListingTerms } from './listing-period.js';
export { assessListing } from './assess-listing.js';
export type { ListingInput } from './assess-listing.js';
export { REMOVAL_GROUNDS, REMOVAL_GROUND_LABELS, isRemovalGround } from './removal-grounds.js';
export type { RemovalGround, RemovalGroundLabel } from './removal-grounds.js';
export { MIN_INQUIRIES_FOR_REMOVAL, RELIST_BAR_MONTHS, REMOVAL_WORKING_DAYS, assessRemoval, relistBarredUntil, removalDueDate } from './removal.js';
export type { RemovalInput, RemovalTerms } from './removal.js';
export {
  CORRECTION_FIX_WORKING_DAYS,
  CORRECTION_GROUNDS,
  CORRECTION_GROUND_LABELS,
  CORRECTION_REVIEW_DAYS,
  RECONSIDERATION_APPLY_DAYS,
  RECONSIDERATION_DECIDE_DAYS,
  correctionFixDueOn,
  correctionReviewDueOn,
  isCorrectionGround,
  reconsiderationApplyBy,
  reconsiderationDecideBy,
} from './correction.js';
export type { CorrectionGround } from './correction.js';
export { RESTRICTED_ACTS, RESTRICTED_ACT_KEYS, isRestrictedAct } from './restricted-acts.js';
export type { RestrictedAct, RestrictedActLabel } from './restricted-acts.js';
export { CONSUMPTION_BOUND_ROLES, assessConsumptionRestriction, isConsumptionBoundRole } from './consumption-restriction.js';
export type { ConsumptionBoundRole, ConsumptionRestrictionInput, ConsumptionRestrictionTerms } from './consumption-restriction.js';
export { LIFTING_GROUNDS, LIFTING_GROUND_LABELS, assessLifting, isLiftingGround } from './consumption-lifting.js';
export type { LiftingGround, LiftingGroundLabel, LiftingInput, LiftingTerms } from './consumption-lifting.js';
export { PERMISSION_MAX_DAYS, PERMISSION_REASONS, PERMISSION_REASON_LABELS, assessPermission, isPermissionReason } from './consumption-permission.js';
export type { PermissionInput, PermissionReason, PermissionTerms } from './consumption-permission.js';
export { EXIT_BOUND_ROLES, assessExitRestriction } from './exit-restriction.js';
export type { ExitRestrictionInput, ExitRestrictionTerms } from './exit-restriction.js';
export {
  EXIT_LIFTING_GROUNDS,
  EXIT_LIFTING_GROUND_LABELS,
  EXIT_RECONSIDERATION_APPLY_DAYS,
  EXIT_RECONSIDERATION_DECIDE_DAYS,
  assessExitLifting,
  exitReconsiderationApplyBy,
  exitReconsiderationDecideBy,
  isExitLiftingGround,
} from './exit-lifting.js';
export type { ExitLiftingGround } from './exit-lifting.js';
export { decideCheck } from './decide-check.js';
export type { ActiveMeasure, CheckDecision } from './decide-check.js';
