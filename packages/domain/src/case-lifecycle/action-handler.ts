/**
 * The shape of one act's rules: the state checks (shown to the UI by `allowedActions`) and the
 * act itself.
 */
import type { DomainProblem, Result } from '../domain-error.js';
import type { ActionContext } from './action-context.js';
import type { CaseAction, CaseActionType, Decision } from './case-action.js';

export interface ActionHandler<T extends CaseActionType> {
  /** Checks that need only the case, the actor and today; run after the common checks. */
  precheck(ctx: ActionContext): DomainProblem | null;
  /**
   * For `allowedActions` only: whether the act would be possible if taken today with its
   * date fields set to today (e.g. whether today is inside the extension-request window).
   */
  probe?(ctx: ActionContext): DomainProblem | null;
  /** Checks the act's own fields and returns the decision; runs after `precheck` passed. */
  apply(ctx: ActionContext, action: Extract<CaseAction, { type: T }>): Result<Decision>;
}

export const noPrecheck = (): DomainProblem | null => null;
