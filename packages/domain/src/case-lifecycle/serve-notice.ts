/**
 * 执行通知书 and 报告财产令, served together (财产调查规定 art. 3) within 10 days
 * (民诉法解释 art. 480; 民事诉讼法 arts. 251–252).
 */
import { fail, ok } from '../domain-error.js';
import type { ActionHandler } from './action-handler.js';
import { noPrecheck } from './action-handler.js';
import { checkActDate } from './input-problems.js';
import { TRANSITION_RULES } from './transition-rules.js';

export const serveNotice: ActionHandler<'serveNotice'> = {
  precheck: noPrecheck,
  apply({ snapshot, today }, action) {
    const problem = checkActDate('servedOn', action.servedOn, snapshot.filedOn, today);
    if (problem) return fail(problem);
    return ok({
      next: { ...snapshot, stage: 'notified', noticeServedOn: action.servedOn },
      legalBasis: TRANSITION_RULES.serveNotice.legalBasis,
      summaryZh: `${action.servedOn} 送达执行通知书和报告财产令`,
      summaryEn: `Enforcement notice and property report order served on ${action.servedOn}`,
    });
  },
};
