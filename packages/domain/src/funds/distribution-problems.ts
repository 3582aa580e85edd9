/**
 * Every problem code the distribution rules (参与分配, 民诉法解释 arts. 506–514) can return, for the
 * contracts' error registry. All start with `DISTRIBUTION_`.
 *
 * The timers of distribution-timers.ts also pass on, as thrown {@link DomainError}s, the shared
 * date codes of civil-date.ts (`INVALID_DATE`, `DATE_OUT_OF_RANGE`); those are not listed here.
 */
import type { DomainProblem } from '../domain-error.js';

export const DISTRIBUTION_PROBLEM_CODES = [
  'DISTRIBUTION_AMOUNT_INVALID',
  'DISTRIBUTION_COSTS_INVALID',
  'DISTRIBUTION_DEBTOR_KIND_INVALID',
  'DISTRIBUTION_NO_CLAIMS',
  'DISTRIBUTION_CLAIM_ID_INVALID',
  'DISTRIBUTION_DUPLICATE_CLAIM',
  'DISTRIBUTION_CLAIM_AMOUNT_INVALID',
  'DISTRIBUTION_PRIORITY_INVALID',
  'DISTRIBUTION_SEIZURE_ORDER_INVALID',
  'DISTRIBUTION_BASIS_INVALID',
  'DISTRIBUTION_SERVICE_SEQUENCE_INVALID',
] as const;
export type DistributionProblemCode = (typeof DISTRIBUTION_PROBLEM_CODES)[number];

export const isDistributionProblemCode = (v: unknown): v is DistributionProblemCode =>
  typeof v === 'string' && (DISTRIBUTION_PROBLEM_CODES as readonly string[]).includes(v);

/**
 * Builds a distribution problem; the code must be one of {@link DISTRIBUTION_PROBLEM_CODES}, so a
 * code the error registry does not know cannot be returned.
 */
export function distributionProblem(
  code: DistributionProblemCode,
  messageZh: string,
  messageEn: string,
  details: Readonly<Record<string, unknown>>,
): DomainProblem {
  return { code, messageZh, messageEn, details };
}
