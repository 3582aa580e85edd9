/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { availableActs, awaitingInstitution, fenToYuanInput, remainingFen, renewUrgency, sortByExpiry, yuanToFen } from './control-values.js';
import type { ExpiringControl } from './control-api.js';

describe('amounts typed in yuan', () => {
  it('become integer fen from their digits, never through a float', () => {
    const cases: Array<[string, number | null]> = [
      ['150000', 15_000_000],
      ['150000.00', 15_000_000],
      ['0.1', 10],
      ['0.29', 29],
      ['1.005', null],
      ['1,500.5', 150_050],
      [' 507687.36 ', 50_768_736],
      ['0', null],
      ['0.00', null],
      ['-1', null],
      ['01', null],
      ['abc', null],
      ['', null],
      ['90071992547409.91', 9_007_199_254_740_991],
      ['90071992547409.92', null],
      ['90071992547410', null],
      ['9007199254740.99', 900_719_925_474_099],
    ];
    for (const [input, fen] of cases) assert.equal(yuanToFen(input), fen, input);
    assert.equal(yuanToFen(undefined), null);
    // 0.29 * 100 is 28.999999999999996 as a float: the digits give 29.
    assert.equal(yuanToFen('1234567.29'), 123_456_729);
  });

  it('fill an amount field back as plain yuan', () => {
    assert.equal(fenToYuanInput(15_000_000), '150000.00');
    assert.equal(fenToYuanInput(5), '0.05');
    assert.equal(fenToYuanInput(50_768_736), '507687.36');
    for (const fen of [1, 99, 100, 12_345, 900_719_925_474_099]) assert.equal(yuanToFen(fenToYuanInput(fen)), fen);
  });
});

describe('what a control takes now', () => {
  const freeze = { state: 'inEffect', pendingAct: null, act: 'freeze', propertyKind: 'bankDeposit' } as const;
  it('in force: renew, release, and deduct for money that can be paid over', () => {
    assert.deepEqual(availableActs(freeze), ['renew', 'release', 'deduct']);
    assert.deepEqual(availableActs({ ...freeze, propertyKind: 'securities' }), ['renew', 'release']);
    assert.deepEqual(availableActs({ ...freeze, act: 'seal', propertyKind: 'realEstate' }), ['renew', 'release']);
  });
  it('nothing while the institution has an act to answer, or once it ended; a waiting one can be withdrawn', () => {
    assert.deepEqual(availableActs({ ...freeze, pendingAct: 'renew' }), []);
    for (const state of ['requested', 'refused', 'failed', 'released', 'lapsed', 'exhausted'] as const) assert.deepEqual(availableActs({ ...freeze, state }), [], state);
    assert.deepEqual(availableActs({ ...freeze, state: 'waiting' }), ['release']);
    assert.equal(awaitingInstitution({ state: 'requested', pendingAct: null }), true);
    assert.equal(awaitingInstitution({ state: 'inEffect', pendingAct: 'deduct' }), true);
    assert.equal(awaitingInstitution({ state: 'inEffect', pendingAct: null }), false);
  });
  it('holds what was confirmed less what was paid over', () => {
    assert.equal(remainingFen({ heldFen: 10_000, amountFen: 12_000, deductedFen: 2_500 }), 7_500);
    assert.equal(remainingFen({ heldFen: null, amountFen: 12_000, deductedFen: 0 }), 12_000);
    assert.equal(remainingFen({ heldFen: null, amountFen: null, deductedFen: 0 }), null);
  });
});

describe('renewal dates', () => {
  it('are red within 7 days, orange within 30', () => {
    const cases: Array<[number, string]> = [
      [-1, 'overdue'],
      [0, 'urgent'],
      [7, 'urgent'],
      [8, 'soon'],
      [30, 'soon'],
      [31, 'normal'],
    ];
    for (const [days, urgency] of cases) assert.equal(renewUrgency(days), urgency, String(days));
  });
  it('order the calendar by expiry', () => {
    const row = (id: string, expiresOn: string, renewBy: string, caseNumber = '（2026）辽0202执1号'): ExpiringControl => ({
      id,
      caseId: id,
      caseNumber,
      act: 'freeze',
      propertyKind: 'bankDeposit',
      propertyDescription: '',
      institutionName: '',
      heldFen: null,
      expiresOn,
      renewBy,
      daysToRenew: 0,
      pendingAct: null,
    });
    const sorted = sortByExpiry([row('c', '2026-05-03', '2026-04-30'), row('a', '2026-04-01', '2026-04-01'), row('b', '2026-05-03', '2026-04-29')]);
    assert.deepEqual(sorted.map((r) => r.id), ['a', 'b', 'c']);
  });
});
