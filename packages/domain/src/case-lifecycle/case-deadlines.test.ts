import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { computeCaseDeadlines } from './case-deadlines.js';
import type { NodeDeadline } from './case-deadlines.js';
import { closingDeadline } from './closing-deadline.js';
import { suspensionDays } from './suspension-days.js';
import { createCalendar } from '../calendar/index.js';
import { DomainError } from '../domain-error.js';
import { createTestCase } from './case-fixtures.js';
import type { Suspension } from './case-snapshot.js';

const cal = createCalendar();

describe('computeCaseDeadlines', () => {
  it('a case filed 2025-09-01: 7 and 10 days, 6 months ending on a Sunday → Monday', () => {
    const d = computeCaseDeadlines(cal, createTestCase(), '2025-09-05');
    const expectAssignment: NodeDeadline = { node: 'assignment', dueDate: '2025-09-08', done: false, overdue: false, daysLeft: 3, uncoveredYears: [], legalBasis: '执行期限规定（法发〔2006〕35号）第二条；民事诉讼法 第八十五条' };
    assert.deepEqual(d.assignment, expectAssignment);
    assert.deepEqual(d.notice, { node: 'notice', dueDate: '2025-09-11', done: false, overdue: false, daysLeft: 6, uncoveredYears: [], legalBasis: '民诉法解释 第四百八十条；民事诉讼法 第八十五条' });
    assert.equal(d.closing.dueDate, '2026-03-02');
    assert.equal(d.closing.paused, false);
    assert.equal(d.closing.daysLeft, 178);
    assert.match(d.closing.legalBasis, /审理期限规定 第五条/);
  });

  it('filed the week before National Day 2025: both short nodes roll to 10-09', () => {
    const d = computeCaseDeadlines(cal, createTestCase({ filedOn: '2025-09-24' }), '2025-10-09');
    assert.equal(d.assignment.dueDate, '2025-10-09'); // nominal 10-01
    assert.equal(d.notice.dueDate, '2025-10-09'); // nominal 10-04
    assert.equal(d.notice.overdue, false); // due today: not yet overdue
    assert.equal(d.notice.daysLeft, 0);
    assert.equal(d.closing.dueDate, '2026-03-24');
  });

  it('the notice period runs from receipt of the application when recorded (民诉法解释 art. 480)', () => {
    // Received Monday 09-01, filed Thursday 09-04: the notice is due 09-11, not 09-14.
    const d = computeCaseDeadlines(cal, createTestCase({ filedOn: '2025-09-04', receivedOn: '2025-09-01' }), '2025-09-05');
    assert.equal(d.notice.dueDate, '2025-09-11');
    assert.equal(d.assignment.dueDate, '2025-09-11');
  });

  it('overdue only after the due date, and done nodes are neither overdue nor counting', () => {
    const d = computeCaseDeadlines(cal, createTestCase({ stage: 'assigned' }), '2025-09-12');
    assert.equal(d.assignment.done, true);
    assert.equal(d.assignment.overdue, false);
    assert.equal(d.assignment.daysLeft, null);
    assert.equal(d.assignment.doneOn, undefined);
    assert.equal(d.notice.overdue, true);
    assert.equal(d.notice.daysLeft, -1);
    const served = computeCaseDeadlines(cal, createTestCase({ stage: 'notified' }), '2025-09-12');
    assert.equal(served.notice.done, true);
    assert.equal(served.notice.doneOn, '2025-09-05');
  });

  it('Spring Festival 2026: a 6-month limit ending on 02-15 ends on 02-24', () => {
    assert.equal(computeCaseDeadlines(cal, createTestCase({ filedOn: '2025-08-15' }), '2025-10-01').closing.dueDate, '2026-02-24');
  });

  it('non-litigation: 3 months (2025-11-16 → 2026-02-16, Spring Festival → 02-24)', () => {
    const d = computeCaseDeadlines(cal, createTestCase({ filedOn: '2025-11-16', nonLitigation: true, basisType: 'arbitralAward' }), '2025-11-20');
    assert.equal(d.closing.dueDate, '2026-02-24');
  });

  it('approved extensions are added in months from filing (month-end kept)', () => {
    assert.equal(computeCaseDeadlines(cal, createTestCase({ extensionMonths: 3 }), '2025-10-01').closing.dueDate, '2026-06-01');
    // 2025-09-01 + 13 months = 2026-10-01 (National Day) → 10-08.
    assert.equal(computeCaseDeadlines(cal, createTestCase({ extensionMonths: 7 }), '2025-10-01').closing.dueDate, '2026-10-08');
    // 2025-08-31 + 6 + 3 months = 2026-05-31 (Sunday) → 06-01; not 05-28 as stepping month by month would give.
    assert.equal(computeCaseDeadlines(cal, createTestCase({ filedOn: '2025-08-31', extensionMonths: 3 }), '2025-10-01').closing.dueDate, '2026-06-01');
  });

  it('completed suspensions push the closing date by their days', () => {
    // 2026-03-01 + 10 days = 2026-03-11 (Wednesday).
    assert.equal(computeCaseDeadlines(cal, createTestCase({ stage: 'investigating', excludedDays: 10 }), '2025-10-25').closing.dueDate, '2026-03-11');
  });

  it('while stayed, the open short nodes are paused too, not overdue', () => {
    const stayed = createTestCase({ stage: 'filed', handlerId: null, noticeServedOn: null, suspension: { kind: 'stay', since: '2025-09-02', ground: '案外人异议' } });
    const d = computeCaseDeadlines(cal, stayed, '2025-10-20');
    assert.deepEqual([d.assignment.paused, d.assignment.overdue, d.notice.paused, d.notice.overdue], [true, false, true, false]);
  });

  it('while stayed: paused, never overdue, due date moving day by day', () => {
    const stayed = createTestCase({ stage: 'investigating', suspension: { kind: 'stay', since: '2026-02-01', ground: 'x' } });
    const a = computeCaseDeadlines(cal, stayed, '2026-02-11').closing;
    assert.deepEqual([a.paused, a.overdue, a.dueDate], [true, false, '2026-03-11']);
    const b = computeCaseDeadlines(cal, stayed, '2026-05-01').closing;
    assert.deepEqual([b.paused, b.overdue, b.dueDate], [true, false, '2026-05-29']);
    assert.equal(b.daysLeft, 28); // frozen: what was left when the stay began
  });

  it('a deferral pauses until its last day, then the clock runs again', () => {
    const deferred = createTestCase({ stage: 'disposing', suspension: { kind: 'deferral', since: '2026-01-01', until: '2026-01-31', ground: 'x' } });
    const during = computeCaseDeadlines(cal, deferred, '2026-01-31').closing;
    assert.deepEqual([during.paused, during.dueDate], [true, '2026-03-31']);
    const lapsed = computeCaseDeadlines(cal, deferred, '2026-04-01').closing;
    assert.deepEqual([lapsed.paused, lapsed.dueDate, lapsed.overdue, lapsed.daysLeft], [false, '2026-03-31', true, -1]);
  });

  it('a closed case: closing done on its date, unfinished nodes moot (not overdue)', () => {
    const closed = createTestCase({ stage: 'closed', closingMethod: 'withdrawn', closedOn: '2025-09-03', handlerId: null, noticeServedOn: null });
    const d = computeCaseDeadlines(cal, closed, '2026-06-01');
    assert.deepEqual([d.closing.done, d.closing.doneOn, d.closing.overdue, d.closing.paused, d.closing.daysLeft], [true, '2025-09-03', false, false, null]);
    assert.deepEqual([d.assignment.done, d.assignment.overdue, d.assignment.daysLeft], [false, false, null]);
    assert.deepEqual([d.notice.done, d.notice.overdue], [false, false]);
  });

  it('a closing date in uncovered 2027 is flagged, and an entered year clears the flag', () => {
    const late = createTestCase({ filedOn: '2026-07-02' });
    assert.deepEqual(computeCaseDeadlines(cal, late, '2026-07-03').closing.uncoveredYears, [2027]);
    assert.deepEqual(computeCaseDeadlines(cal, late, '2026-07-03').notice.uncoveredYears, []);
    const entered = createCalendar({ extraYears: [{ year: 2027, holidays: [], makeupWorkdays: [], source: 'fixture' }] });
    assert.deepEqual(computeCaseDeadlines(entered, late, '2026-07-03').closing.uncoveredYears, []);
  });

  it('throws on an invalid today', () => {
    assert.throws(() => computeCaseDeadlines(cal, createTestCase(), '2025-9-1'), (e: unknown) => e instanceof DomainError && e.code === 'INVALID_DATE');
  });
});

