import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fenToYuanString, formatYuan } from './format-yuan.js';

const CASES: ReadonlyArray<{ fen: number; display: string; json: string }> = [
  { fen: 0, display: '¥0.00', json: '0.00' },
  { fen: -0, display: '¥0.00', json: '0.00' },
  { fen: 1, display: '¥0.01', json: '0.01' },
  { fen: 10, display: '¥0.10', json: '0.10' },
  { fen: 99, display: '¥0.99', json: '0.99' },
  { fen: 100, display: '¥1.00', json: '1.00' },
  { fen: 99_999, display: '¥999.99', json: '999.99' },
  { fen: 100_000, display: '¥1,000.00', json: '1000.00' },
  { fen: 123_456, display: '¥1,234.56', json: '1234.56' },
  { fen: -123_456, display: '-¥1,234.56', json: '-1234.56' },
  { fen: -5, display: '-¥0.05', json: '-0.05' },
  { fen: 100_000_000, display: '¥1,000,000.00', json: '1000000.00' },
  { fen: Number.MAX_SAFE_INTEGER, display: '¥90,071,992,547,409.91', json: '90071992547409.91' },
  { fen: Number.MIN_SAFE_INTEGER, display: '-¥90,071,992,547,409.91', json: '-90071992547409.91' },
];

describe('formatYuan / fenToYuanString', () => {
  for (const c of CASES) {
    it(`${String(c.fen)} fen → ${c.display} and "${c.json}"`, () => {
      assert.equal(formatYuan(c.fen), c.display);
      assert.equal(fenToYuanString(c.fen), c.json);
    });
  }

  it('refuses a fractional fen instead of printing a rounded amount', () => {
    assert.throws(() => formatYuan(0.5), /MONEY_INVALID_FEN/);
    assert.throws(() => fenToYuanString(Number.NaN), /MONEY_INVALID_FEN/);
  });

  it('the JSON form is the display form without symbol and commas (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (fen) => {
        assert.equal(fenToYuanString(fen), formatYuan(fen).replace('¥', '').replaceAll(',', ''));
        assert.match(fenToYuanString(fen), /^-?(0|[1-9]\d*)\.\d{2}$/);
      }),
    );
  });
});
