/**
 * Sums of money as court documents print them: the figures in yuan (人民币12,345.67元) followed by
 * the amount in capital numerals (大写), which cannot be altered by adding a stroke. The capitals
 * follow the bank rules for writing amounts (中国人民银行《支付结算办法》附一 正确填写票据和结算
 * 凭证的基本规定): 壹贰叁肆伍陆柒捌玖 with 拾佰仟万亿; 整 after an amount ending in 元 or 角;
 * 零 for a run of zeros between digits, and after 元 when 角 is zero but 分 is not
 * (325.04 → 叁佰贰拾伍元零肆分); a leading ten is written 壹拾.
 *
 * Amounts arrive as whole fen (the domain's money unit) and are split with integer remainder
 * only, never divided in floating point: a safe integer minus its remainder by 100 divides exactly.
 */
import { requireWholeNumber } from './input-checks.js';

const CAPITAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
/** Places inside a group of four digits: ones, tens, hundreds, thousands. */
const PLACES = ['', '拾', '佰', '仟'] as const;

/** `fen` checked as a non-negative safe integer, split into whole yuan, 角 and 分. */
function split(fen: number, field: string): { yuan: number; jiao: number; fen: number } {
  const value = requireWholeNumber(fen, 0, Number.MAX_SAFE_INTEGER, field);
  const cents = value % 100;
  return { yuan: (value - cents) / 100, jiao: (cents - (cents % 10)) / 10, fen: cents % 10 };
}

/** One group of four digits (1–9999) without its leading zeros: 7409 → 柒仟肆佰零玖, 1010 → 壹仟零壹拾. */
function groupInWords(group: number): string {
  let out = '';
  let zeroPending = false;
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(group / 10 ** place) % 10;
    if (d === 0) {
      // A zero counts only between digits already written and a later one; trailing zeros vanish.
      if (out !== '') zeroPending = true;
      continue;
    }
    if (zeroPending) out += '零';
    zeroPending = false;
    out += `${CAPITAL_DIGITS[d]}${PLACES[place]}`;
  }
  return out;
}

/**
 * Whole yuan in capitals, in groups of four digits (个, 万, 亿, 万亿). One 零 stands for any run
 * of zeros between written groups, including a lower group under 1000 (10005 → 壹万零伍).
 */
function yuanInWords(yuan: number): string {
  const groups: number[] = [];
  for (let rest = yuan; rest > 0; rest = (rest - (rest % 10_000)) / 10_000) groups.push(rest % 10_000);
  let out = '';
  let zeroPending = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i] ?? 0;
    if (group === 0) {
      if (out !== '') zeroPending = true;
      continue;
    }
    if (out !== '' && (zeroPending || group < 1000)) out += '零';
    zeroPending = false;
    // The 万亿 group takes 万 alone when the 亿 group below it is written and carries 亿 itself.
    const unit = i === 3 ? ((groups[2] ?? 0) === 0 ? '万亿' : '万') : (['', '万', '亿'][i] ?? '');
    out += `${groupInWords(group)}${unit}`;
  }
  return out;
}

/**
 * The amount in capitals: 1234567 → 壹万贰仟叁佰肆拾伍元陆角柒分, 100 → 壹元整, 0 → 零元整,
 * 5 → 伍分, 50 → 伍角整. Throws `VALIDATION_FAILED` naming `field` unless `fen` is a
 * non-negative safe integer.
 */
export function amountInWords(fen: number, field = 'amountFen'): string {
  const parts = split(fen, field);
  const jiao = parts.jiao === 0 ? '' : `${CAPITAL_DIGITS[parts.jiao]}角`;
  const cents = parts.fen === 0 ? '整' : `${CAPITAL_DIGITS[parts.fen]}分`;
  if (parts.yuan === 0) return parts.jiao === 0 && parts.fen === 0 ? '零元整' : `${jiao}${cents}`;
  if (parts.jiao === 0 && parts.fen === 0) return `${yuanInWords(parts.yuan)}元整`;
  return `${yuanInWords(parts.yuan)}元${parts.jiao === 0 ? '零' : jiao}${cents}`;
}

/** The amount in figures, thousands grouped, always two decimals: 1234567 → 12,345.67. */
export function yuanFigures(fen: number, field = 'amountFen'): string {
  const parts = split(fen, field);
  return `${String(parts.yuan).replace(/\B(?=(\d{3})+$)/g, ',')}.${parts.jiao}${parts.fen}`;
}

/** The sum as printed in a ruling or notice: `人民币12,345.67元（大写：壹万贰仟叁佰肆拾伍元陆角柒分）`. */
export function yuanAmountText(fen: number, field = 'amountFen'): string {
  return `人民币${yuanFigures(fen, field)}元（大写：${amountInWords(fen, field)}）`;
}
