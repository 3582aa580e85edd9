export type { FeeBand } from './marginal-fee.js';
export type { EnforcementFee } from './enforcement-fee.js';
export { enforcementFee } from './enforcement-fee.js';
export type { PreservationFee } from './preservation-fee.js';
export { preservationFee } from './preservation-fee.js';
export type {
  DelayInterestInput,
  DelayInterestPayment,
  DelayInterestResult,
  DelayInterestSegment,
} from './delayed-performance-interest.js';
export { delayedPerformanceInterest } from './delayed-performance-interest.js';
