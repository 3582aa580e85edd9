import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '@zhixing/contracts';
import { amountInWords, yuanAmountText, yuanFigures } from './amount-in-words.js';

describe('amountInWords', () => {
  for (const [fen, words] of [
    [0, '零元整'],
    [1, '壹分'],
    [5, '伍分'],
    [10, '壹角整'],
    [55, '伍角伍分'],
    [100, '壹元整'],
    [101, '壹元零壹分'],
    [110, '壹元壹角整'],
    [1000, '壹拾元整'],
    [1500, '壹拾伍元整'],
    [11000, '壹佰壹拾元整'],
    [1234567, '壹万贰仟叁佰肆拾伍元陆角柒分'],
    // The examples of 支付结算办法 附一: 零 after 元 when 角 is zero; the other zeros may be left out.
    [32504, '叁佰贰拾伍元零肆分'],
    [1640902, '壹万陆仟肆佰零玖元零贰分'],
    [168032, '壹仟陆佰捌拾元叁角贰分'],
    [10700053, '壹拾万柒仟元伍角叁分'],
    [1000500, '壹万零伍元整'],
    [101000000, '壹佰零壹万元整'],
    [100000500, '壹佰万零伍元整'],
    [1010000000, '壹仟零壹拾万元整'],
    [1000000000000, '壹佰亿元整'],
    [1000000100000000, '壹拾万亿零壹佰万元整'],
    [100000000000000, '壹万亿元整'],
    [Number.MAX_SAFE_INTEGER, '玖拾万零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分'],
  ] as const) {
    it(`${fen} fen → ${words}`, () => assert.equal(amountInWords(fen), words));
  }

  it('refuses negative, fractional and unsafe amounts, naming the field', () => {
    for (const bad of [-1, 0.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1]) {
      assert.throws(
        () => amountInWords(bad, 'amountFen'),
        (e: unknown) => e instanceof AppError && e.code === 'VALIDATION_FAILED' && e.messageEn.startsWith('amountFen:'),
      );
    }
  });
});

describe('yuanFigures / yuanAmountText', () => {
  for (const [fen, figures] of [
    [0, '0.00'],
    [7, '0.07'],
    [100, '1.00'],
    [99999, '999.99'],
    [100000, '1,000.00'],
    [1234567, '12,345.67'],
    [Number.MAX_SAFE_INTEGER, '90,071,992,547,409.91'],
  ] as const) {
    it(`${fen} fen → ${figures}`, () => assert.equal(yuanFigures(fen), figures));
  }

  it('prints the figures followed by the capitals', () => {
    assert.equal(yuanAmountText(1234567), '人民币12,345.67元（大写：壹万贰仟叁佰肆拾伍元陆角柒分）');
    assert.equal(yuanAmountText(100), '人民币1.00元（大写：壹元整）');
  });
});
