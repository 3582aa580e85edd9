import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createCalendar } from './working-day-calendar.js';
import type { CalendarYear } from './calendar-year.js';
import { DomainError } from '../domain-error.js';
import { fromDayNumber, isoWeekday, toDayNumber } from '../civil-date.js';

/** NOT the official 2027 schedule (unpublished when written): it only exercises the administrator path. */
const FICTIONAL_2027: CalendarYear = {
  year: 2027,
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
  makeupWorkdays: ['2027-01-09'],
  source: 'test fixture (fictional)',
};

const cal = createCalendar();

describe('createCalendar: built-in chinese-days data', () => {
  const kinds: Array<[string, string, string]> = [
    ['2025-09-28', 'makeupWorkday', 'Sunday before National Day, declared a working day'],
    ['2025-09-29', 'workday', 'Monday'],
    ['2025-09-30', 'workday', 'Tuesday'],
    ['2025-10-01', 'holiday', 'National Day'],
    ['2025-10-04', 'holiday', 'Saturday inside the holiday run'],
    ['2025-10-06', 'holiday', 'Mid-autumn inside the National Day run'],
    ['2025-10-08', 'holiday', 'last day of the run (a Wednesday)'],
    ['2025-10-09', 'workday', 'Thursday after the run'],
    ['2025-10-11', 'makeupWorkday', 'Saturday make-up working day'],
    ['2025-10-12', 'weekend', 'ordinary Sunday'],
    ['2026-02-14', 'makeupWorkday', 'Saturday before Spring Festival 2026'],
    ['2026-02-15', 'holiday', 'first day of Spring Festival 2026 (Sunday)'],
    ['2026-02-16', 'holiday', 'Monday of Spring Festival 2026'],
    ['2026-02-23', 'holiday', 'last day of Spring Festival 2026'],
    ['2026-02-24', 'workday', 'first working day after Spring Festival 2026'],
    ['2026-02-28', 'makeupWorkday', 'Saturday make-up working day after Spring Festival 2026'],
    ['2027-01-01', 'workday', 'uncovered year: a Friday counts as a working day'],
    ['2027-01-02', 'weekend', 'uncovered year: Saturday'],
  ];
  for (const [date, kind, why] of kinds) {
    it(`${date} is ${kind} (${why})`, () => {
      assert.equal(cal.dayKind(date), kind);
      assert.equal(cal.isWorkday(date), kind === 'workday' || kind === 'makeupWorkday');
    });
  }

  const names: Array<[string, string | undefined]> = [
    ['2025-10-01', '国庆节'],
    ['2025-10-06', '中秋'],
    ['2025-09-28', '国庆节'],
    ['2026-02-17', '春节'],
    ['2015-09-03', '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日'],
    ['2025-10-09', undefined],
    ['2027-01-01', undefined],
  ];
  for (const [date, name] of names) it(`holidayName(${date}) = ${String(name)}`, () => assert.equal(cal.holidayName(date), name));

  it('covers 2004–2026 and nothing else', () => {
    assert.deepEqual(cal.coveredYears(), { from: 2004, to: 2026, extra: [] });
    for (let y = 2004; y <= 2026; y += 1) assert.equal(cal.isCovered(y), true, `year ${y}`);
    for (const y of [2003, 2027, 2030]) assert.equal(cal.isCovered(y), false);
  });

  it('refuses an invalid date', () => {
    assert.throws(() => cal.dayKind('2025-02-29'), (e: unknown) => e instanceof DomainError && e.code === 'INVALID_DATE');
  });

  it('property: every built-in make-up working day is a weekend day and never a holiday', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('2004-01-01'), max: toDayNumber('2026-12-31') }), (n) => {
        const date = fromDayNumber(n);
        const kind = cal.dayKind(date);
        if (kind === 'makeupWorkday') return isoWeekday(date) >= 6;
        if (kind === 'weekend') return isoWeekday(date) >= 6;
        if (kind === 'workday') return isoWeekday(date) <= 5;
        return true;
      }),
    );
  });

  it('property: outside the covered years, exactly Monday–Friday are working days', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('2027-01-01'), max: toDayNumber('2099-12-31') }), (n) => {
        const date = fromDayNumber(n);
        return cal.isWorkday(date) === isoWeekday(date) <= 5 && cal.holidayName(date) === undefined;
      }),
    );
  });
});

describe('createCalendar: administrator-entered years', () => {
  it('extends coverage with a new year', () => {
    const c = createCalendar({ extraYears: [FICTIONAL_2027] });
    assert.equal(c.isCovered(2027), true);
    assert.deepEqual(c.coveredYears(), { from: 2004, to: 2026, extra: [2027] });
    assert.equal(c.dayKind('2027-01-01'), 'holiday');
    assert.equal(c.dayKind('2027-01-09'), 'makeupWorkday');
    assert.equal(c.isWorkday('2027-01-09'), true);
    assert.equal(c.dayKind('2027-01-10'), 'weekend');
    // Entered years carry no names.
    assert.equal(c.holidayName('2027-01-01'), undefined);
  });

  it('an entered year replaces the built-in one whole and extras are listed in order', () => {
    const c = createCalendar({ extraYears: [FICTIONAL_2027, { year: 2025, holidays: ['2025-01-01'], makeupWorkdays: [] }] });
    assert.equal(c.dayKind('2025-10-01'), 'workday');
    assert.equal(c.dayKind('2025-09-28'), 'weekend');
    assert.equal(c.dayKind('2025-01-01'), 'holiday');
    assert.equal(c.holidayName('2025-01-01'), undefined);
    assert.deepEqual(c.coveredYears().extra, [2025, 2027]);
  });

  it('coveredYears returns a copy', () => {
    const c = createCalendar({ extraYears: [FICTIONAL_2027] });
    c.coveredYears().extra.push(1999);
    assert.deepEqual(c.coveredYears().extra, [2027]);
  });

  it('refuses the same year twice', () => {
    assert.throws(
      () => createCalendar({ extraYears: [FICTIONAL_2027, FICTIONAL_2027] }),
      (e: unknown) => e instanceof DomainError && e.code === 'DUPLICATE_CALENDAR_YEAR' && e.details?.['year'] === 2027,
    );
  });

  it('refuses a malformed year (validation runs on creation)', () => {
    assert.throws(
      () => createCalendar({ extraYears: [{ year: 2027, holidays: ['2028-01-01'], makeupWorkdays: [] }] }),
      (e: unknown) => e instanceof DomainError && e.code === 'INVALID_CALENDAR_YEAR',
    );
  });
});
