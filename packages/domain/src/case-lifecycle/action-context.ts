/**
 * What every act is decided against, and the checks common to all acts: court scope, closed
 * case, role, handler, suspension and stage — in that order, so that staff of another court
 * learn nothing about the case (not even that it is closed).
 */
import type { DomainProblem } from '../domain-error.js';
import type { CivilDate } from '../civil-date.js';
import type { WorkingDayCalendar } from '../calendar/index.js';
import type { CaseActionType } from './case-action.js';
import type { Actor, CaseSnapshot } from './case-snapshot.js';
import { SUPERVISOR_ROLES, TRANSITION_RULES } from './transition-rules.js';
import { alreadySuspended, caseClosed, caseSuspended, notHandler, outOfCourtScope, roleNotAllowed, wrongStage } from './access-problems.js';

export interface ActionContext {
  readonly snapshot: CaseSnapshot;
  readonly actor: Actor;
  readonly today: CivilDate;
  readonly calendar: WorkingDayCalendar;
}

function isHandlerOrSupervisor(type: CaseActionType, { snapshot, actor }: ActionContext): boolean {
  const isHandler = snapshot.handlerId !== null && actor.userId === snapshot.handlerId;
  switch (TRANSITION_RULES[type].scope) {
    case 'court':
      return true;
    case 'handler':
      return isHandler || SUPERVISOR_ROLES.includes(actor.role) || actor.role === 'clerk';
    case 'handlerOnly':
      return isHandler;
  }
}

/** The checks every act passes first (TRANSITION_RULES); `null` when they all pass. */
export function checkAccess(type: CaseActionType, ctx: ActionContext): DomainProblem | null {
  const { snapshot, actor } = ctx;
  const rule = TRANSITION_RULES[type];
  if (actor.courtId !== snapshot.courtId) return outOfCourtScope(type, actor, snapshot);
  if (snapshot.stage === 'closed') return caseClosed(type, snapshot);
  if (!rule.roles.includes(actor.role)) return roleNotAllowed(type, actor, rule.roles);
  if (!isHandlerOrSupervisor(type, ctx)) return notHandler(type, actor, snapshot);
  if (snapshot.suspension !== null && !rule.whileSuspended) {
    return type === 'stay' || type === 'defer' ? alreadySuspended(type, snapshot) : caseSuspended(type, snapshot);
  }
  if (!rule.stages.includes(snapshot.stage)) return wrongStage(type, snapshot, rule.stages);
  return null;
}
