import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DomainError, unwrap } from '../domain-error.js';
import { fenToYuanString, formatYuan } from './format-yuan.js';
import { parseYuan } from './parse-yuan.js';

const ACCEPTED: ReadonlyArray<{ input: string; fen: number; allowNegative?: boolean }> = [
  { input: '1234', fen: 123_400 },
  { input: '1234.5', fen: 123_450 },
  { input: '1234.56', fen: 123_456 },
  { input: '1,234.56', fen: 123_456 },
  { input: '¥1,234.56', fen: 123_456 },
  { input: '￥1,234.56', fen: 123_456 },
  { input: '  1234.56\t', fen: 123_456 },
  { input: '\u30001234\u3000', fen: 123_400 },
  { input: '0', fen: 0 },
  { input: '0.01', fen: 1 },
  { input: '0.1', fen: 10 },
  { input: '007', fen: 700 },
  { input: '12,345,678.90', fen: 1_234_567_890 },
  { input: '-0.00', fen: 0 },
  { input: '-1,234.56', fen: -123_456, allowNegative: true },
  { input: '-¥1,234.56', fen: -123_456, allowNegative: true },
  { input: '90071992547409.91', fen: Number.MAX_SAFE_INTEGER },
  { input: '-90,071,992,547,409.91', fen: -Number.MAX_SAFE_INTEGER, allowNegative: true },
];

const REJECTED: ReadonlyArray<{ input: string; code: string; en: RegExp; allowNegative?: boolean }> = [
  { input: '', code: 'MONEY_EMPTY', en: /empty/ },
  { input: '   ', code: 'MONEY_EMPTY', en: /empty/ },
  { input: '1.234', code: 'MONEY_TOO_MANY_DECIMALS', en: /has 3 decimals; at most 2/ },
  { input: '1.500', code: 'MONEY_TOO_MANY_DECIMALS', en: /never rounded/ },
  { input: 'abc', code: 'MONEY_NOT_A_NUMBER', en: /not a number/ },
  { input: '12a', code: 'MONEY_NOT_A_NUMBER', en: /not a number/ },
  { input: '一千元', code: 'MONEY_NOT_A_NUMBER', en: /not a number/ },
  { input: '１２３', code: 'MONEY_NOT_A_NUMBER', en: /not a number/ },
  { input: '1e5', code: 'MONEY_NOT_A_NUMBER', en: /exponent notation/ },
  { input: '1.5E+3', code: 'MONEY_NOT_A_NUMBER', en: /exponent notation/ },
  { input: '+12', code: 'MONEY_NOT_A_NUMBER', en: /single leading "-"/ },
  { input: '--12', code: 'MONEY_NOT_A_NUMBER', en: /not a number/ },
  { input: '12-', code: 'MONEY_NOT_A_NUMBER', en: /not a number/ },
  { input: '¥-12', code: 'MONEY_NOT_A_NUMBER', en: /not a number/ },
  { input: '1234.', code: 'MONEY_NOT_A_NUMBER', en: /not a number/ },
  { input: '.5', code: 'MONEY_NOT_A_NUMBER', en: /not a number/ },
  { input: '1 234', code: 'MONEY_NOT_A_NUMBER', en: /not a number/ },
  { input: '1,23', code: 'MONEY_BAD_GROUPING', en: /exactly three digits/ },
  { input: '1234,567', code: 'MONEY_BAD_GROUPING', en: /thousands separators/ },
  { input: '1,,234', code: 'MONEY_BAD_GROUPING', en: /thousands separators/ },
  { input: '0,123', code: 'MONEY_BAD_GROUPING', en: /thousands separators/ },
  { input: '1,234,', code: 'MONEY_BAD_GROUPING', en: /thousands separators/ },
  { input: '-1', code: 'MONEY_NEGATIVE', en: /must not be negative/ },
  { input: '-¥0.01', code: 'MONEY_NEGATIVE', en: /must not be negative/ },
  { input: '90071992547409.92', code: 'MONEY_TOO_LARGE', en: /exceeds the largest/ },
  { input: '-90071992547409.92', code: 'MONEY_TOO_LARGE', en: /exceeds the largest/, allowNegative: true },
  { input: '1'.repeat(40), code: 'MONEY_TOO_LARGE', en: /exceeds the largest/ },
];

describe('parseYuan', () => {
  for (const c of ACCEPTED) {
    it(`reads "${c.input}" as ${String(c.fen)} fen`, () => {
      const result = parseYuan(c.input, { allowNegative: c.allowNegative ?? false });
      assert.deepEqual(result, { ok: true, value: c.fen });
      // -0 would print as "-0" in some places; zero must be a plain 0.
      assert.ok(!Object.is(unwrap(result), -0));
    });
  }

  for (const c of REJECTED) {
    it(`rejects "${c.input}" with ${c.code}`, () => {
      const result = parseYuan(c.input, { allowNegative: c.allowNegative ?? false });
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.error.code, c.code);
      assert.match(result.error.messageEn, c.en);
      assert.ok(result.error.messageZh.length > 0);
      assert.deepEqual(result.error.details, { input: c.input });
    });
  }

  it('rejects negatives by default', () => {
    assert.equal(parseYuan('-5').ok, false);
  });

  it('unwrap turns a rejection into a DomainError with the same code and messages', () => {
    assert.throws(
      () => unwrap(parseYuan('1.234')),
      (e: unknown) => e instanceof DomainError && e.code === 'MONEY_TOO_MANY_DECIMALS' && e.message.startsWith('MONEY_TOO_MANY_DECIMALS: The amount has 3 decimals'),
    );
  });

  it('round-trips the JSON form: parse(fenToYuanString(x)) === x (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (fen) => {
        assert.equal(unwrap(parseYuan(fenToYuanString(fen), { allowNegative: true })), fen);
      }),
    );
  });

  it('round-trips the display form: parse(formatYuan(x)) === x (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (fen) => {
        assert.equal(unwrap(parseYuan(formatYuan(fen), { allowNegative: true })), fen);
      }),
    );
  });

  it('never accepts a third decimal, whatever the digits (property)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 999 }), (yuan, frac) => {
        const result = parseYuan(`${String(yuan)}.${String(frac).padStart(3, '0')}`);
        assert.equal(result.ok ? 'ok' : result.error.code, 'MONEY_TOO_MANY_DECIMALS');
      }),
    );
  });
});
