/**
 * Which case events a party sees on the portal, and in what words (issue 5: "filing, handler, notices
 * served, measures taken (without other parties' private data), property disposal, money received and
 * paid out, suspension, closing"). A whitelist: an act not named here — a read of someone's ID number,
 * an internal approval, a warning — never reaches the portal. The words are built here from the
 * event's kind and amounts only, never from its staff-facing summary (which names accounts, property
 * and people), so what a party reads is decided in this one place.
 */
import type { PublicNodeKind } from '@zhixing/contracts';
import { CLOSING_METHOD_LABELS, MEASURE_KIND_LABELS, formatYuan, isMeasureKind, type ClosingMethod } from '@zhixing/domain';

export interface PublicNode {
  readonly kind: PublicNodeKind;
  readonly zh: string;
  readonly en: string;
}

const ACT: Readonly<Record<string, { zh: string; en: string }>> = {
  freeze: { zh: '冻结', en: 'freeze' },
  seal: { zh: '查封', en: 'seal' },
  impound: { zh: '扣押', en: 'impound' },
  deduct: { zh: '扣划', en: 'deduction' },
  renew: { zh: '续行查封、冻结', en: 'renewal' },
  release: { zh: '解除', en: 'release' },
};

const rec = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});
const fen = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);

/**
 * The public node of one event as the party `viewer` sees it, or null when it is not public.
 * `payeeOf` names the party a payout went to (from the payouts table, not the event).
 */
export function publicNode(action: string, after: unknown, viewer: { partyId: string }, payeeOf: (payoutId: string) => string | undefined): PublicNode | null {
  const a = rec(after);
  switch (action) {
    case 'fileCase':
      return { kind: 'filed', zh: '立案受理', en: 'Case filed' };
    case 'assignHandler':
      return { kind: 'handlerAssigned', zh: '确定承办人', en: 'Handler assigned' };
    case 'serveNotice':
      return { kind: 'noticeServed', zh: '向被执行人送达执行通知书、报告财产令', en: 'Enforcement notice and property-report order served on the debtor' };
    case 'startInvestigation':
      return { kind: 'investigation', zh: '开始调查被执行人财产', en: 'Investigation of the debtor\'s property began' };
    case 'networkInquiryStarted':
      return { kind: 'networkInquiry', zh: '通过网络查控系统查询被执行人财产', en: 'The debtor\'s property was inquired into over the network' };
    case 'controlOrdered': {
      const act = ACT[String(a.act)];
      return act ? { kind: 'propertyControlled', zh: `对被执行人财产采取${act.zh}措施`, en: `A ${act.en} of the debtor's property was ordered` } : null;
    }
    case 'controlActOrdered': {
      if (a.act === 'release') return { kind: 'controlReleased', zh: '解除对被执行人财产的控制措施', en: 'A control of the debtor\'s property was released' };
      const act = ACT[String(a.act)];
      return act ? { kind: 'propertyControlled', zh: `对被执行人财产${act.zh}`, en: `A ${act.en} of the debtor's property was ordered` } : null;
    }
    case 'publishCreditDecision': {
      const kind = String(a.kind);
      if (!isMeasureKind(kind)) return null;
      const label = MEASURE_KIND_LABELS[kind];
      return { kind: 'creditMeasure', zh: `对被执行人采取信用惩戒措施：${label.zh}`, en: `Credit measure against the debtor: ${label.en}` };
    }
    case 'endCreditDecision':
      return { kind: 'creditMeasureEnded', zh: '信用惩戒措施解除', en: 'A credit measure ended' };
    case 'startDisposal':
      return { kind: 'disposal', zh: '开始处置被执行人财产', en: 'Disposal of the debtor\'s property began' };
    // The auction notice is public anyway; a reward notice is told to the parties as an investigation step.
    case 'noticePublished':
      return a.kind === 'auction'
        ? { kind: 'disposal', zh: '发布网络司法拍卖公告', en: 'An online judicial auction of the debtor\'s property was announced' }
        : a.kind === 'reward'
          ? { kind: 'investigation', zh: '发布悬赏公告查找被执行人财产', en: 'A reward notice for the debtor\'s property was published' }
          : null;
    case 'fundsReceived': {
      const amount = fen(a.amountFen);
      return amount === null ? null : { kind: 'fundsReceived', zh: `收到执行款 ${formatYuan(amount)}`, en: `Enforcement money received: ${formatYuan(amount)}` };
    }
    case 'fundsPaidOut': {
      const amount = fen(a.amountFen);
      if (amount === null) return null;
      const toYou = typeof a.payoutId === 'string' && payeeOf(a.payoutId) === viewer.partyId;
      return toYou
        ? { kind: 'fundsPaidOut', zh: `向您发放执行款 ${formatYuan(amount)}`, en: `Enforcement money paid out to you: ${formatYuan(amount)}` }
        : { kind: 'fundsPaidOut', zh: `向申请执行人发放执行款 ${formatYuan(amount)}`, en: `Enforcement money paid out to an applicant: ${formatYuan(amount)}` };
    }
    case 'distributionPlanMade':
      return { kind: 'distributionPlan', zh: '制作财产分配方案', en: 'A distribution plan was made' };
    case 'stay':
      return { kind: 'suspended', zh: '中止执行', en: 'Enforcement stayed' };
    case 'defer':
      return { kind: 'suspended', zh: '暂缓执行', en: 'Enforcement deferred' };
    case 'resume':
      return { kind: 'resumed', zh: '恢复执行', en: 'Enforcement resumed' };
    case 'close': {
      const method = rec(a).closingMethod as ClosingMethod | undefined;
      const label = method && Object.hasOwn(CLOSING_METHOD_LABELS, method) ? CLOSING_METHOD_LABELS[method] : null;
      return { kind: 'closed', zh: label ? `结案：${label.zh}` : '结案', en: label ? `Closed: ${label.en}` : 'Closed' };
    }
    default:
      return null;
  }
}
