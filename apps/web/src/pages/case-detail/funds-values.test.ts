/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isDelayable, isReversible, payees, postingSides, receiptStateColor, receiptUrgency, sortReceipts, unsettledFen } from './funds-values.js';
import type { ReceiptState } from './funds-values.js';

describe('a receipt’s 30 days', () => {
  it('are orange within 10 days of the limit and red past it', () => {
    const cases: Array<[ReceiptState, number, string, string]> = [
      ['due', 30, 'normal', 'blue'],
      ['due', 11, 'normal', 'blue'],
      ['due', 10, 'soon', 'orange'],
      ['due', 0, 'soon', 'orange'],
      ['overdue', -3, 'overdue', 'red'],
      ['paid', 5, 'none', 'green'],
      ['delayed', -2, 'none', 'purple'],
      ['reversed', 20, 'none', 'default'],
    ];
    for (const [state, daysLeft, urgency, color] of cases) {
      assert.equal(receiptUrgency({ state, daysLeft }), urgency, `${state} ${daysLeft}`);
      assert.equal(receiptStateColor({ state, daysLeft }), color, `${state} ${daysLeft}`);
    }
  });

  it('order the board: overdue first, then the nearest limit', () => {
    const row = (id: string, state: ReceiptState, daysLeft: number, arrivalOn = '2026-03-01') => ({ id, state, daysLeft, arrivalOn });
    const sorted = sortReceipts([row('a', 'due', 20), row('b', 'delayed', -5), row('c', 'overdue', -1), row('d', 'due', 3), row('e', 'overdue', -9)]);
    assert.deepEqual(
      sorted.map((r) => r.id),
      ['e', 'c', 'd', 'a', 'b'],
    );
  });
});

describe('what can still be done to a receipt', () => {
  const manual = { channel: 'voluntary', settledFen: 0, state: 'due' } as const;
  it('a manual receipt nothing of which left the account can be reversed', () => {
    assert.equal(isReversible(manual), true);
    assert.equal(isReversible({ ...manual, channel: 'deduction' }), false, 'a bank’s deduction is corrected by the bank');
    assert.equal(isReversible({ ...manual, settledFen: 1 }), false, 'part of it was settled');
    assert.equal(isReversible({ ...manual, state: 'reversed' }), false);
  });
  it('money still to pay can be delayed', () => {
    for (const [state, delayable] of [['due', true], ['overdue', true], ['delayed', false], ['paid', false], ['reversed', false]] as const) assert.equal(isDelayable({ state }), delayable, state);
  });
  it('what is left of it is counted in fen', () => {
    assert.equal(unsettledFen({ amountFen: 10_000_000, settledFen: 5_215_000 }), 4_785_000);
  });
});

describe('ledger entries', () => {
  it('positive fen is a debit, negative a credit', () => {
    assert.deepEqual(postingSides({ amountFen: 10_000_000 }), { debitFen: 10_000_000, creditFen: null });
    assert.deepEqual(postingSides({ amountFen: -215_000 }), { debitFen: null, creditFen: 215_000 });
    assert.deepEqual(postingSides({ amountFen: 0 }), { debitFen: null, creditFen: null });
  });
});

describe('payees', () => {
  it('are the applicants only', () => {
    const parties = [
      { id: '1', partyRole: 'applicant' as const },
      { id: '2', partyRole: 'debtor' as const },
      { id: '3', partyRole: 'applicant' as const },
    ];
    assert.deepEqual(
      payees(parties).map((p) => p.id),
      ['1', '3'],
    );
  });
});
