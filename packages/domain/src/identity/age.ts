/**
 * Age in full years (周岁) by the Gregorian calendar: a person is N years old from the day of
 * their Nth birthday. 民法典 art. 17: 18 周岁 and over is an adult. (Criminal law counts 周岁 from
 * the day *after* the birthday — 法释〔2006〕1号 art. 2 — so this is not the rule for 刑法 ages.)
 */
import { DomainError } from '../domain-error.js';
import { civilParts } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';

/**
 * Full years from `birthDate` to `onDate`. Someone born on 29 February turns a year older on
 * 1 March in common years: the birthday has not been reached while the date is still (2, 28).
 * Throws `AGE_DATE_BEFORE_BIRTH` when `onDate` precedes the birth date.
 *
 * ### Examples
 * `ageOn('2008-02-29', '2026-02-28')` → 17; `ageOn('2008-02-29', '2026-03-01')` → 18.
 */
export function ageOn(birthDate: CivilDate, onDate: CivilDate): number {
  const birth = civilParts(birthDate);
  const on = civilParts(onDate);
  if (onDate < birthDate) {
    throw new DomainError({
      code: 'AGE_DATE_BEFORE_BIRTH',
      messageZh: `计算年龄的日期 ${onDate} 早于出生日期 ${birthDate}`,
      messageEn: `The date ${onDate} for which the age is asked is before the birth date ${birthDate}`,
      details: { birthDate, onDate },
    });
  }
  const birthdayReached = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (birthdayReached ? 0 : 1);
}

/** Under 18 full years on `onDate` (民法典 art. 17); e.g. minors may not be put on the dishonest list. */
export function isMinorOn(birthDate: CivilDate, onDate: CivilDate): boolean {
  return ageOn(birthDate, onDate) < 18;
}
