/**
 * The answer of every credit-discipline eligibility check. It carries every reason at once,
 * so the console can show the officer all that is missing before the decision is submitted.
 */
import type { DomainProblem } from '../domain-error.js';

export type Eligibility<T> = { eligible: true; terms: T; problems: readonly [] } | { eligible: false; problems: readonly DomainProblem[] };

/** Eligible with `terms()` when no problem was found; the terms are only computed then. */
export function toEligibility<T>(problems: readonly DomainProblem[], terms: () => T): Eligibility<T> {
  if (problems.length > 0) return ineligible(problems);
  return { eligible: true, terms: terms(), problems: [] };
}

/** Not eligible, for the given reasons (at least one). */
export function ineligible(problems: readonly DomainProblem[]): { eligible: false; problems: readonly DomainProblem[] } {
  return { eligible: false, problems: [...problems] };
}
