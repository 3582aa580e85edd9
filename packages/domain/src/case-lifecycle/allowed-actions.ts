/**
 * What the UI may offer an actor on a case today, and why the rest is refused.
 */
import { assertCivilDate } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import type { DomainProblem } from '../domain-error.js';
import type { WorkingDayCalendar } from '../calendar/index.js';
import { checkAccess } from './action-context.js';
import type { ActionContext } from './action-context.js';
import { ACTION_HANDLERS } from './action-handlers.js';
import { BUILTIN_CALENDAR } from './builtin-calendar.js';
import { CASE_ACTION_TYPES } from './case-action.js';
import type { CaseAction } from './case-action.js';
import type { Actor, CaseSnapshot } from './case-snapshot.js';

export interface AllowedAction {
  type: CaseAction['type'];
  allowed: boolean;
  reason?: DomainProblem;
}

/**
 * For every act type: whether `actor` may take it on this case today. Runs the same checks as
 * {@link decide} up to the act's own fields (which the user has not typed yet), plus "would
 * today do" for dated acts, e.g. whether today is inside the extension-request window. An
 * allowed act may still be refused for its content (a blank reason, an unmet 终本 checklist).
 */
export function allowedActions(snapshot: CaseSnapshot, actor: Actor, today: CivilDate, calendar: WorkingDayCalendar = BUILTIN_CALENDAR): AllowedAction[] {
  assertCivilDate(today, 'today');
  const ctx: ActionContext = { snapshot, actor, today, calendar };
  return CASE_ACTION_TYPES.map((type) => {
    const handler = ACTION_HANDLERS[type];
    const reason = checkAccess(type, ctx) ?? handler.precheck(ctx) ?? handler.probe?.(ctx) ?? null;
    return reason === null ? { type, allowed: true } : { type, allowed: false, reason };
  });
}
