import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { calendarDaysDeadline, monthsDeadline } from './calendar-days-deadline.js';
import { rollForward } from './deadline-result.js';
import { createCalendar } from './working-day-calendar.js';
import type { CalendarYear } from './calendar-year.js';
import type { DeadlineResult } from './deadline-result.js';
import { DomainError } from '../domain-error.js';
import { addDays, addMonths, compareCivil, fromDayNumber, toDayNumber } from '../civil-date.js';

/** NOT the official 2027 schedule (unpublished when written): it only exercises the administrator path. */
const FICTIONAL_2027: CalendarYear = { year: 2027, holidays: ['2027-01-01', '2027-01-02', '2027-01-03'], makeupWorkdays: [] };

const cal = createCalendar();
const cal2027 = createCalendar({ extraYears: [FICTIONAL_2027] });

const result = (dueDate: string, rolledFrom?: string, uncoveredYears: number[] = []): DeadlineResult =>
  rolledFrom === undefined ? { dueDate, uncoveredYears } : { dueDate, rolledFrom, uncoveredYears };

describe('calendarDaysDeadline (民事诉讼法 art. 85)', () => {
  const vectors: Array<[string, number, DeadlineResult, string]> = [
    ['2025-09-30', 3, result('2025-10-09', '2025-10-03'), 'ends in the National Day run → first working day after it'],
    ['2025-09-26', 2, result('2025-09-28'), 'ends on a make-up Sunday, which is a working day'],
    ['2025-09-30', 10, result('2025-10-10'), 'ends on the Friday after the run'],
    ['2025-10-09', 2, result('2025-10-11'), 'ends on the make-up Saturday'],
    ['2025-10-10', 2, result('2025-10-13', '2025-10-12'), 'ordinary Sunday → Monday'],
    ['2025-09-21', 7, result('2025-09-28'), 'make-up Sunday, 7-day handler assignment'],
    ['2026-02-10', 5, result('2026-02-24', '2026-02-15'), 'ends on Spring Festival 2026 → 02-24'],
    ['2026-02-06', 8, result('2026-02-14'), 'make-up Saturday before Spring Festival'],
    ['2026-02-13', 10, result('2026-02-24', '2026-02-23'), 'last day of Spring Festival'],
    ['2026-12-25', 6, result('2026-12-31'), 'last covered day: nothing uncovered looked at'],
    ['2026-12-30', 2, result('2027-01-01', undefined, [2027]), 'uncovered 2027: Friday counts as working day, flagged'],
    ['2026-12-31', 2, result('2027-01-04', '2027-01-02', [2027]), 'uncovered 2027 weekend → Monday, flagged'],
  ];
  for (const [start, days, expected, why] of vectors) {
    it(`${start} + ${days} days → ${expected.dueDate} (${why})`, () => assert.deepEqual(calendarDaysDeadline(cal, start, days), expected));
  }

  it('an administrator-entered 2027 removes the flag and applies its holidays', () => {
    assert.deepEqual(calendarDaysDeadline(cal2027, '2026-12-30', 2), result('2027-01-04', '2027-01-01'));
  });

  it('refuses a period that is not a positive whole number', () => {
    for (const days of [0, -1, 1.5, Number.NaN]) {
      assert.throws(() => calendarDaysDeadline(cal, '2025-01-01', days), (e: unknown) => e instanceof DomainError && e.code === 'INVALID_PERIOD' && e.details?.['field'] === 'days');
    }
  });

  it('refuses an invalid start date', () => {
    assert.throws(() => calendarDaysDeadline(cal, '2025-13-01', 3), (e: unknown) => e instanceof DomainError && e.code === 'INVALID_DATE');
  });
});

describe('monthsDeadline', () => {
  const vectors: Array<[string, number, DeadlineResult]> = [
    ['2025-04-01', 6, result('2025-10-09', '2025-10-01')],
    ['2025-08-31', 6, result('2026-02-28')], // month-end clamp lands on a make-up Saturday
    ['2025-08-15', 6, result('2026-02-24', '2026-02-15')],
    ['2025-07-14', 3, result('2025-10-14')],
    ['2026-06-15', 9, result('2027-03-15', undefined, [2027])],
  ];
  for (const [start, months, expected] of vectors) {
    it(`${start} + ${months} months → ${expected.dueDate}`, () => assert.deepEqual(monthsDeadline(cal, start, months), expected));
  }
  it('refuses a non-positive month count', () => {
    assert.throws(() => monthsDeadline(cal, '2025-01-01', 0), (e: unknown) => e instanceof DomainError && e.code === 'INVALID_PERIOD' && e.details?.['field'] === 'months');
  });
});

describe('rollForward', () => {
  it('keeps a working day, carries a rest day', () => {
    assert.deepEqual(rollForward(cal, '2025-10-09'), result('2025-10-09'));
    assert.deepEqual(rollForward(cal, '2025-10-01'), result('2025-10-09', '2025-10-01'));
  });
});

const dayArb = fc.integer({ min: toDayNumber('2004-01-01'), max: toDayNumber('2030-12-31') }).map(fromDayNumber);

describe('deadline properties', () => {
  it('the due date is a working day on or after the nominal end; every day skipped is a rest day', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 400 }), (start, days) => {
        const r = calendarDaysDeadline(cal, start, days);
        const nominal = addDays(start, days);
        if (!cal.isWorkday(r.dueDate)) return false;
        if (r.rolledFrom === undefined) return r.dueDate === nominal;
        if (r.rolledFrom !== nominal || compareCivil(nominal, r.dueDate) >= 0) return false;
        for (let d = nominal; d !== r.dueDate; d = addDays(d, 1)) if (cal.isWorkday(d)) return false;
        return true;
      }),
    );
  });

  it('a longer period never ends earlier', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 400 }), (start, a, extra) => {
        return compareCivil(calendarDaysDeadline(cal, start, a).dueDate, calendarDaysDeadline(cal, start, a + extra).dueDate) <= 0;
      }),
    );
  });

  it('months: due date is the art. 85 roll of addMonths; uncovered years flagged exactly when the dates looked at leave 2004–2026', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 24 }), (start, months) => {
        const r = monthsDeadline(cal, start, months);
        const nominal = addMonths(start, months);
        const lastLooked = r.dueDate;
        const touches2027Plus = Number(lastLooked.slice(0, 4)) > 2026;
        return r.dueDate === rollForward(cal, nominal).dueDate && (r.uncoveredYears.length > 0) === touches2027Plus;
      }),
    );
  });
});
