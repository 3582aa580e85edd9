import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCreditCode } from './parse-credit-code.js';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar, organisationCodeCheckChar } from './credit-code-check.js';

// Check characters below were computed with an independent implementation of GB 32100 / GB 11714.
const VALID: ReadonlyArray<{ input: string; code: string; organisationCode: string; note: string }> = [
  { input: '91350100M000100Y43', code: '91350100M000100Y43', organisationCode: 'M000100Y4', note: 'published example' },
  { input: '91350100m000100y43', code: '91350100M000100Y43', organisationCode: 'M000100Y4', note: 'lower case' },
  { input: '  91350100M000100Y43 ', code: '91350100M000100Y43', organisationCode: 'M000100Y4', note: 'whitespace' },
  { input: '9121020024117532XE', code: '9121020024117532XE', organisationCode: '24117532X', note: 'organisation check X (10)' },
  { input: 'Y11101050000000006', code: 'Y11101050000000006', organisationCode: '000000000', note: 'organisation check 0 (11)' },
  { input: '912102021000002190', code: '912102021000002190', organisationCode: '100000219', note: 'check character 0 (31)' },
  { input: '12100000400000325F', code: '12100000400000325F', organisationCode: '400000325', note: 'public institution' },
  { input: '93210202MA0U6X2K37', code: '93210202MA0U6X2K37', organisationCode: 'MA0U6X2K3', note: 'letters in the body' },
];

const INVALID: ReadonlyArray<{ input: string; code: string; en: RegExp }> = [
  { input: '', code: 'CREDIT_CODE_WRONG_LENGTH', en: /18 characters, this one has 0$/ },
  { input: '91350100M000100Y4', code: 'CREDIT_CODE_WRONG_LENGTH', en: /this one has 17$/ },
  { input: '91350100M000100Y433', code: 'CREDIT_CODE_WRONG_LENGTH', en: /this one has 19$/ },
  { input: '91350100I000100Y43', code: 'CREDIT_CODE_ILLEGAL_CHARACTER', en: /"I" at position 9 .*I, O, Z, S and V are not used/ },
  { input: '9135010OM000100Y43', code: 'CREDIT_CODE_ILLEGAL_CHARACTER', en: /"O" at position 8 / },
  { input: '91350100M000100Y4-', code: 'CREDIT_CODE_ILLEGAL_CHARACTER', en: /"-" at position 18 .*only digits and the capital letters/ },
  { input: '9135010０M000100Y43', code: 'CREDIT_CODE_ILLEGAL_CHARACTER', en: /"０" at position 8 / },
  { input: '913501A0M000100Y43', code: 'CREDIT_CODE_BAD_REGION', en: /"3501A0", must be a six-digit/ },
  { input: '91350100M000100Y53', code: 'CREDIT_CODE_WRONG_ORGANISATION_CHECK', en: /M000100Y5 .*position 17 is "5", it should be "4"/ },
  { input: '91350100M000100Y44', code: 'CREDIT_CODE_WRONG_CHECK_CHARACTER', en: /ends in "4" but its first 17 characters require "3"/ },
  { input: '92350100M000100Y43', code: 'CREDIT_CODE_WRONG_CHECK_CHARACTER', en: /require "0"/ },
];

describe('parseCreditCode', () => {
  for (const c of VALID) {
    it(`accepts ${c.input.trim()} (${c.note})`, () => {
      assert.deepEqual(parseCreditCode(c.input), {
        ok: true,
        value: {
          code: c.code,
          registrationAuthority: c.code.charAt(0),
          organisationType: c.code.charAt(1),
          regionCode: c.code.slice(2, 8),
          organisationCode: c.organisationCode,
        },
      });
    });
  }

  for (const c of INVALID) {
    it(`rejects "${c.input}" with ${c.code}`, () => {
      const result = parseCreditCode(c.input);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.error.code, c.code);
      assert.match(result.error.messageEn, c.en);
      assert.ok(result.error.messageZh.length > 0);
    });
  }

  it('names position and character in Chinese too', () => {
    const result = parseCreditCode('91350100I000100Y43');
    assert.ok(!result.ok);
    assert.equal(result.error.messageZh, '统一社会信用代码第9位含非法字符“I”（代码不使用字母 I、O、Z、S、V）');
    assert.deepEqual(result.error.details, { position: 9, character: 'I' });
  });

  const alphabetChar = fc.constantFrom(...CREDIT_CODE_ALPHABET);
  const validCode = fc
    .tuple(
      alphabetChar,
      alphabetChar,
      fc.stringMatching(/^\d{6}$/),
      fc.array(alphabetChar, { minLength: 8, maxLength: 8 }),
    )
    .map(([authority, type, region, body]) => {
      const organisation = body.join('') + organisationCodeCheckChar(body.join(''));
      const first17 = authority + type + region + organisation;
      return first17 + creditCodeCheckChar(first17);
    });

  it('accepts every generated valid code (property)', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        assert.equal(parseCreditCode(code).ok, true, code);
      }),
    );
  });

  it('rejects any single-character change of a valid code (property)', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 17 }), alphabetChar, (code, position, replacement) => {
        fc.pre(code.charAt(position) !== replacement);
        const changed = code.slice(0, position) + replacement + code.slice(position + 1);
        assert.equal(parseCreditCode(changed).ok, false, changed);
      }),
    );
  });
});
