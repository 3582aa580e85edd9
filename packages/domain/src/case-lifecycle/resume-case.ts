/**
 * 恢复执行 after a stay or deferral. The suspension's days leave the time limit
 * (审理期限规定 art. 9(9)–(11); 2006 期限规定 art. 13; 执行程序解释 art. 13); see
 * `suspensionDays` for exactly which days.
 */
import { fail, ok } from '../domain-error.js';
import type { ActionHandler } from './action-handler.js';
import { notSuspended } from './access-problems.js';
import { checkActDate, checkNotBeforeSuspension } from './input-problems.js';
import { suspensionDays } from './suspension-days.js';

export const resume: ActionHandler<'resume'> = {
  precheck({ snapshot }) {
    return snapshot.suspension === null ? notSuspended('resume') : null;
  },
  apply({ snapshot, today }, action) {
    // decide() runs precheck first; repeated here so apply is safe on its own.
    const suspension = snapshot.suspension;
    if (suspension === null) return fail(notSuspended('resume'));
    const problem = checkActDate('on', action.on, snapshot.filedOn, today) ?? checkNotBeforeSuspension('on', action.on, suspension.since);
    if (problem) return fail(problem);
    const days = suspensionDays(suspension, action.on);
    const stayed = suspension.kind === 'stay';
    return ok({
      next: { ...snapshot, suspension: null, excludedDays: snapshot.excludedDays + days },
      legalBasis: stayed
        ? '民事诉讼法 第二百六十七条；审理期限规定 第九条第（九）项；执行程序解释 第十三条'
        : '民诉法解释 第四百六十七条；审理期限规定 第九条第（十）项；执行程序解释 第十三条',
      summaryZh: `${action.on} 恢复执行，${stayed ? '中止' : '暂缓'}期间 ${days} 日不计入执行期限`,
      summaryEn: `Enforcement resumed on ${action.on}; the ${stayed ? 'stay' : 'deferral'} of ${days} day(s) is not counted in the time limit`,
    });
  },
};
