import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, diffDays, fromDayNumber, toDayNumber } from '../civil-date.js';
import { calendarDaysDeadline, createCalendar } from '../calendar/index.js';
import type { DeadlineResult } from '../calendar/index.js';
import { DomainError } from '../domain-error.js';
import { DISTRIBUTION_OBJECTION_DAYS, distributionTimers, lawsuitDueOn, objectionDueOn, oppositionDueOn } from './distribution-timers.js';

const cal = createCalendar();

const result = (dueDate: string, rolledFrom?: string, uncoveredYears: number[] = []): DeadlineResult =>
  rolledFrom === undefined ? { dueDate, uncoveredYears } : { dueDate, rolledFrom, uncoveredYears };

describe('distribution timers (民诉法解释 arts. 509–510; 民事诉讼法 art. 85)', () => {
  it('are 15 days each', () => {
    assert.equal(DISTRIBUTION_OBJECTION_DAYS, 15);
  });

  const vectors: Array<[string, DeadlineResult, string]> = [
    ['2025-03-03', result('2025-03-18'), 'a Tuesday: the day of receipt is not counted'],
    ['2025-09-20', result('2025-10-09', '2025-10-05'), 'ends in the National Day run → first working day after it'],
    ['2026-01-20', result('2026-02-04'), 'an ordinary working day'],
    ['2026-12-20', result('2027-01-04', undefined, [2027]), 'ends in a year without an official schedule: flagged'],
  ];
  for (const [servedOn, expected, why] of vectors) {
    it(`served ${servedOn} → due ${expected.dueDate} (${why})`, () => {
      assert.deepEqual(objectionDueOn(cal, servedOn), expected);
      assert.deepEqual(oppositionDueOn(cal, servedOn), expected);
      assert.deepEqual(lawsuitDueOn(cal, servedOn), expected);
    });
  }

  it('throws INVALID_DATE for a date that is not YYYY-MM-DD', () => {
    for (const f of [objectionDueOn, oppositionDueOn, lawsuitDueOn]) {
      assert.throws(() => f(cal, '2025-02-30'), (e: unknown) => e instanceof DomainError && e.code === 'INVALID_DATE');
    }
  });

  it('each equals calendarDaysDeadline(…, 15): never earlier than 15 days after service, and on a working day (property)', () => {
    const day = fc.integer({ min: toDayNumber('2004-01-01'), max: toDayNumber('2026-12-01') }).map(fromDayNumber);
    fc.assert(
      fc.property(day, (servedOn) => {
        const due = objectionDueOn(cal, servedOn);
        assert.deepEqual(due, calendarDaysDeadline(cal, servedOn, 15));
        assert.ok(diffDays(servedOn, due.dueDate) >= 15);
        assert.ok(cal.isWorkday(due.dueDate));
        assert.equal(due.rolledFrom ?? due.dueDate, addDays(servedOn, 15));
      }),
    );
  });
});

describe('distributionTimers', () => {
  it('gives only the objection period while no notice has been served', () => {
    assert.deepEqual(distributionTimers(cal, { plan: '2025-09-20' }), { ok: true, value: { objection: result('2025-10-09', '2025-10-05'), opposition: null, lawsuit: null } });
  });

  it('gives the opposition period of a party told of an objection', () => {
    assert.deepEqual(distributionTimers(cal, { plan: '2025-03-03', objectionNotice: '2025-03-20' }), {
      ok: true,
      value: { objection: result('2025-03-18'), opposition: result('2025-04-07', '2025-04-04'), lawsuit: null },
    });
  });

  it('gives the lawsuit period of an objector told of an opposition (no objection notice of its own)', () => {
    assert.deepEqual(distributionTimers(cal, { plan: '2025-03-03', oppositionNotice: '2025-04-10' }), {
      ok: true,
      value: { objection: result('2025-03-18'), opposition: null, lawsuit: result('2025-04-25') },
    });
  });

  it('gives all three for a party that objected and was told of another objection; notices on the day of the plan are fine', () => {
    const r = distributionTimers(cal, { plan: '2026-01-20', objectionNotice: '2026-01-20', oppositionNotice: '2026-02-10' });
    assert.ok(r.ok);
    assert.deepEqual(r.value, { objection: result('2026-02-04'), opposition: result('2026-02-04'), lawsuit: result('2026-02-25') });
  });

  it('treats null notices as not served (JSON input)', () => {
    const r = distributionTimers(cal, { plan: '2026-01-20', objectionNotice: null, oppositionNotice: null } as unknown as { plan: string });
    assert.ok(r.ok);
    assert.equal(r.value.opposition, null);
    assert.equal(r.value.lawsuit, null);
  });

  for (const field of ['objectionNotice', 'oppositionNotice'] as const) {
    it(`refuses a ${field} served before the plan with DISTRIBUTION_SERVICE_SEQUENCE_INVALID`, () => {
      const r = distributionTimers(cal, { plan: '2025-03-03', [field]: '2025-03-02' });
      assert.ok(!r.ok);
      assert.equal(r.error.code, 'DISTRIBUTION_SERVICE_SEQUENCE_INVALID');
      assert.deepEqual(r.error.details, { field: `servedOn.${field}`, value: '2025-03-02', planServedOn: '2025-03-03' });
      assert.ok(r.error.messageZh.startsWith(`servedOn.${field}`));
      assert.match(r.error.messageEn, new RegExp(`servedOn\\.${field} \\(2025-03-02\\) is before servedOn\\.plan`));
    });

    it(`throws INVALID_DATE naming servedOn.${field} for an impossible date`, () => {
      assert.throws(
        () => distributionTimers(cal, { plan: '2025-03-03', [field]: '2025-13-01' }),
        (e: unknown) => e instanceof DomainError && e.code === 'INVALID_DATE' && e.details?.['field'] === `servedOn.${field}`,
      );
    });
  }

  it('throws INVALID_DATE naming servedOn.plan', () => {
    assert.throws(() => distributionTimers(cal, { plan: '2025/03/03' }), (e: unknown) => e instanceof DomainError && e.code === 'INVALID_DATE' && e.details?.['field'] === 'servedOn.plan');
  });
});
