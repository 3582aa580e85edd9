import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, diffDays } from '../civil-date.js';
import { delayedPerformanceInterest } from './delayed-performance-interest.js';
import type { DelayInterestInput } from './delayed-performance-interest.js';

describe('delayedPerformanceInterest: properties', () => {
  // Generators: a debt up to 10 million yuan, a deadline, up to 6 payments within 3 years of it.
  const scenario = fc
    .record({
      principal: fc.integer({ min: 0, max: 1_000_000_000 }),
      deadlineOffset: fc.integer({ min: 0, max: 3650 }),
      span: fc.integer({ min: -30, max: 1100 }),
      payments: fc.array(
        fc.record({ offset: fc.integer({ min: -60, max: 1100 }), amount: fc.integer({ min: 1, max: 400_000_000 }) }),
        { maxLength: 6 },
      ),
    })
    .map(({ principal, deadlineOffset, span, payments }): DelayInterestInput => {
      const performanceDeadline = addDays('2015-01-01', deadlineOffset);
      const until = addDays(performanceDeadline, span);
      return {
        principal,
        performanceDeadline,
        until,
        // Payments are kept on or before `until`.
        payments: payments.map((p) => {
          const date = addDays(performanceDeadline, p.offset);
          return { date: date > until ? until : date, amount: p.amount };
        }),
      };
    });

  it('never yields a negative amount and keeps the books balanced (property)', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const r = delayedPerformanceInterest(input);
        const { doubledInterest, interestPaid, outstandingInterest, outstandingPrincipal, overpaid, totalDays } = r;
        for (const v of [doubledInterest, interestPaid, outstandingInterest, outstandingPrincipal, overpaid, totalDays]) {
          assert.ok(v >= 0);
        }
        const paid = (input.payments ?? []).reduce((s, p) => s + p.amount, 0);
        assert.equal(paid, input.principal - r.outstandingPrincipal + r.interestPaid + r.overpaid);
        assert.equal(r.outstandingInterest, r.doubledInterest - r.interestPaid);
        assert.equal(r.totalDays, r.segments.reduce((s, seg) => s + seg.days, 0));
        // Rounded segments stay within half a fen each (plus half a fen) of the exact total.
        const drift = Math.abs(r.doubledInterest - r.segments.reduce((s, seg) => s + seg.interest, 0));
        assert.ok(2 * drift <= r.segments.length + 1, `drift ${String(drift)} over ${String(r.segments.length)} segments`);
        for (const seg of r.segments) assert.equal(seg.days, diffDays(seg.from, seg.to));
      }),
    );
  });

  it('with no payments equals round(principal × 175 × days / 1,000,000) (property)', () => {
    fc.assert(
      fc.property(scenario, ({ principal, performanceDeadline, until }) => {
        const days = Math.max(0, diffDays(performanceDeadline, until));
        const exact = BigInt(principal) * 175n * BigInt(days);
        const r = delayedPerformanceInterest({ principal, performanceDeadline, until });
        assert.equal(BigInt(r.doubledInterest), (2n * exact + 1_000_000n) / 2_000_000n);
        assert.equal(r.totalDays, principal > 0 ? days : 0);
      }),
    );
  });

  it('paying more, or once more, never increases the interest (property)', () => {
    const change = fc.record({ pick: fc.nat(), extra: fc.integer({ min: 1, max: 100_000_000 }), addNew: fc.boolean() });
    fc.assert(
      fc.property(scenario, change, (input, { pick, extra, addNew }) => {
        const payments = [...(input.payments ?? [])];
        const existing = payments[pick % Math.max(1, payments.length)];
        if (addNew || existing === undefined) {
          const date = addDays(input.performanceDeadline, pick % 400);
          payments.push({ date: date > input.until ? input.until : date, amount: extra });
        } else {
          payments[pick % payments.length] = { date: existing.date, amount: existing.amount + extra };
        }
        const before = delayedPerformanceInterest(input);
        const after = delayedPerformanceInterest({ ...input, payments });
        assert.ok(after.doubledInterest <= before.doubledInterest);
        assert.ok(after.outstandingPrincipal <= before.outstandingPrincipal);
      }),
    );
  });

  it('does not depend on the order in which payments are listed (property)', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const reversed = { ...input, payments: [...(input.payments ?? [])].reverse() };
        assert.deepEqual(delayedPerformanceInterest(reversed), delayedPerformanceInterest(input));
      }),
    );
  });
});
