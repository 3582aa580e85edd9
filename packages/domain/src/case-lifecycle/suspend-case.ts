/**
 * 中止执行 (stay, 民事诉讼法 art. 267) and 暂缓执行 (deferral, art. 242; 民诉法解释 art. 467).
 * Both stop the clock of the time limit until resumption (审理期限规定 art. 9(9)–(11)). A stay
 * carries its statutory ground as a code (STAY_GROUNDS) beside the ruling's reason text.
 */
import { addMonths, compareCivil, isCivilDate } from '../civil-date.js';
import { fail, ok } from '../domain-error.js';
import type { ActionHandler } from './action-handler.js';
import { noPrecheck } from './action-handler.js';
import { checkActDate, checkReason } from './input-problems.js';
import { STAY_GROUNDS, STAY_GROUND_LABELS, isStayGround } from './stay-grounds.js';
import { TRANSITION_RULES } from './transition-rules.js';

export const stay: ActionHandler<'stay'> = {
  precheck: noPrecheck,
  apply({ snapshot, today }, action) {
    const problem = checkReason('ground', action.ground, '中止执行', 'A stay') ?? checkActDate('since', action.since, snapshot.filedOn, today);
    if (problem) return fail(problem);
    const code = action.groundCode;
    if (code !== undefined && !isStayGround(code)) {
      return fail({
        code: 'UNKNOWN_STAY_GROUND',
        messageZh: `未知的中止执行事由：${String(code)}`,
        messageEn: `Unknown ground for a stay: ${String(code)}`,
        details: { field: 'groundCode', value: code, allowed: STAY_GROUNDS },
      });
    }
    const ground = action.ground.trim();
    const label = code === undefined ? null : STAY_GROUND_LABELS[code];
    return ok({
      next: { ...snapshot, suspension: { kind: 'stay', since: action.since, ground, ...(code === undefined ? {} : { groundCode: code }) } },
      // A coded stay cites its own article; an uncoded one (older clients) the general rule.
      legalBasis: label?.article ?? TRANSITION_RULES.stay.legalBasis,
      summaryZh: `自 ${action.since} 起中止执行${label ? `（${label.zh}）` : ''}：${ground}`,
      summaryEn: `Enforcement stayed from ${action.since}${label ? ` (${label.en})` : ''}: ${ground}`,
    });
  },
};

/** 民诉法解释 art. 467: "暂缓执行的期限应当与担保期限一致，但最长不得超过一年". */
const MAX_DEFERRAL_MONTHS = 12;

export const defer: ActionHandler<'defer'> = {
  precheck: noPrecheck,
  apply({ snapshot, today }, action) {
    const problem = checkReason('ground', action.ground, '暂缓执行', 'A deferral') ?? checkActDate('since', action.since, snapshot.filedOn, today);
    if (problem) return fail(problem);
    if (!isCivilDate(action.until) || compareCivil(action.until, action.since) <= 0) {
      return fail({
        code: 'DEFERRAL_PERIOD_INVALID',
        messageZh: `暂缓执行须决定期限（民事诉讼法第二百四十二条），截止日期（${action.until}）须为晚于开始日期（${action.since}）的有效日期`,
        messageEn: `A deferral must have a fixed term (Civil Procedure Law art. 242): its end (${action.until}) must be a valid date after its start (${action.since})`,
        details: { since: action.since, until: action.until },
      });
    }
    const latest = addMonths(action.since, MAX_DEFERRAL_MONTHS);
    if (compareCivil(action.until, latest) > 0) {
      return fail({
        code: 'DEFERRAL_TOO_LONG',
        messageZh: `暂缓执行最长不得超过一年（民诉法解释第四百六十七条），截止日期最晚为 ${latest}`,
        messageEn: `A deferral may last at most one year (SPC CPL Interpretation art. 467); it may end on ${latest} at the latest`,
        details: { since: action.since, until: action.until, latest },
      });
    }
    const ground = action.ground.trim();
    return ok({
      next: { ...snapshot, suspension: { kind: 'deferral', since: action.since, until: action.until, ground } },
      legalBasis: TRANSITION_RULES.defer.legalBasis,
      summaryZh: `${action.since} 至 ${action.until} 暂缓执行：${ground}`,
      summaryEn: `Enforcement deferred from ${action.since} to ${action.until}: ${ground}`,
    });
  },
};
