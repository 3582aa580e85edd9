/**
 * A civil date written in Chinese numerals, as the date under a court's signature is written
 * (GB/T 9704-2012 §7.3.5.1 成文日期: 年份、月、日用汉字，年份四位数字读出，〇 for zero):
 * `2026-11-28` → `二〇二六年十一月二十八日`.
 */
import { invalidField } from '@zhixing/contracts';
import { civilParts, isCivilDate, type CivilDate } from '@zhixing/domain';
import { chineseDigits, chineseNumber } from './chinese-numerals.js';

/** Throws `VALIDATION_FAILED` naming `field` when `date` is not a real `YYYY-MM-DD` date. */
export function chineseDate(date: CivilDate, field = 'date'): string {
  if (!isCivilDate(date)) {
    throw invalidField(field, `不是有效日期（应为 YYYY-MM-DD）：${date}`, `is not a valid date (expected YYYY-MM-DD): ${date}`);
  }
  const { year, month, day } = civilParts(date);
  return `${chineseDigits(year)}年${chineseNumber(month)}月${chineseNumber(day)}日`;
}
