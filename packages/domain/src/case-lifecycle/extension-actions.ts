/**
 * Extending the time limit to conclude: the handler asks, the court president decides
 * (审理期限规定 art. 5; 2006 期限规定 art. 1).
 */
import { compareCivil } from '../civil-date.js';
import { fail, ok } from '../domain-error.js';
import type { DomainProblem } from '../domain-error.js';
import type { ActionHandler } from './action-handler.js';
import type { ActionContext } from './action-context.js';
import { closingDeadline } from './closing-deadline.js';
import { checkRequestWindow } from './extension-window.js';
import { checkActDate, checkReason } from './input-problems.js';
import { TRANSITION_RULES } from './transition-rules.js';

/** 审理期限规定 art. 5: "经本院院长批准，可以延长三个月". */
export const FIRST_EXTENSION_MAX_MONTHS = 3;

function noPendingExtension(): DomainProblem {
  return {
    code: 'NO_PENDING_EXTENSION',
    messageZh: '没有待审批的延长执行期限申请，须由承办人先提出申请',
    messageEn: 'There is no extension request to decide; the handler must request one first',
  };
}

function checkMonths(ctx: ActionContext, months: number): DomainProblem | null {
  if (!Number.isSafeInteger(months) || months < 1) {
    return {
      code: 'INVALID_EXTENSION_MONTHS',
      messageZh: `延长期限须为正整数个月：${months}`,
      messageEn: `An extension must be a positive whole number of months: ${months}`,
      details: { months },
    };
  }
  // Art. 5 fixes 3 months for the president's extension; a further extension has no fixed
  // length but must be reported to the High Court (see approveExtension).
  if (ctx.snapshot.extensionMonths === 0 && months > FIRST_EXTENSION_MAX_MONTHS) {
    return {
      code: 'EXTENSION_TOO_LONG',
      messageZh: `经本院院长批准的延长最多三个月（审理期限规定第五条），申请了 ${months} 个月`,
      messageEn: `An extension approved by the court president is at most 3 months (SPC time-limit rules art. 5); ${months} were requested`,
      details: { months, max: FIRST_EXTENSION_MAX_MONTHS },
    };
  }
  return null;
}

export const requestExtension: ActionHandler<'requestExtension'> = {
  precheck({ snapshot }) {
    if (snapshot.pendingExtension === null) return null;
    return {
      code: 'EXTENSION_ALREADY_PENDING',
      messageZh: `已有延长 ${snapshot.pendingExtension.months} 个月的申请（${snapshot.pendingExtension.requestedOn}）待院长审批`,
      messageEn: `A request to extend by ${snapshot.pendingExtension.months} month(s) (${snapshot.pendingExtension.requestedOn}) is already awaiting the president's decision`,
      details: { pendingExtension: snapshot.pendingExtension },
    };
  },
  probe: (ctx) => checkRequestWindow(ctx, ctx.today),
  apply(ctx, action) {
    const { snapshot, today } = ctx;
    const problem =
      checkMonths(ctx, action.months) ??
      checkReason('reason', action.reason, '申请延长执行期限', 'An extension request') ??
      checkActDate('requestedOn', action.requestedOn, snapshot.filedOn, today) ??
      checkRequestWindow(ctx, action.requestedOn);
    if (problem) return fail(problem);
    const reason = action.reason.trim();
    return ok({
      next: { ...snapshot, pendingExtension: { months: action.months, requestedOn: action.requestedOn, reason } },
      legalBasis: TRANSITION_RULES.requestExtension.legalBasis,
      summaryZh: `${action.requestedOn} 申请延长执行期限 ${action.months} 个月：${reason}`,
      summaryEn: `Extension of ${action.months} month(s) requested on ${action.requestedOn}: ${reason}`,
    });
  },
};

export const approveExtension: ActionHandler<'approveExtension'> = {
  precheck(ctx) {
    if (ctx.snapshot.pendingExtension === null) return noPendingExtension();
    // 审理期限规定 art. 14 para. 2: "院长应当在审限届满前批准或者决定" — approving after the limit
    // expired would hide an overdue case behind a retroactive extension.
    const { dueDate } = closingDeadline(ctx.calendar, ctx.snapshot, ctx.today);
    if (compareCivil(ctx.today, dueDate) <= 0) return null;
    return {
      code: 'EXTENSION_DECISION_TOO_LATE',
      messageZh: `执行期限已于 ${dueDate} 届满，院长应当在期限届满前批准延长（审理期限规定第十四条），现已不能批准，只能不予批准`,
      messageEn: `The time limit expired on ${dueDate}; the president must approve an extension before it expires (SPC time-limit rules art. 14), so it can now only be refused`,
      details: { dueDate, today: ctx.today },
    };
  },
  apply({ snapshot }) {
    const pending = snapshot.pendingExtension;
    if (pending === null) return fail(noPendingExtension());
    const further = snapshot.extensionMonths > 0;
    const base = {
      next: { ...snapshot, extensionMonths: snapshot.extensionMonths + pending.months, pendingExtension: null },
      summaryZh: `院长批准延长执行期限 ${pending.months} 个月${further ? '（再次延长，层报高级人民法院备案）' : ''}`,
      summaryEn: `The president approved an extension of ${pending.months} month(s)${further ? ' (a further extension: to be reported to the High Court for the record)' : ''}`,
    };
    return ok(
      further
        ? { ...base, legalBasis: '审理期限规定 第五条（还需延长的，层报高级人民法院备案）、第十四条', reportToHighCourt: true }
        : { ...base, legalBasis: TRANSITION_RULES.approveExtension.legalBasis },
    );
  },
};

export const rejectExtension: ActionHandler<'rejectExtension'> = {
  precheck: ({ snapshot }) => (snapshot.pendingExtension === null ? noPendingExtension() : null),
  apply({ snapshot }, action) {
    const pending = snapshot.pendingExtension;
    if (pending === null) return fail(noPendingExtension());
    const problem = checkReason('reason', action.reason, '不批准延长执行期限', 'Refusing an extension');
    if (problem) return fail(problem);
    const reason = action.reason.trim();
    return ok({
      next: { ...snapshot, pendingExtension: null },
      legalBasis: TRANSITION_RULES.rejectExtension.legalBasis,
      summaryZh: `院长不批准延长执行期限 ${pending.months} 个月：${reason}`,
      summaryEn: `The president refused the extension of ${pending.months} month(s): ${reason}`,
    });
  },
};
