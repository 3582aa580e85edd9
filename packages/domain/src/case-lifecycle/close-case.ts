/**
 * 结案: the six closing methods and their conditions (CLOSING_RULES).
 */
import { fail, ok } from '../domain-error.js';
import type { DomainProblem } from '../domain-error.js';
import type { CaseAction } from './case-action.js';
import type { ActionHandler } from './action-handler.js';
import { noPrecheck } from './action-handler.js';
import type { ActionContext } from './action-context.js';
import { caseSuspended, wrongStage } from './access-problems.js';
import { BASIS_TYPE_LABELS } from './basis-types.js';
import { CLOSING_METHOD_LABELS, isClosingMethod } from './closing-methods.js';
import { CLOSING_RULES } from './closing-rules.js';
import { checkActDate, checkNotBeforeSuspension, checkReason } from './input-problems.js';
import { suspensionDays } from './suspension-days.js';
import { terminationForNowGaps, terminationForNowUnmet } from './termination-for-now.js';

type CloseAction = Extract<CaseAction, { type: 'close' }>;

/**
 * 不予执行 is available only where a law provides it: arbitral awards (民事诉讼法 art. 248),
 * notarised debt instruments (art. 249), or any basis once the debtor's objection that the
 * application period had run is upheld (民诉法解释 art. 481). Returns the article, or a refusal.
 */
function notEnforcedBasis({ snapshot }: ActionContext, action: CloseAction): string | DomainProblem {
  if (action.reasonCode === 'limitationObjectionUpheld') return '民诉法解释 第四百八十一条';
  if (snapshot.basisType === 'arbitralAward') return '民事诉讼法 第二百四十八条';
  if (snapshot.basisType === 'notarialDeed') return '民事诉讼法 第二百四十九条';
  return {
    code: 'NOT_ENFORCED_GROUND_MISSING',
    messageZh: `执行依据为${BASIS_TYPE_LABELS[snapshot.basisType].zh}，不予执行仅适用于仲裁裁决（民事诉讼法第二百四十八条）、公证债权文书（第二百四十九条），或被执行人关于申请执行时效的异议经审查成立（民诉法解释第四百八十一条，reasonCode: limitationObjectionUpheld）`,
    messageEn: `The basis is a ${BASIS_TYPE_LABELS[snapshot.basisType].en}; "not enforced" applies only to arbitral awards (Civil Procedure Law art. 248), notarised debt instruments (art. 249), or when the debtor's limitation objection was upheld (SPC CPL Interpretation art. 481, reasonCode: limitationObjectionUpheld)`,
    details: { basisType: snapshot.basisType },
  };
}

function checkClose(ctx: ActionContext, action: CloseAction): DomainProblem | string {
  const { snapshot, today } = ctx;
  const rule = CLOSING_RULES[action.method];
  const label = CLOSING_METHOD_LABELS[action.method];
  if (snapshot.suspension !== null && !rule.whileSuspended) return caseSuspended('close', snapshot, `以“${label.zh}”方式结案`, `close as "${label.en}"`);
  if (!(rule.stages as readonly string[]).includes(snapshot.stage)) return wrongStage('close', snapshot, rule.stages, `以“${label.zh}”方式结案`, `Closing as "${label.en}"`);
  const problem =
    checkActDate('on', action.on, snapshot.filedOn, today) ??
    (snapshot.suspension === null ? null : checkNotBeforeSuspension('on', action.on, snapshot.suspension.since)) ??
    (rule.reasonRequired ? checkReason('reason', action.reason, `以“${label.zh}”方式结案`, `Closing as "${label.en}"`) : null);
  if (problem) return problem;
  if (action.method === 'terminationForNow') {
    const gaps = terminationForNowGaps(snapshot, action.on, action.checklist);
    if (gaps.length > 0) return terminationForNowUnmet(gaps);
  }
  return action.method === 'notEnforced' ? notEnforcedBasis(ctx, action) : rule.legalBasis;
}

export const closeCase: ActionHandler<'close'> = {
  precheck: noPrecheck,
  apply(ctx, action) {
    if (!isClosingMethod(action.method)) {
      return fail({
        code: 'UNKNOWN_CLOSING_METHOD',
        messageZh: `未知的结案方式：${String(action.method)}`,
        messageEn: `Unknown closing method: ${String(action.method)}`,
        details: { method: action.method },
      });
    }
    const checked = checkClose(ctx, action);
    if (typeof checked !== 'string') return fail(checked);
    const { snapshot } = ctx;
    const label = CLOSING_METHOD_LABELS[action.method];
    const reason = typeof action.reason === 'string' ? action.reason.trim() : '';
    return ok({
      next: {
        ...snapshot,
        stage: 'closed',
        closingMethod: action.method,
        closedOn: action.on,
        // A suspension in force ends with the case; its days still leave the time limit so
        // that the time-to-close statistics stay right (reference §10).
        suspension: null,
        excludedDays: snapshot.excludedDays + (snapshot.suspension === null ? 0 : suspensionDays(snapshot.suspension, action.on)),
        // An extension request is moot once the case is closed.
        pendingExtension: null,
      },
      legalBasis: checked,
      summaryZh: `${action.on} 以“${label.zh}”方式结案${reason ? `：${reason}` : ''}`,
      summaryEn: `Closed on ${action.on} as "${label.en}"${reason ? `: ${reason}` : ''}`,
    });
  },
};
