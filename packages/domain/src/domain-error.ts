/**
 * The one shape in which the domain says "no": a stable code (listed in the contracts'
 * error registry), a Chinese message first and an English one, and optional details
 * naming the field or the rule. Domain functions either return a {@link Result} or throw
 * a {@link DomainError}; they never throw anything else on bad input.
 */
export interface DomainProblem {
  readonly code: string;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

export class DomainError extends Error implements DomainProblem {
  readonly code: string;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly details?: Readonly<Record<string, unknown>>;

  constructor(problem: DomainProblem) {
    super(`${problem.code}: ${problem.messageEn}`);
    this.name = 'DomainError';
    this.code = problem.code;
    this.messageZh = problem.messageZh;
    this.messageEn = problem.messageEn;
    if (problem.details !== undefined) this.details = problem.details;
  }
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainProblem };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: DomainProblem): Result<T> => ({ ok: false, error });

/** Unwraps a result or throws its problem as a {@link DomainError}. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new DomainError(result.error);
}
