/**
 * Builds a credit-discipline problem; the code must be one of {@link CREDIT_PROBLEM_CODES}, so a
 * code the error registry does not know cannot be returned.
 */
import type { DomainProblem } from '../domain-error.js';
import type { CreditProblemCode } from './problem-codes.js';

export function creditProblem(code: CreditProblemCode, messageZh: string, messageEn: string, details?: Readonly<Record<string, unknown>>): DomainProblem {
  return details === undefined ? { code, messageZh, messageEn } : { code, messageZh, messageEn, details };
}
