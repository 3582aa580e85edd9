/**
 * Chinese numerals as court documents write them: item numbers （一）…（九）, periods 二年, 三个月,
 * and the digits of a year read one by one (二〇二六). Written figures follow the 公文 convention
 * (GB/T 9704-2012 §7.3.5.1 for dates; 人民法院民事裁判文书制作规范 for item numbers).
 */
import { invalidField } from '@zhixing/contracts';

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** One digit 0–9 as its numeral; `〇` for zero, as written in years. */
function digit(d: number): string {
  return DIGITS[d] ?? '';
}

/**
 * A whole number 1–99 in Chinese: 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 31 → 三十一.
 * Throws `VALIDATION_FAILED` (naming `field`) for anything else.
 */
export function chineseNumber(n: number, field = 'number'): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) {
    throw invalidField(field, `应为 1 至 99 的整数：${n}`, `must be a whole number from 1 to 99: ${n}`);
  }
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return digit(ones);
  return `${tens === 1 ? '' : digit(tens)}十${ones === 0 ? '' : digit(ones)}`;
}

/** Each decimal digit of a non-negative whole number read one by one: 2026 → 二〇二六. */
export function chineseDigits(n: number): string {
  return String(n)
    .split('')
    .map((c) => digit(Number(c)))
    .join('');
}

/** The item marker of a listed point: 3 → （三）. */
export function itemMarker(n: number, field = 'item'): string {
  return `（${chineseNumber(n, field)}）`;
}

/** The marker of a numbered decision: 2 → 二、. */
export function decisionMarker(n: number): string {
  return `${chineseNumber(n, 'decisionItem')}、`;
}
