import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../domain-error.js';
import { delayedPerformanceInterest } from './delayed-performance-interest.js';
import type { DelayInterestInput } from './delayed-performance-interest.js';

const REJECTED: ReadonlyArray<{ name: string; input: DelayInterestInput; code: string; en: RegExp }> = [
  {
    name: 'a payment after until',
    input: { principal: 100, performanceDeadline: '2024-01-10', until: '2024-02-01', payments: [{ date: '2024-02-02', amount: 1 }] },
    code: 'DELAY_INTEREST_PAYMENT_AFTER_UNTIL',
    en: /Payment 1 on 2024-02-02 is after the date interest is computed to, 2024-02-01/,
  },
  {
    name: 'a zero payment',
    input: {
      principal: 100,
      performanceDeadline: '2024-01-10',
      until: '2024-02-01',
      payments: [{ date: '2024-01-20', amount: 5 }, { date: '2024-01-21', amount: 0 }],
    },
    code: 'DELAY_INTEREST_PAYMENT_NOT_POSITIVE',
    en: /Payment 2 must be a positive amount, got 0 fen/,
  },
  {
    name: 'a negative payment',
    input: { principal: 100, performanceDeadline: '2024-01-10', until: '2024-02-01', payments: [{ date: '2024-01-20', amount: -5 }] },
    code: 'DELAY_INTEREST_PAYMENT_NOT_POSITIVE',
    en: /got -5 fen/,
  },
  {
    name: 'a fractional payment',
    input: { principal: 100, performanceDeadline: '2024-01-10', until: '2024-02-01', payments: [{ date: '2024-01-20', amount: 0.5 }] },
    code: 'MONEY_INVALID_FEN',
    en: /payments\[0\]\.amount must be a whole number of fen/,
  },
  {
    name: 'an impossible payment date',
    input: { principal: 100, performanceDeadline: '2024-01-10', until: '2024-02-01', payments: [{ date: '2024-01-32', amount: 1 }] },
    code: 'INVALID_DATE',
    en: /payments\[0\]\.date is not a valid date/,
  },
  {
    name: 'a negative debt',
    input: { principal: -1, performanceDeadline: '2024-01-10', until: '2024-02-01' },
    code: 'DELAY_INTEREST_NEGATIVE_PRINCIPAL',
    en: /must not be negative, got -1 fen/,
  },
  {
    name: 'a fractional debt',
    input: { principal: 1.5, performanceDeadline: '2024-01-10', until: '2024-02-01' },
    code: 'MONEY_INVALID_FEN',
    en: /principal must be a whole number/,
  },
  {
    name: 'a malformed deadline',
    input: { principal: 1, performanceDeadline: '2024/01/10', until: '2024-02-01' },
    code: 'INVALID_DATE',
    en: /performanceDeadline is not a valid date/,
  },
  {
    name: 'a malformed until',
    input: { principal: 1, performanceDeadline: '2024-01-10', until: '2024-02-30' },
    code: 'INVALID_DATE',
    en: /until is not a valid date/,
  },
  {
    // 90 trillion yuan for 1,000 years overflows the safe integer range of fen.
    name: 'a result beyond the safe integer range',
    input: { principal: Number.MAX_SAFE_INTEGER, performanceDeadline: '2000-01-01', until: '3000-01-01' },
    code: 'MONEY_TOO_LARGE',
    en: /interest exceeds the largest exactly representable amount/,
  },
];

describe('delayedPerformanceInterest: invalid input', () => {
  for (const c of REJECTED) {
    it(`refuses ${c.name} with ${c.code}`, () => {
      assert.throws(
        () => delayedPerformanceInterest(c.input),
        (e: unknown) => e instanceof DomainError && e.code === c.code && c.en.test(e.messageEn) && e.messageZh.length > 0,
      );
    });
  }

  it('refuses an overpaid total beyond the safe integer range', () => {
    const big = { date: '2024-01-01', amount: Number.MAX_SAFE_INTEGER };
    assert.throws(
      () => delayedPerformanceInterest({ principal: 0, performanceDeadline: '2024-01-10', until: '2024-01-10', payments: [big, big] }),
      (e: unknown) => e instanceof DomainError && e.code === 'MONEY_TOO_LARGE' && e.details?.field === 'overpaid',
    );
  });
});
