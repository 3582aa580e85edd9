/**
 * 分案: the handler (承办人) is assigned within 7 days of filing (2006 期限规定 art. 2).
 */
import { fail, ok } from '../domain-error.js';
import type { ActionHandler } from './action-handler.js';
import { caseSuspended, roleNotAllowed } from './access-problems.js';
import { REASSIGNMENT_ROLES, TRANSITION_RULES } from './transition-rules.js';

export const assignHandler: ActionHandler<'assignHandler'> = {
  precheck({ snapshot, actor }) {
    // A judge may make the first assignment; changing the handler of a running case is a
    // supervisory decision (mission.md: leaders supervise nodes and approve key acts).
    if (snapshot.stage !== 'filed' && !REASSIGNMENT_ROLES.includes(actor.role)) {
      return roleNotAllowed('assignHandler', actor, REASSIGNMENT_ROLES, '（已分案的案件变更承办人）', ' (change the handler of a case already assigned)');
    }
    // Reassignment keeps the stage, so it is allowed during a stay; the first assignment
    // advances the case and is not.
    if (snapshot.suspension !== null && snapshot.stage === 'filed') return caseSuspended('assignHandler', snapshot, '分案', 'assign the first handler');
    return null;
  },
  apply({ snapshot }, action) {
    const handlerId = typeof action.handlerId === 'string' ? action.handlerId.trim() : '';
    if (handlerId === '') {
      return fail({ code: 'HANDLER_ID_REQUIRED', messageZh: '须指定承办人', messageEn: 'A handler must be named', details: { field: 'handlerId' } });
    }
    if (handlerId === snapshot.handlerId) {
      return fail({
        code: 'HANDLER_UNCHANGED',
        messageZh: '所指定的人员已是本案承办人',
        messageEn: 'That person is already the handler of this case',
        details: { handlerId },
      });
    }
    const first = snapshot.stage === 'filed';
    return ok({
      next: { ...snapshot, handlerId, stage: first ? 'assigned' : snapshot.stage },
      legalBasis: TRANSITION_RULES.assignHandler.legalBasis,
      summaryZh: first ? `分案：指定承办人 ${handlerId}` : `变更承办人：${snapshot.handlerId ?? '无'} → ${handlerId}`,
      summaryEn: first ? `Handler assigned: ${handlerId}` : `Handler changed: ${snapshot.handlerId ?? 'none'} → ${handlerId}`,
    });
  },
};
