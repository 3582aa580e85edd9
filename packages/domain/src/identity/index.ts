export type { ResidentId, ParseResidentIdOptions } from './parse-resident-id.js';
export { parseResidentId } from './parse-resident-id.js';
export { ageOn, isMinorOn } from './age.js';
export { maskResidentId } from './mask-resident-id.js';
export { maskPersonName } from './mask-person-name.js';
export type { CreditCode } from './parse-credit-code.js';
export { parseCreditCode } from './parse-credit-code.js';
