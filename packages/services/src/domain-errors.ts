import { AppError } from '@zhixing/contracts';
import { DomainError, type DomainProblem, type Result } from '@zhixing/domain';

/** A refusal by a domain rule, as the API reports it: 422 RULE_VIOLATION with the rule's code. */
export function ruleViolation(problem: DomainProblem): AppError {
  return new AppError('RULE_VIOLATION', { zh: problem.messageZh, en: problem.messageEn, details: { rule: problem.code, ...(problem.details ?? {}) } });
}

export function unwrapRule<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw ruleViolation(result.error);
}

/** For the transport: a domain refusal that escaped a use case is still a 422 naming its rule. */
export function appErrorFrom(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof DomainError) return ruleViolation(error);
  return null;
}
