/**
 * Unified social credit codes (统一社会信用代码), GB 32100-2015: the identifier of every company,
 * institution and other organisation that can be a party or a debtor.
 */
import { fail, ok } from '../domain-error.js';
import type { Result } from '../domain-error.js';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar, organisationCodeCheckChar } from './credit-code-check.js';

export interface CreditCode {
  /** The 18 characters, upper case. */
  readonly code: string;
  /** Position 1: registration authority (e.g. 1 机构编制, 5 民政, 9 市场监管/工商, Y 其他). */
  readonly registrationAuthority: string;
  /** Position 2: organisation type within that authority (e.g. 91 = enterprise). */
  readonly organisationType: string;
  /** Positions 3–8: GB/T 2260 address code of the registration authority. */
  readonly regionCode: string;
  /** Positions 9–17: the organisation code (GB 11714), including its own check character. */
  readonly organisationCode: string;
}

const LENGTH = 18;
const UNUSED_LETTERS = 'IOZSV';

/**
 * Validates and decodes a unified social credit code (GB 32100-2015). Surrounding whitespace
 * is ignored and lower case is read as upper case.
 *
 * Rejections, in this order: `CREDIT_CODE_WRONG_LENGTH`; `CREDIT_CODE_ILLEGAL_CHARACTER` (names
 * the character and its position); `CREDIT_CODE_BAD_REGION` (positions 3–8 not six digits);
 * `CREDIT_CODE_WRONG_ORGANISATION_CHECK` (GB 11714 check of positions 9–17, states the expected
 * character); `CREDIT_CODE_WRONG_CHECK_CHARACTER` (position 18, states the expected character).
 *
 * ### Examples
 * `parseCreditCode('91350100M000100Y43')` → ok({ registrationAuthority: '9', organisationType: '1',
 * regionCode: '350100', organisationCode: 'M000100Y4', … }).
 */
export function parseCreditCode(input: string): Result<CreditCode> {
  const code = input.trim().toUpperCase();
  const chars = Array.from(code);
  if (chars.length !== LENGTH) {
    return fail({
      code: 'CREDIT_CODE_WRONG_LENGTH',
      messageZh: `统一社会信用代码应为18位，实际为${String(chars.length)}位`,
      messageEn: `A unified social credit code has 18 characters, this one has ${String(chars.length)}`,
      details: { length: chars.length },
    });
  }

  for (const [i, ch] of chars.entries()) {
    if (!CREDIT_CODE_ALPHABET.includes(ch)) {
      const unused = UNUSED_LETTERS.includes(ch);
      return fail({
        code: 'CREDIT_CODE_ILLEGAL_CHARACTER',
        messageZh: `统一社会信用代码第${String(i + 1)}位含非法字符“${ch}”${unused ? '（代码不使用字母 I、O、Z、S、V）' : '（只能是数字或除 I、O、Z、S、V 以外的大写字母）'}`,
        messageEn: `Illegal character "${ch}" at position ${String(i + 1)} of the credit code${unused ? ' (the letters I, O, Z, S and V are not used)' : ' (only digits and the capital letters other than I, O, Z, S, V are allowed)'}`,
        details: { position: i + 1, character: ch },
      });
    }
  }

  const regionCode = code.slice(2, 8);
  if (!/^\d{6}$/.test(regionCode)) {
    return fail({
      code: 'CREDIT_CODE_BAD_REGION',
      messageZh: `统一社会信用代码第3–8位“${regionCode}”应为6位数字的行政区划码`,
      messageEn: `Positions 3–8 of the credit code, "${regionCode}", must be a six-digit administrative region code`,
      details: { regionCode },
    });
  }

  const organisationCode = code.slice(8, 17);
  const expectedOrganisationCheck = organisationCodeCheckChar(organisationCode.slice(0, 8));
  if (organisationCode.charAt(8) !== expectedOrganisationCheck) {
    return fail({
      code: 'CREDIT_CODE_WRONG_ORGANISATION_CHECK',
      messageZh: `统一社会信用代码中的组织机构代码 ${organisationCode} 校验码错误：第17位是“${organisationCode.charAt(8)}”，应为“${expectedOrganisationCheck}”`,
      messageEn: `The organisation code ${organisationCode} inside the credit code has a wrong check character: position 17 is "${organisationCode.charAt(8)}", it should be "${expectedOrganisationCheck}"`,
      details: { organisationCode, expected: expectedOrganisationCheck, actual: organisationCode.charAt(8) },
    });
  }

  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (code.charAt(17) !== expected) {
    return fail({
      code: 'CREDIT_CODE_WRONG_CHECK_CHARACTER',
      messageZh: `统一社会信用代码校验码错误：第18位是“${code.charAt(17)}”，按前17位计算应为“${expected}”`,
      messageEn: `Wrong check character: the credit code ends in "${code.charAt(17)}" but its first 17 characters require "${expected}"`,
      details: { expected, actual: code.charAt(17) },
    });
  }

  return ok({
    code,
    registrationAuthority: code.charAt(0),
    organisationType: code.charAt(1),
    regionCode,
    organisationCode,
  });
}
