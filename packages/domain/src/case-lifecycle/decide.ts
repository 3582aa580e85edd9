/**
 * The enforcement case state machine: whether an act is lawful now, and the case after it.
 */
import { assertCivilDate } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import { fail } from '../domain-error.js';
import type { Result } from '../domain-error.js';
import type { WorkingDayCalendar } from '../calendar/index.js';
import type { ActionContext } from './action-context.js';
import { checkAccess } from './action-context.js';
import type { ActionHandler } from './action-handler.js';
import { ACTION_HANDLERS } from './action-handlers.js';
import { BUILTIN_CALENDAR } from './builtin-calendar.js';
import type { CaseAction, CaseActionType, Decision } from './case-action.js';
import type { Actor, CaseSnapshot } from './case-snapshot.js';

/**
 * Decides `action` by `actor` on the case in state `snapshot`, on `today`.
 *
 * Checks, in order: court scope (`OUT_OF_COURT_SCOPE`), closed case (`CASE_CLOSED`), role
 * (`ROLE_NOT_ALLOWED`), handler (`NOT_HANDLER`), suspension (`CASE_SUSPENDED` /
 * `ALREADY_SUSPENDED`), stage (`WRONG_STAGE`) — all from {@link TRANSITION_RULES} — then the
 * act's own conditions (e.g. `TERMINATION_FOR_NOW_CONDITIONS_UNMET`, 终本规定 art. 1). The
 * input is never changed; the decision carries a new snapshot and the legal basis to record
 * in the case's event.
 *
 * `calendar` (default: built-in schedules) places the closing due date for the extension
 * rules (民事诉讼法 art. 85). Throws `INVALID_DATE` only for an invalid `today`, which is the
 * caller's bug, never the user's.
 *
 * ### Examples
 * ```ts
 * decide(snapshot, { type: 'stay', ground: '申请人表示可以延期执行', since: '2026-03-02' }, judge, '2026-03-02');
 * // → ok({ next: { …, suspension: { kind: 'stay', … } }, legalBasis: '民事诉讼法 第二百六十七条', … })
 * ```
 */
export function decide(snapshot: CaseSnapshot, action: CaseAction, actor: Actor, today: CivilDate, calendar: WorkingDayCalendar = BUILTIN_CALENDAR): Result<Decision> {
  assertCivilDate(today, 'today');
  const handler = ACTION_HANDLERS[action.type] as ActionHandler<CaseActionType> | undefined;
  if (handler === undefined) {
    return fail({
      code: 'UNKNOWN_ACTION',
      messageZh: `未知的案件操作：${String(action.type)}`,
      messageEn: `Unknown case action: ${String(action.type)}`,
      details: { type: action.type },
    });
  }
  const ctx: ActionContext = { snapshot, actor, today, calendar };
  const problem = checkAccess(action.type, ctx) ?? handler.precheck(ctx);
  if (problem) return fail(problem);
  return handler.apply(ctx, action);
}
