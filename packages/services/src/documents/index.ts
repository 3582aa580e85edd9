/**
 * The court's credit-discipline documents as .docx files: pure builders, plain data in,
 * `Promise<Buffer>` out (no database, no clock: every date is an input).
 */
export type { BoundPerson, CourtDecisionBase, DebtorParty, OrganisationDebtor, PersonDebtor } from './document-types.js';
export { chineseDate } from './chinese-date.js';
export { buildListingDecisionDocx, type ListingDecisionInput, type ListingGroundText } from './listing-decision-docx.js';
export { buildConsumptionRestrictionOrderDocx, type ConsumptionRestrictionOrderInput, type RestrictedActText } from './consumption-restriction-order-docx.js';
export { buildExitRestrictionDecisionDocx, type ExitRestrictionDecisionInput } from './exit-restriction-decision-docx.js';
export { buildRemovalDecisionDocx, REMOVAL_KINDS, type RemovalDecisionInput, type RemovalGroundText, type RemovalKind } from './removal-decision-docx.js';
export { buildControlRulingDocx, CONTROL_DOCUMENT_ACTS, type ControlDocumentAct, type ControlPropertyText, type ControlRulingInput } from './control-ruling-docx.js';
export { buildAssistanceNoticeDocx, type AssistanceNoticeInput, type EnforcementOfficer } from './assistance-notice-docx.js';
export { buildDistributionPlanDocx, DISTRIBUTION_DEBTOR_KINDS_ZH, DISTRIBUTION_TIERS, type DistributionCreditorLine, type DistributionPlanInput, type DistributionTierText } from './distribution-plan-docx.js';
export { buildFilingNoticeDocx, type FilingNoticeInput } from './filing-notice-docx.js';
