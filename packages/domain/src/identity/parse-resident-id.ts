/**
 * Citizen identity numbers (公民身份号码), GB 11643-1999: 6-digit address code, 8-digit birth
 * date, 3-digit sequence (odd for men, even for women) and a check character.
 */
import { fail, ok } from '../domain-error.js';
import type { DomainProblem, Result } from '../domain-error.js';
import { assertCivilDate, isCivilDate } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import { ageOn } from './age.js';
import { isProvinceCode } from './province-codes.js';
import { residentIdCheckChar } from './resident-id-check.js';
import { maskResidentId } from './mask-resident-id.js';

export interface ResidentId {
  /** The 18 characters, upper-case `X`. */
  readonly number: string;
  /** GB/T 2260 address code of the place of first registration (digits 1–6). */
  readonly regionCode: string;
  readonly birthDate: CivilDate;
  readonly sex: 'male' | 'female';
  /** Full years on `options.onDate`, present only when that date was given. */
  readonly ageOnDate?: number;
}

export interface ParseResidentIdOptions {
  /** The date the number is checked on (e.g. filing date): birth dates after it are rejected. */
  readonly onDate?: CivilDate;
}

const LENGTH = 18;
const EARLIEST_BIRTH_YEAR = 1900;

function problem(code: string, messageZh: string, messageEn: string, details: Record<string, unknown>): Result<never> {
  const p: DomainProblem = { code, messageZh, messageEn, details };
  return fail(p);
}

/**
 * Validates and decodes an 18-character identity number (GB 11643-1999). Surrounding
 * whitespace is ignored and a lower-case `x` is read as `X`. Error messages show the number
 * masked, since they may end up in logs.
 *
 * Rejections, checked in this order: `RESIDENT_ID_WRONG_LENGTH`, `RESIDENT_ID_ILLEGAL_CHARACTER`
 * (names the character and its position), `RESIDENT_ID_BAD_REGION` (province part of the address
 * code), `RESIDENT_ID_IMPOSSIBLE_BIRTH_DATE` (not a calendar date, or before 1900),
 * `RESIDENT_ID_BIRTH_DATE_IN_FUTURE` (after `onDate`), `RESIDENT_ID_WRONG_CHECK_DIGIT` (states the
 * check character the first 17 digits require).
 *
 * ### Examples
 * `parseResidentId('11010519491231002X')` → ok({ regionCode: '110105', birthDate: '1949-12-31', sex: 'female', … }).
 */
export function parseResidentId(id: string, options: ParseResidentIdOptions = {}): Result<ResidentId> {
  const onDate = options.onDate === undefined ? undefined : assertCivilDate(options.onDate, 'onDate');
  const number = id.trim().toUpperCase();
  const masked = maskResidentId(number);
  // Count code points, not UTF-16 units, so a stray emoji is one (illegal) character.
  const chars = Array.from(number);

  if (chars.length !== LENGTH) {
    const firstGeneration = /^\d{15}$/.test(number);
    return problem(
      'RESIDENT_ID_WRONG_LENGTH',
      `身份证号码应为18位，实际为${String(chars.length)}位${firstGeneration ? '（15位的第一代号码须先升位为18位）' : ''}`,
      `An identity number has 18 characters, this one has ${String(chars.length)}${firstGeneration ? ' (a 15-digit first-generation number must be converted to 18 digits first)' : ''}`,
      { length: chars.length },
    );
  }

  for (const [i, ch] of chars.entries()) {
    const isDigit = ch >= '0' && ch <= '9';
    if (!isDigit && !(i === LENGTH - 1 && ch === 'X')) {
      const rule = i === LENGTH - 1 ? '最后一位只能是数字或 X' : '前17位只能是数字';
      const ruleEn = i === LENGTH - 1 ? 'the last character must be a digit or X' : 'the first 17 characters must be digits';
      return problem(
        'RESIDENT_ID_ILLEGAL_CHARACTER',
        `身份证号码第${String(i + 1)}位含非法字符“${ch}”：${rule}`,
        `Illegal character "${ch}" at position ${String(i + 1)} of the identity number: ${ruleEn}`,
        { position: i + 1, character: ch },
      );
    }
  }

  const regionCode = number.slice(0, 6);
  if (!isProvinceCode(regionCode.slice(0, 2))) {
    return problem(
      'RESIDENT_ID_BAD_REGION',
      `身份证号码的地址码 ${regionCode} 不对应任何省级行政区（前两位“${regionCode.slice(0, 2)}”无效）`,
      `The address code ${regionCode} of the identity number names no province ("${regionCode.slice(0, 2)}" is not a province code)`,
      { regionCode, number: masked },
    );
  }

  const digits = number.slice(6, 14);
  const birthDate = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  if (!isCivilDate(birthDate) || Number(digits.slice(0, 4)) < EARLIEST_BIRTH_YEAR) {
    return problem(
      'RESIDENT_ID_IMPOSSIBLE_BIRTH_DATE',
      `身份证号码第7–14位“${digits}”不是有效的出生日期（须为1900年以后的真实日期）`,
      `Characters 7–14 of the identity number, "${digits}", are not a possible birth date (a real calendar date in 1900 or later)`,
      { birthDigits: digits, number: masked },
    );
  }
  if (onDate !== undefined && birthDate > onDate) {
    return problem(
      'RESIDENT_ID_BIRTH_DATE_IN_FUTURE',
      `身份证号码中的出生日期 ${birthDate} 晚于核验日期 ${onDate}`,
      `The birth date ${birthDate} in the identity number is after the date of the check, ${onDate}`,
      { birthDate, onDate, number: masked },
    );
  }

  const expected = residentIdCheckChar(number.slice(0, 17));
  const actual = number.charAt(17);
  if (actual !== expected) {
    return problem(
      'RESIDENT_ID_WRONG_CHECK_DIGIT',
      `身份证号码校验码错误：最后一位是“${actual}”，按前17位计算应为“${expected}”`,
      `Wrong check digit: the identity number ends in "${actual}" but its first 17 digits require "${expected}"`,
      { expected, actual, number: masked },
    );
  }

  // GB 11643-1999 §6.3: the sequence code is odd for men and even for women.
  const sex = Number(number.charAt(16)) % 2 === 1 ? 'male' : 'female';
  const value: ResidentId = { number, regionCode, birthDate, sex };
  return ok(onDate === undefined ? value : { ...value, ageOnDate: ageOn(birthDate, onDate) });
}
