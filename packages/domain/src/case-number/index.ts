export type { CaseType } from './case-types.js';
export { CASE_TYPES, CASE_TYPE_CODES, CASE_TYPE_LABELS, isCaseType } from './case-types.js';
export type { CaseNumberParts } from './case-number.js';
export { formatCaseNumber, parseCaseNumber } from './case-number.js';
