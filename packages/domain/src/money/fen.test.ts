import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../domain-error.js';
import { assertFen, fenFromBigInt } from './fen.js';

describe('assertFen', () => {
  for (const value of [0, 1, -1, 123456, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]) {
    it(`accepts the safe integer ${String(value)}`, () => {
      assert.equal(assertFen(value), value);
    });
  }

  const BAD = [0.5, 12.34, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1, -(2 ** 53)];
  for (const value of BAD) {
    it(`rejects ${String(value)} with MONEY_INVALID_FEN naming the field`, () => {
      assert.throws(
        () => assertFen(value, 'principal'),
        (e: unknown) =>
          e instanceof DomainError &&
          e.code === 'MONEY_INVALID_FEN' &&
          e.messageEn.startsWith('principal must be a whole number of fen') &&
          e.messageZh.startsWith('principal 必须') &&
          e.details?.field === 'principal',
      );
    });
  }

  it('names the field "amount" by default', () => {
    assert.throws(() => assertFen(1.5), /MONEY_INVALID_FEN: amount must be/);
  });
});

describe('fenFromBigInt', () => {
  it('converts values inside the safe range exactly', () => {
    assert.equal(fenFromBigInt(BigInt(Number.MAX_SAFE_INTEGER)), Number.MAX_SAFE_INTEGER);
    assert.equal(fenFromBigInt(BigInt(Number.MIN_SAFE_INTEGER)), Number.MIN_SAFE_INTEGER);
    assert.equal(fenFromBigInt(0n), 0);
  });

  for (const value of [BigInt(Number.MAX_SAFE_INTEGER) + 1n, BigInt(Number.MIN_SAFE_INTEGER) - 1n]) {
    it(`refuses ${value.toString()} with MONEY_TOO_LARGE instead of losing precision`, () => {
      assert.throws(
        () => fenFromBigInt(value, 'fee'),
        (e: unknown) => e instanceof DomainError && e.code === 'MONEY_TOO_LARGE' && e.details?.field === 'fee' && e.messageEn.startsWith('fee exceeds'),
      );
    });
  }
});
