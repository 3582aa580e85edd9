/**
 * Reading an amount of yuan typed by a person or received from another system. The parser is
 * strict on purpose: an amount in a court record must mean exactly what was written, so it
 * never rounds, never guesses at a misplaced comma, and says precisely what is wrong.
 */
import { fail, ok } from '../domain-error.js';
import type { DomainProblem, Result } from '../domain-error.js';
import type { Fen } from './fen.js';

export interface ParseYuanOptions {
  /** Accept a leading `-` (refunds, adjustments). Default false: amounts owed are never negative. */
  readonly allowNegative?: boolean;
}

// Optional `-`, optional yen sign (half-width ¥ U+00A5 or the full-width ￥ U+FFE5 that Chinese
// input methods produce), integer digits possibly with commas, optional `.` and decimals.
const SHAPE = /^(-?)[¥￥]?([0-9][0-9,]*)(?:\.([0-9]+))?$/;
// Commas are accepted only as thousands separators, every group exactly three digits.
const GROUPED = /^[1-9][0-9]{0,2}(?:,[0-9]{3})+$/;
const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER);

function problem(code: string, messageZh: string, messageEn: string, input: string): DomainProblem {
  return { code, messageZh, messageEn, details: { input } };
}

/**
 * Parses `1234`, `1234.5`, `1234.56`, `1,234.56`, `¥1,234.56` (surrounding whitespace allowed)
 * into fen.
 *
 * Rejections: `MONEY_EMPTY`; `MONEY_NOT_A_NUMBER` (letters, exponent notation, a `+` or any
 * sign other than one leading `-`, a dangling decimal point); `MONEY_BAD_GROUPING` (commas not
 * in groups of three); `MONEY_TOO_MANY_DECIMALS` (more than two decimals, even zeros: no silent
 * rounding); `MONEY_NEGATIVE` (a negative amount without `allowNegative`); `MONEY_TOO_LARGE`
 * (beyond Number.MAX_SAFE_INTEGER fen). `-0` reads as 0.
 *
 * ### Examples
 * `parseYuan('¥1,234.56')` → ok(123456); `parseYuan('1.234')` → MONEY_TOO_MANY_DECIMALS.
 */
export function parseYuan(input: string, options: ParseYuanOptions = {}): Result<Fen> {
  const text = input.trim();
  if (text === '') {
    return fail(problem('MONEY_EMPTY', '金额为空', 'The amount is empty', input));
  }
  const m = SHAPE.exec(text);
  if (!m) {
    if (/^[-+]?[¥￥]?[0-9][0-9.,]*[eE][-+]?[0-9]+$/.test(text)) {
      return fail(
        problem('MONEY_NOT_A_NUMBER', `金额不能使用科学计数法：${text}`, `The amount must not use exponent notation: ${text}`, input),
      );
    }
    return fail(
      problem(
        'MONEY_NOT_A_NUMBER',
        `金额格式不正确：${text}（应为数字，最多两位小数，可带千分位逗号和前导“¥”，负号只能在最前面）`,
        `The amount is not a number in the accepted form: ${text} (digits, at most two decimals, optional thousands commas and leading "¥", a sign only as a single leading "-")`,
        input,
      ),
    );
  }
  const [, sign, integerPart = '', decimals = ''] = m;
  if (integerPart.includes(',') && !GROUPED.test(integerPart)) {
    return fail(
      problem(
        'MONEY_BAD_GROUPING',
        `金额的千分位逗号位置不正确：${text}（每组必须恰好三位数字）`,
        `The thousands separators are misplaced in ${text} (every group after a comma must have exactly three digits)`,
        input,
      ),
    );
  }
  if (decimals.length > 2) {
    return fail(
      problem(
        'MONEY_TOO_MANY_DECIMALS',
        `金额最多两位小数（精确到分），不会自动四舍五入：${text}`,
        `The amount has ${String(decimals.length)} decimals; at most 2 (fen) are allowed and it is never rounded: ${text}`,
        input,
      ),
    );
  }
  const magnitude = BigInt(integerPart.replaceAll(',', '')) * 100n + BigInt(decimals.padEnd(2, '0'));
  if (sign === '-' && magnitude > 0n && options.allowNegative !== true) {
    return fail(problem('MONEY_NEGATIVE', `金额不能为负数：${text}`, `The amount must not be negative: ${text}`, input));
  }
  if (magnitude > MAX_FEN) {
    return fail(
      problem(
        'MONEY_TOO_LARGE',
        `金额超出可精确表示的范围（最大 ${String(Number.MAX_SAFE_INTEGER)} 分）：${text}`,
        `The amount exceeds the largest exactly representable amount (${String(Number.MAX_SAFE_INTEGER)} fen): ${text}`,
        input,
      ),
    );
  }
  // Build the result from the magnitude so that "-0.00" gives 0, not -0.
  const fen = Number(magnitude);
  return ok(sign === '-' && fen !== 0 ? -fen : fen);
}
