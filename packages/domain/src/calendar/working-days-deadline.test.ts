import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countWorkingDays, workingDaysDeadline } from './working-days-deadline.js';
import { createCalendar } from './working-day-calendar.js';
import { DomainError } from '../domain-error.js';
import { fromDayNumber, toDayNumber } from '../civil-date.js';

const cal = createCalendar();

describe('workingDaysDeadline', () => {
  const vectors: Array<[string, number, string, number[], string]> = [
    ['2025-09-30', 3, '2025-10-11', [], '10-09 Thu, 10-10 Fri, 10-11 make-up Sat (3-working-day list deletion)'],
    ['2025-09-30', 1, '2025-10-09', [], 'first working day after the National Day run'],
    ['2025-09-26', 1, '2025-09-28', [], 'make-up Sunday is the next working day'],
    ['2026-02-13', 1, '2026-02-14', [], 'make-up Saturday before Spring Festival 2026'],
    ['2026-02-14', 1, '2026-02-24', [], 'across Spring Festival 2026'],
    ['2026-02-14', 5, '2026-02-28', [], '02-24..02-27 and the make-up Saturday 02-28'],
    ['2026-12-30', 3, '2027-01-04', [2027], '12-31, then uncovered 2027: Fri 01-01, Mon 01-04'],
  ];
  for (const [start, n, due, uncovered, why] of vectors) {
    it(`${start} + ${n} working days → ${due} (${why})`, () => {
      assert.deepEqual(workingDaysDeadline(cal, start, n), { dueDate: due, uncoveredYears: uncovered });
    });
  }
  it('refuses n that is not a positive whole number', () => {
    for (const n of [0, -3, 2.5]) {
      assert.throws(() => workingDaysDeadline(cal, '2025-09-30', n), (e: unknown) => e instanceof DomainError && e.code === 'INVALID_PERIOD' && e.details?.['field'] === 'n');
    }
  });
});

describe('countWorkingDays (after from, up to and including to)', () => {
  const vectors: Array<[string, string, number]> = [
    ['2025-09-30', '2025-10-11', 3],
    ['2025-09-30', '2025-10-08', 0],
    ['2025-09-26', '2025-09-30', 3], // 09-28 make-up Sunday, 09-29, 09-30
    ['2026-02-13', '2026-02-28', 6],
    ['2025-10-11', '2025-09-30', -3],
    ['2025-10-09', '2025-10-09', 0],
  ];
  for (const [from, to, n] of vectors) it(`${from} → ${to}: ${n}`, () => assert.equal(countWorkingDays(cal, from, to), n));
  it('refuses invalid dates', () => {
    assert.throws(() => countWorkingDays(cal, '2025-09-31', '2025-10-11'), (e: unknown) => e instanceof DomainError && e.code === 'INVALID_DATE');
  });
});

const dayArb = fc.integer({ min: toDayNumber('2004-01-01'), max: toDayNumber('2028-12-31') }).map(fromDayNumber);
const nearDayArb = fc.integer({ min: toDayNumber('2024-06-01'), max: toDayNumber('2027-06-30') }).map(fromDayNumber);

describe('working-day properties', () => {
  it('the n-th working day is a working day with exactly n working days after the start', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const { dueDate } = workingDaysDeadline(cal, start, n);
        return cal.isWorkday(dueDate) && countWorkingDays(cal, start, dueDate) === n;
      }),
    );
  });
  it('counts add up over consecutive ranges', () => {
    fc.assert(
      fc.property(nearDayArb, nearDayArb, nearDayArb, (a, b, c) => countWorkingDays(cal, a, b) + countWorkingDays(cal, b, c) === countWorkingDays(cal, a, c)),
      { numRuns: 50 },
    );
  });
});
