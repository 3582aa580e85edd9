/**
 * Checks of the dates and texts an act carries. Each returns a refusal or `null`.
 */
import type { DomainProblem } from '../domain-error.js';
import { compareCivil, isCivilDate } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';

/**
 * An act's date must be a real date, not before the case was filed (nothing happens in a case
 * before it exists) and not after today (an act cannot be recorded in advance).
 */
export function checkActDate(field: string, value: CivilDate, filedOn: CivilDate, today: CivilDate): DomainProblem | null {
  if (!isCivilDate(value)) {
    return {
      code: 'INVALID_DATE',
      messageZh: `${field} 不是有效日期（应为 YYYY-MM-DD）：${value}`,
      messageEn: `${field} is not a valid date (expected YYYY-MM-DD): ${value}`,
      details: { field, value },
    };
  }
  if (compareCivil(value, filedOn) < 0) {
    return {
      code: 'DATE_BEFORE_FILING',
      messageZh: `${field}（${value}）早于立案日期（${filedOn}），案件立案前不能发生执行行为`,
      messageEn: `${field} (${value}) is before the case was filed (${filedOn}); no act can precede filing`,
      details: { field, value, filedOn },
    };
  }
  if (compareCivil(value, today) > 0) {
    return {
      code: 'DATE_IN_FUTURE',
      messageZh: `${field}（${value}）晚于今天（${today}），不能预先登记尚未发生的行为`,
      messageEn: `${field} (${value}) is after today (${today}); an act cannot be recorded before it happens`,
      details: { field, value, today },
    };
  }
  return null;
}

/** The date must not precede the start of the suspension it ends. */
export function checkNotBeforeSuspension(field: string, value: CivilDate, since: CivilDate): DomainProblem | null {
  if (compareCivil(value, since) >= 0) return null;
  return {
    code: 'DATE_BEFORE_SUSPENSION',
    messageZh: `${field}（${value}）早于中止或暂缓开始的日期（${since}）`,
    messageEn: `${field} (${value}) is before the stay or deferral began (${since})`,
    details: { field, value, since },
  };
}

/** Rulings and decisions state their grounds, so the text must not be blank. */
export function checkReason(field: string, value: string, whatZh: string, whatEn: string): DomainProblem | null {
  if (typeof value === 'string' && value.trim().length > 0) return null;
  return {
    code: 'REASON_REQUIRED',
    messageZh: `${whatZh}须写明理由或法定事由（${field} 不能为空）`,
    messageEn: `${whatEn} must state its reason or statutory ground (${field} is empty)`,
    details: { field },
  };
}
