/**
 * Every problem code the asset-control rules can return, for the error registry (a refused act is
 * `RULE_VIOLATION` with `details.rule` set to one of these).
 */
import type { DomainProblem } from '../domain-error.js';

export const ASSET_CONTROL_PROBLEM_CODES = [
  'CONTROL_NOT_CONTROLLABLE',
  'CONTROL_TERM_INVALID',
  'CONTROL_TERM_TOO_LONG',
  'CONTROL_RENEWAL_LATE',
  'CONTROL_AMOUNT_INVALID',
] as const;

export type AssetControlProblemCode = (typeof ASSET_CONTROL_PROBLEM_CODES)[number];

export function controlProblem(code: AssetControlProblemCode, messageZh: string, messageEn: string, details: Readonly<Record<string, unknown>>): DomainProblem {
  return { code, messageZh, messageEn, details };
}
