import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '@zhixing/contracts';
import { chineseDate } from './chinese-date.js';
import { chineseDigits, chineseNumber, itemMarker } from './chinese-numerals.js';

describe('chineseDate', () => {
  for (const [date, zh] of [
    ['2026-11-28', '二〇二六年十一月二十八日'],
    ['2026-01-01', '二〇二六年一月一日'],
    ['2026-10-10', '二〇二六年十月十日'],
    ['2026-12-20', '二〇二六年十二月二十日'],
    ['2026-03-30', '二〇二六年三月三十日'],
    ['2026-05-31', '二〇二六年五月三十一日'],
    ['2000-02-29', '二〇〇〇年二月二十九日'],
    ['2030-07-15', '二〇三〇年七月十五日'],
    ['2019-09-09', '二〇一九年九月九日'],
  ] as const) {
    it(`${date} → ${zh}`, () => assert.equal(chineseDate(date), zh));
  }

  it('refuses a date that does not exist, naming the field', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-1', '']) {
      assert.throws(
        () => chineseDate(bad, 'decisionDate'),
        (e: unknown) => e instanceof AppError && e.code === 'VALIDATION_FAILED' && e.messageEn.startsWith('decisionDate:'),
      );
    }
  });
});

describe('chineseNumber', () => {
  for (const [n, zh] of [
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [30, '三十'],
    [31, '三十一'],
    [99, '九十九'],
  ] as const) {
    it(`${n} → ${zh}`, () => assert.equal(chineseNumber(n), zh));
  }

  it('refuses 0, 100 and fractions', () => {
    for (const bad of [0, 100, 1.5, Number.NaN]) assert.throws(() => chineseNumber(bad), AppError);
  });

  it('reads year digits one by one and writes item markers', () => {
    assert.equal(chineseDigits(2026), '二〇二六');
    assert.equal(chineseDigits(1990), '一九九〇');
    assert.equal(itemMarker(3), '（三）');
  });
});