describe('suspensionDays', () => {
  const stay = { kind: 'stay' as const, since: '2025-10-10', ground: 'x' };
  const deferral = { kind: 'deferral' as const, since: '2025-10-10', until: '2025-11-10', ground: 'x' };
  const table: Array<[string, Suspension, string, number]> = [
    ['stay resumed 10 days later', stay, '2025-10-20', 10],
    ['stay resumed the same day', stay, '2025-10-10', 0],
    ['end before start counts nothing', stay, '2025-10-01', 0],
    ['deferral within its term', deferral, '2025-10-25', 15],
    ['deferral on its last day', deferral, '2025-11-10', 31],
    ['deferral resumed late: only the decided term', deferral, '2025-12-10', 31],
    ['deferral without an end date is open-ended', { kind: 'deferral' as const, since: '2025-10-10', ground: 'x' }, '2025-12-10', 61],
  ];
  for (const [name, s, end, days] of table) it(`${name}: ${days}`, () => assert.equal(suspensionDays(s, end), days));
});

describe('closingDeadline', () => {
  it('reports the art. 85 roll', () => {
    assert.deepEqual(closingDeadline(cal, createTestCase(), '2025-09-01'), { dueDate: '2026-03-02', rolledFrom: '2026-03-01', uncoveredYears: [], paused: false });
  });
});
