/**
 * Detecting passive enforcement (消极执行): overdue process nodes and idle cases, the first of
 * the three failures the platform must surface (mission.md goal 1).
 */
import { assertCivilDate, compareCivil, diffDays } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import { DomainError } from '../domain-error.js';
import type { CaseDeadlines } from './case-deadlines.js';
import { CASE_NODE_LABELS } from './case-deadlines.js';
import type { CaseSnapshot } from './case-snapshot.js';

/**
 * The idle threshold is supervision policy, not statute: no article fixes how long a case may
 * lie untouched, so it is a parameter (default 30 days, the platform's 消极执行 rule).
 */
export const DEFAULT_IDLE_THRESHOLD_DAYS = 30;

/**
 * True when no act was taken on the case for `thresholdDays` days: the last act was
 * `thresholdDays` or more days before today (last act 03-01, today 03-31 → idle at 30).
 */
export function isIdle(lastActionOn: CivilDate, today: CivilDate, thresholdDays = DEFAULT_IDLE_THRESHOLD_DAYS): boolean {
  if (!Number.isSafeInteger(thresholdDays) || thresholdDays < 1) {
    throw new DomainError({
      code: 'INVALID_PERIOD',
      messageZh: `闲置天数阈值必须是正整数：${thresholdDays}`,
      messageEn: `The idle threshold must be a positive whole number of days: ${thresholdDays}`,
      details: { field: 'thresholdDays', value: thresholdDays },
    });
  }
  if (compareCivil(lastActionOn, today) > 0) {
    throw new DomainError({
      code: 'DATE_IN_FUTURE',
      messageZh: `最后操作日期（${lastActionOn}）晚于今天（${today}）`,
      messageEn: `The last action date (${lastActionOn}) is after today (${today})`,
      details: { field: 'lastActionOn', value: lastActionOn, today },
    });
  }
  return diffDays(lastActionOn, today) >= thresholdDays;
}

export interface PassiveEnforcementWarning {
  kind: 'overdueNode' | 'idleCase';
  node?: string;
  dueDate?: CivilDate;
  /** Days overdue, or days since the last act. */
  days: number;
  messageZh: string;
  messageEn: string;
}

/**
 * Warnings for a case on `today`: one per overdue node (as computed by
 * `computeCaseDeadlines`), and one if the case is idle. A closed case warns of nothing; a
 * stayed or deferred case is not idle (the law stops it), and its paused closing node is
 * never overdue.
 */
export function passiveEnforcementWarnings(
  snapshot: CaseSnapshot,
  deadlines: CaseDeadlines,
  lastActionOn: CivilDate,
  today: CivilDate,
  thresholdDays = DEFAULT_IDLE_THRESHOLD_DAYS,
): PassiveEnforcementWarning[] {
  assertCivilDate(today, 'today');
  if (snapshot.stage === 'closed') return [];
  const warnings: PassiveEnforcementWarning[] = [];
  for (const d of [deadlines.assignment, deadlines.notice, deadlines.closing]) {
    if (!d.overdue) continue;
    const days = diffDays(d.dueDate, today);
    const label = CASE_NODE_LABELS[d.node];
    warnings.push({
      kind: 'overdueNode',
      node: d.node,
      dueDate: d.dueDate,
      days,
      messageZh: `“${label.zh}”节点已超期 ${days} 日（应于 ${d.dueDate} 前完成；依据：${d.legalBasis}）`,
      messageEn: `The "${label.en}" node is ${days} day(s) overdue (due ${d.dueDate}; basis: ${d.legalBasis})`,
    });
  }
  if (snapshot.suspension === null && isIdle(lastActionOn, today, thresholdDays)) {
    const days = diffDays(lastActionOn, today);
    warnings.push({
      kind: 'idleCase',
      days,
      messageZh: `案件已 ${days} 日无任何执行行为（最后一次为 ${lastActionOn}），可能存在消极执行`,
      messageEn: `No act has been taken on the case for ${days} day(s) (last on ${lastActionOn}): possible passive enforcement`,
    });
  }
  return warnings;
}
