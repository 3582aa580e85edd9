import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isIdle, passiveEnforcementWarnings } from './passive-enforcement.js';
import { computeCaseDeadlines } from './case-deadlines.js';
import { createCalendar } from '../calendar/index.js';
import { DomainError } from '../domain-error.js';
import { createTestCase } from './case-fixtures.js';

const cal = createCalendar();

describe('isIdle (消极执行: no act for 30 days)', () => {
  const table: Array<[string, string, number | undefined, boolean]> = [
    ['2025-09-01', '2025-09-30', undefined, false],
    ['2025-09-01', '2025-10-01', undefined, true],
    ['2025-09-01', '2025-09-01', undefined, false],
    ['2025-09-01', '2025-09-11', 10, true],
    ['2025-09-01', '2025-09-10', 10, false],
  ];
  for (const [last, today, threshold, idle] of table) {
    it(`last act ${last}, today ${today}, threshold ${threshold ?? 30} → ${idle}`, () => assert.equal(isIdle(last, today, threshold), idle));
  }
  it('refuses a bad threshold and a last act after today', () => {
    for (const t of [0, -1, 2.5]) assert.throws(() => isIdle('2025-09-01', '2025-10-01', t), (e: unknown) => e instanceof DomainError && e.code === 'INVALID_PERIOD');
    assert.throws(() => isIdle('2025-10-02', '2025-10-01'), (e: unknown) => e instanceof DomainError && e.code === 'DATE_IN_FUTURE');
  });
});

describe('passiveEnforcementWarnings', () => {
  it('an unassigned, unnotified, untouched case: two overdue nodes and idle', () => {
    const c = createTestCase();
    const today = '2025-10-10';
    const warnings = passiveEnforcementWarnings(c, computeCaseDeadlines(cal, c, today), '2025-09-01', today);
    assert.deepEqual(
      warnings.map((w) => [w.kind, w.node, w.dueDate, w.days]),
      [
        ['overdueNode', 'assignment', '2025-09-08', 32],
        ['overdueNode', 'notice', '2025-09-11', 29],
        ['idleCase', undefined, undefined, 39],
      ],
    );
    assert.match(warnings[0]!.messageZh, /“分案”节点已超期 32 日/);
    assert.match(warnings[1]!.messageEn, /"Enforcement notice" node is 29 day\(s\) overdue/);
    assert.match(warnings[2]!.messageZh, /消极执行/);
  });

  it('an overdue closing node', () => {
    const c = createTestCase({ stage: 'disposing' });
    const today = '2026-03-10';
    const warnings = passiveEnforcementWarnings(c, computeCaseDeadlines(cal, c, today), '2026-03-09', today);
    assert.deepEqual(warnings.map((w) => [w.kind, w.node, w.days]), [['overdueNode', 'closing', 8]]);
  });

  it('a custom idle threshold', () => {
    const c = createTestCase({ stage: 'investigating' });
    const today = '2025-10-10';
    assert.equal(passiveEnforcementWarnings(c, computeCaseDeadlines(cal, c, today), '2025-09-30', today, 10)[0]?.kind, 'idleCase');
    assert.deepEqual(passiveEnforcementWarnings(c, computeCaseDeadlines(cal, c, today), '2025-09-30', today), []);
  });

  it('a stayed case is neither idle nor overdue on closing', () => {
    const c = createTestCase({ stage: 'investigating', suspension: { kind: 'stay', since: '2025-10-01', ground: 'x' } });
    const today = '2026-06-01';
    assert.deepEqual(passiveEnforcementWarnings(c, computeCaseDeadlines(cal, c, today), '2025-10-01', today), []);
  });

  it('a closed case warns of nothing', () => {
    const c = createTestCase({ stage: 'closed', closingMethod: 'performed', closedOn: '2025-10-01' });
    const today = '2026-06-01';
    assert.deepEqual(passiveEnforcementWarnings(c, computeCaseDeadlines(cal, c, today), '2025-10-01', today), []);
  });

  it('throws on an invalid today', () => {
    const c = createTestCase();
    assert.throws(() => passiveEnforcementWarnings(c, computeCaseDeadlines(cal, c, '2025-10-10'), '2025-09-01', '10/10/2025'), (e: unknown) => e instanceof DomainError && e.code === 'INVALID_DATE');
  });
});
