import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCalendar } from '../calendar/index.js';
import type { DeadlineResult } from '../calendar/index.js';
import {
  CORRECTION_GROUNDS,
  CORRECTION_GROUND_LABELS,
  correctionFixDueOn,
  correctionReviewDueOn,
  exitReconsiderationApplyBy,
  exitReconsiderationDecideBy,
  isCorrectionGround,
  reconsiderationApplyBy,
  reconsiderationDecideBy,
} from './index.js';

const cal = createCalendar();

describe('correction grounds (失信规定 2017 art. 11)', () => {
  it('are the three items in order', () => {
    assert.deepEqual(
      CORRECTION_GROUNDS.map((g) => [g, CORRECTION_GROUND_LABELS[g].item, CORRECTION_GROUND_LABELS[g].zh]),
      [
        ['shouldNotBeListed', 1, '不应将其纳入失信被执行人名单'],
        ['inaccurateInformation', 2, '记载和公布的失信信息不准确'],
        ['shouldBeDeleted', 3, '失信信息应予删除'],
      ],
    );
    for (const g of CORRECTION_GROUNDS) assert.ok(CORRECTION_GROUND_LABELS[g].en.length > 0);
    assert.equal(isCorrectionGround('shouldBeDeleted'), true);
    assert.equal(isCorrectionGround('unfair'), false);
  });
});

type Deadline = (date: string, calendar?: ReturnType<typeof createCalendar>) => DeadlineResult;

// Each row: the rule, its start date, and the expected due date (rolledFrom when carried past a rest day).
const TABLE: ReadonlyArray<{ rule: string; fn: Deadline; start: string; dueDate: string; rolledFrom?: string }> = [
  // Art. 12 ¶1: review within 15 days of receipt.
  { rule: 'correction review, 15 days', fn: correctionReviewDueOn, start: '2026-03-02', dueDate: '2026-03-17' },
  { rule: 'correction review ending in the National Day holiday', fn: correctionReviewDueOn, start: '2026-09-20', dueDate: '2026-10-08', rolledFrom: '2026-10-05' },
  { rule: 'correction review ending on a Saturday', fn: correctionReviewDueOn, start: '2026-02-27', dueDate: '2026-03-16', rolledFrom: '2026-03-14' },
  // Art. 12 ¶1: correct within 3 working days once the reasons hold.
  { rule: 'correction, 3 working days before National Day', fn: correctionFixDueOn, start: '2026-09-30', dueDate: '2026-10-10' },
  { rule: 'correction, 3 working days over a weekend', fn: correctionFixDueOn, start: '2026-03-05', dueDate: '2026-03-10' },
  // Art. 12 ¶2: reconsideration applied for within 10 days of service, decided within 15.
  { rule: 'reconsideration application, 10 days', fn: reconsiderationApplyBy, start: '2026-03-06', dueDate: '2026-03-16' },
  { rule: 'reconsideration application ending on a Saturday', fn: reconsiderationApplyBy, start: '2026-03-04', dueDate: '2026-03-16', rolledFrom: '2026-03-14' },
  { rule: 'reconsideration application ending on the make-up Sunday', fn: reconsiderationApplyBy, start: '2026-09-10', dueDate: '2026-09-20' },
  { rule: 'reconsideration application ending in the holiday', fn: reconsiderationApplyBy, start: '2026-09-24', dueDate: '2026-10-08', rolledFrom: '2026-10-04' },
  { rule: 'reconsideration decision, 15 days', fn: reconsiderationDecideBy, start: '2026-04-01', dueDate: '2026-04-16' },
  { rule: 'reconsideration decision ending in the Labour Day holiday', fn: reconsiderationDecideBy, start: '2026-04-17', dueDate: '2026-05-06', rolledFrom: '2026-05-02' },
  // 异议复议规定 art. 9: exit-restriction reconsideration, 10 days to apply and 15 to decide.
  { rule: 'exit reconsideration application, 10 days', fn: exitReconsiderationApplyBy, start: '2026-03-06', dueDate: '2026-03-16' },
  { rule: 'exit reconsideration application ending in the holiday', fn: exitReconsiderationApplyBy, start: '2026-09-24', dueDate: '2026-10-08', rolledFrom: '2026-10-04' },
  { rule: 'exit reconsideration decision, 15 days', fn: exitReconsiderationDecideBy, start: '2026-04-01', dueDate: '2026-04-16' },
  { rule: 'exit reconsideration decision ending in the Spring Festival', fn: exitReconsiderationDecideBy, start: '2026-02-01', dueDate: '2026-02-24', rolledFrom: '2026-02-16' },
];

describe('correction and reconsideration deadlines (失信规定 art. 12; 异议复议规定 art. 9; 民事诉讼法 art. 85)', () => {
  for (const c of TABLE) {
    it(`${c.rule}: ${c.start} → ${c.dueDate}`, () => {
      const expected: DeadlineResult = c.rolledFrom ? { dueDate: c.dueDate, rolledFrom: c.rolledFrom, uncoveredYears: [] } : { dueDate: c.dueDate, uncoveredYears: [] };
      assert.deepEqual(c.fn(c.start, cal), expected);
      // The built-in calendar is the default.
      assert.deepEqual(c.fn(c.start), expected);
    });
  }
  it('reports a year without an official schedule', () => {
    assert.deepEqual(reconsiderationApplyBy('2026-12-28', cal).uncoveredYears, [2027]);
  });
});
