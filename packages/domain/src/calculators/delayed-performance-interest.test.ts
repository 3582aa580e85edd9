import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { delayedPerformanceInterest } from './delayed-performance-interest.js';
import type { DelayInterestInput, DelayInterestResult } from './delayed-performance-interest.js';

// Worked vectors (法释〔2014〕8号); amounts in fen. Invalid input and properties are in the sibling
// delayed-performance-interest.invalid.test.ts and .property.test.ts.
const YUAN = 100;

const CASES: ReadonlyArray<{ name: string; input: DelayInterestInput; expected: DelayInterestResult }> = [
  {
    // First, the judgment fixes 100,000 yuan due by 2024-01-10. The debtor pays 30,000 a month late.
    name: 'brief vector: partial payment, 542.50 + 735.00 = 1,277.50',
    input: {
      principal: 100_000 * YUAN,
      performanceDeadline: '2024-01-10',
      until: '2024-04-10',
      payments: [{ date: '2024-02-10', amount: 30_000 * YUAN }],
    },
    expected: {
      doubledInterest: 127_750,
      interestPaid: 0,
      outstandingInterest: 127_750,
      outstandingPrincipal: 70_000 * YUAN,
      overpaid: 0,
      totalDays: 91,
      segments: [
        { from: '2024-01-10', to: '2024-02-10', days: 31, principal: 10_000_000, interest: 54_250 },
        { from: '2024-02-10', to: '2024-04-10', days: 60, principal: 7_000_000, interest: 73_500 },
      ],
    },
  },
  {
    name: 'reference §2 worked example: 100,000 unpaid for 100 days → 1,750.00',
    input: { principal: 100_000 * YUAN, performanceDeadline: '2024-01-10', until: '2024-04-19' },
    expected: {
      doubledInterest: 175_000,
      interestPaid: 0,
      outstandingInterest: 175_000,
      outstandingPrincipal: 10_000_000,
      overpaid: 0,
      totalDays: 100,
      segments: [{ from: '2024-01-10', to: '2024-04-19', days: 100, principal: 10_000_000, interest: 175_000 }],
    },
  },
  {
    // Art. 4: the payment settles the debt first, then the interest; nothing accrues afterwards.
    name: 'paid in full with interest on day 100; nothing accrues after',
    input: {
      principal: 100_000 * YUAN,
      performanceDeadline: '2024-01-10',
      until: '2024-12-31',
      payments: [{ date: '2024-04-19', amount: 101_750 * YUAN }],
    },
    expected: {
      doubledInterest: 175_000,
      interestPaid: 175_000,
      outstandingInterest: 0,
      outstandingPrincipal: 0,
      overpaid: 0,
      totalDays: 100,
      segments: [{ from: '2024-01-10', to: '2024-04-19', days: 100, principal: 10_000_000, interest: 175_000 }],
    },
  },
  {
    name: 'overpayment is reported, not credited',
    input: {
      principal: 100_000 * YUAN,
      performanceDeadline: '2024-01-10',
      until: '2024-04-19',
      payments: [{ date: '2024-04-19', amount: 102_000 * YUAN }],
    },
    expected: {
      doubledInterest: 175_000,
      interestPaid: 175_000,
      outstandingInterest: 0,
      outstandingPrincipal: 0,
      overpaid: 25_000,
      totalDays: 100,
      segments: [{ from: '2024-01-10', to: '2024-04-19', days: 100, principal: 10_000_000, interest: 175_000 }],
    },
  },
  {
    // The debtor pays the debt on day 100 but only part of the interest; the rest stays owed.
    name: 'payment covering the debt and part of the interest',
    input: {
      principal: 100_000 * YUAN,
      performanceDeadline: '2024-01-10',
      until: '2024-06-30',
      payments: [{ date: '2024-04-19', amount: 100_000 * YUAN + 100_000 }, { date: '2024-05-01', amount: 50_000 }],
    },
    expected: {
      doubledInterest: 175_000,
      interestPaid: 150_000,
      outstandingInterest: 25_000,
      outstandingPrincipal: 0,
      overpaid: 0,
      totalDays: 100,
      segments: [{ from: '2024-01-10', to: '2024-04-19', days: 100, principal: 10_000_000, interest: 175_000 }],
    },
  },
  {
    name: 'payments before and on the deadline reduce the debt without interest',
    input: {
      principal: 10_000 * YUAN,
      performanceDeadline: '2024-01-10',
      until: '2024-01-20',
      payments: [
        { date: '2024-01-10', amount: 1_000 * YUAN },
        { date: '2024-01-05', amount: 3_000 * YUAN },
      ],
    },
    expected: {
      doubledInterest: 1_050, // 6,000 yuan × 0.000175 × 10 days = 10.50
      interestPaid: 0,
      outstandingInterest: 1_050,
      outstandingPrincipal: 6_000 * YUAN,
      overpaid: 0,
      totalDays: 10,
      segments: [{ from: '2024-01-10', to: '2024-01-20', days: 10, principal: 600_000, interest: 1_050 }],
    },
  },
  {
    name: 'paying more than the debt before the deadline',
    input: {
      principal: 10_000 * YUAN,
      performanceDeadline: '2024-01-10',
      until: '2024-03-01',
      payments: [{ date: '2024-01-02', amount: 10_500 * YUAN }],
    },
    expected: {
      doubledInterest: 0,
      interestPaid: 0,
      outstandingInterest: 0,
      outstandingPrincipal: 0,
      overpaid: 500 * YUAN,
      totalDays: 0,
      segments: [],
    },
  },
  {
    name: 'same-day payments both apply, in any order of input',
    input: {
      principal: 100_000 * YUAN,
      performanceDeadline: '2024-01-10',
      until: '2024-04-10',
      payments: [
        { date: '2024-02-10', amount: 20_000 * YUAN },
        { date: '2024-04-10', amount: 1 },
        { date: '2024-02-10', amount: 10_000 * YUAN },
      ],
    },
    expected: {
      doubledInterest: 127_750,
      interestPaid: 0,
      outstandingInterest: 127_750,
      outstandingPrincipal: 7_000_000 - 1,
      overpaid: 0,
      totalDays: 91,
      segments: [
        { from: '2024-01-10', to: '2024-02-10', days: 31, principal: 10_000_000, interest: 54_250 },
        { from: '2024-02-10', to: '2024-04-10', days: 60, principal: 7_000_000, interest: 73_500 },
      ],
    },
  },
  {
    // 600 yuan for 1 day is 10.5 fen and 200 yuan for 1 day is 3.5 fen: each stated segment rounds
    // up, but the total is rounded once from the exact 14 fen.
    name: 'rounding: total from the exact sum, segments rounded for display',
    input: {
      principal: 600 * YUAN,
      performanceDeadline: '2024-03-01',
      until: '2024-03-03',
      payments: [{ date: '2024-03-02', amount: 400 * YUAN }],
    },
    expected: {
      doubledInterest: 14,
      interestPaid: 0,
      outstandingInterest: 14,
      outstandingPrincipal: 200 * YUAN,
      overpaid: 0,
      totalDays: 2,
      segments: [
        { from: '2024-03-01', to: '2024-03-02', days: 1, principal: 60_000, interest: 11 },
        { from: '2024-03-02', to: '2024-03-03', days: 1, principal: 20_000, interest: 4 },
      ],
    },
  },
  {
    // 200 yuan for one day is 3.5 fen, rounded up to 4 fen: that is what a payment can settle.
    name: 'a payment settles the interest as stated in fen (half rounded up)',
    input: {
      principal: 200 * YUAN,
      performanceDeadline: '2024-03-01',
      until: '2024-03-02',
      payments: [{ date: '2024-03-02', amount: 200 * YUAN + 5 }],
    },
    expected: {
      doubledInterest: 4,
      interestPaid: 4,
      outstandingInterest: 0,
      outstandingPrincipal: 0,
      overpaid: 1,
      totalDays: 1,
      segments: [{ from: '2024-03-01', to: '2024-03-02', days: 1, principal: 20_000, interest: 4 }],
    },
  },
  {
    name: 'until before the deadline: nothing has accrued yet',
    input: { principal: 100_000 * YUAN, performanceDeadline: '2024-01-10', until: '2023-12-31' },
    expected: {
      doubledInterest: 0,
      interestPaid: 0,
      outstandingInterest: 0,
      outstandingPrincipal: 10_000_000,
      overpaid: 0,
      totalDays: 0,
      segments: [],
    },
  },
  {
    name: 'zero debt',
    input: { principal: 0, performanceDeadline: '2024-01-10', until: '2024-12-31', payments: [] },
    expected: {
      doubledInterest: 0,
      interestPaid: 0,
      outstandingInterest: 0,
      outstandingPrincipal: 0,
      overpaid: 0,
      totalDays: 0,
      segments: [],
    },
  },
];

describe('delayedPerformanceInterest: worked vectors', () => {
  for (const c of CASES) {
    it(c.name, () => {
      assert.deepEqual(delayedPerformanceInterest(c.input), c.expected);
    });
  }

});
