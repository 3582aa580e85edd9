/**
 * Refusals about who acts and when: each names the rule, who may act, and what must be true
 * first, in Chinese and English.
 */
import type { DomainProblem } from '../domain-error.js';
import { ROLE_LABELS } from '../roles.js';
import type { Role } from '../roles.js';
import type { CaseActionType } from './case-action.js';
import { CASE_STAGE_LABELS } from './case-stages.js';
import type { CaseStage } from './case-stages.js';
import type { Actor, CaseSnapshot } from './case-snapshot.js';
import { TRANSITION_RULES } from './transition-rules.js';

const rolesZh = (roles: readonly Role[]) => roles.map((r) => ROLE_LABELS[r].zh).join('、');
const rolesEn = (roles: readonly Role[]) => roles.map((r) => ROLE_LABELS[r].en).join(', ');
export const stagesZh = (stages: readonly CaseStage[]) => stages.map((s) => CASE_STAGE_LABELS[s].zh).join('、');
export const stagesEn = (stages: readonly CaseStage[]) => stages.map((s) => CASE_STAGE_LABELS[s].en).join(', ');

export function outOfCourtScope(type: CaseActionType, actor: Actor, snapshot: CaseSnapshot): DomainProblem {
  return {
    code: 'OUT_OF_COURT_SCOPE',
    messageZh: '该案件不属于您所在法院，只能由承办法院的人员办理',
    messageEn: 'This case belongs to another court; only staff of the enforcing court may act on it',
    details: { action: type, actorCourtId: actor.courtId, caseCourtId: snapshot.courtId },
  };
}

export function caseClosed(type: CaseActionType, snapshot: CaseSnapshot): DomainProblem {
  return {
    code: 'CASE_CLOSED',
    messageZh: '案件已结案，不能再进行任何操作；发现财产需恢复执行的，应另立执恢案件',
    messageEn: 'The case is closed and accepts no further acts; resumption after closing is a new 执恢 case',
    details: { action: type, closingMethod: snapshot.closingMethod, closedOn: snapshot.closedOn },
  };
}

export function roleNotAllowed(type: CaseActionType, actor: Actor, allowed: readonly Role[], whyZh = '', whyEn = ''): DomainProblem {
  const rule = TRANSITION_RULES[type];
  return {
    code: 'ROLE_NOT_ALLOWED',
    messageZh: `“${rule.zh}”只能由${rolesZh(allowed)}办理，${ROLE_LABELS[actor.role].zh}无此权限${whyZh}（依据：${rule.legalBasis}）`,
    messageEn: `"${rule.en}" may be done only by: ${rolesEn(allowed)}; a ${ROLE_LABELS[actor.role].en} may not${whyEn} (basis: ${rule.legalBasis})`,
    details: { action: type, role: actor.role, allowedRoles: [...allowed] },
  };
}

export function notHandler(type: CaseActionType, actor: Actor, snapshot: CaseSnapshot): DomainProblem {
  const supervisorsMay = TRANSITION_RULES[type].scope === 'handler';
  return {
    code: 'NOT_HANDLER',
    messageZh: `只有本案承办人${supervisorsMay ? '或执行局长、院领导' : '本人'}可以办理“${TRANSITION_RULES[type].zh}”`,
    messageEn: `Only the handler of this case${supervisorsMay ? ', the bureau chief or court leadership' : ' personally'} may do "${TRANSITION_RULES[type].en}"`,
    details: { action: type, userId: actor.userId, handlerId: snapshot.handlerId },
  };
}

export function caseSuspended(type: CaseActionType, snapshot: CaseSnapshot, whatZh = '', whatEn = ''): DomainProblem {
  const kindZh = snapshot.suspension?.kind === 'deferral' ? '暂缓执行' : '中止执行';
  return {
    code: 'CASE_SUSPENDED',
    messageZh: `案件处于${kindZh}期间，不能${whatZh || `“${TRANSITION_RULES[type].zh}”`}；期间只能恢复执行、终结执行、销案或变更承办人（民事诉讼法 第二百四十二条、第二百六十七条）`,
    messageEn: `The case is ${snapshot.suspension?.kind === 'deferral' ? 'deferred' : 'stayed'}, so it cannot ${whatEn || `"${TRANSITION_RULES[type].en}"`}; meanwhile only resumption, termination, withdrawal or reassignment are possible (Civil Procedure Law arts. 242, 267)`,
    details: { action: type, suspension: snapshot.suspension },
  };
}

export function wrongStage(type: CaseActionType, snapshot: CaseSnapshot, allowed: readonly CaseStage[], whatZh?: string, whatEn?: string): DomainProblem {
  const rule = TRANSITION_RULES[type];
  return {
    code: 'WRONG_STAGE',
    messageZh: `“${whatZh ?? rule.zh}”只能在${stagesZh(allowed)}阶段办理，案件当前处于${CASE_STAGE_LABELS[snapshot.stage].zh}阶段`,
    messageEn: `"${whatEn ?? rule.en}" is possible only in the stage(s) ${stagesEn(allowed)}; the case is at ${CASE_STAGE_LABELS[snapshot.stage].en}`,
    details: { action: type, stage: snapshot.stage, allowedStages: [...allowed] },
  };
}

export function alreadySuspended(type: CaseActionType, snapshot: CaseSnapshot): DomainProblem {
  return {
    code: 'ALREADY_SUSPENDED',
    messageZh: '案件已处于中止或暂缓执行期间，须先恢复执行才能再次中止或暂缓',
    messageEn: 'The case is already stayed or deferred; resume it before staying or deferring it again',
    details: { action: type, suspension: snapshot.suspension },
  };
}

export function notSuspended(type: CaseActionType): DomainProblem {
  return {
    code: 'NOT_SUSPENDED',
    messageZh: '案件未处于中止或暂缓执行期间，无需恢复执行',
    messageEn: 'The case is neither stayed nor deferred, so there is nothing to resume',
    details: { action: type },
  };
}
