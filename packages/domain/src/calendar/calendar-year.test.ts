import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateCalendarYear } from './calendar-year.js';
import type { CalendarYear } from './calendar-year.js';
import { DomainError } from '../domain-error.js';

const base: CalendarYear = { year: 2027, holidays: ['2027-01-01'], makeupWorkdays: ['2027-01-09'] };

describe('validateCalendarYear', () => {
  it('accepts a well-formed year, with or without a source', () => {
    assert.doesNotThrow(() => validateCalendarYear(base));
    assert.doesNotThrow(() => validateCalendarYear({ ...base, source: '国办发明电〔2026〕X号' }));
    assert.doesNotThrow(() => validateCalendarYear({ year: 2027, holidays: [], makeupWorkdays: [] }));
  });

  const bad: Array<[string, CalendarYear, Record<string, unknown>]> = [
    ['a year that is not a whole number', { ...base, year: 2027.5 }, { field: 'year' }],
    ['year 0', { ...base, year: 0 }, { field: 'year' }],
    ['year 10000', { ...base, year: 10000 }, { field: 'year' }],
    ['an invalid holiday date', { ...base, holidays: ['2027-02-29'] }, { field: 'holidays', date: '2027-02-29' }],
    ['an invalid make-up date', { ...base, makeupWorkdays: ['2027-1-9'] }, { field: 'makeupWorkdays', date: '2027-1-9' }],
    ['a holiday of another year', { ...base, holidays: ['2026-12-31'] }, { field: 'holidays', date: '2026-12-31' }],
    ['a make-up day of another year', { ...base, makeupWorkdays: ['2028-01-08'] }, { field: 'makeupWorkdays', date: '2028-01-08' }],
    ['a day both holiday and make-up', { ...base, holidays: ['2027-01-09'], makeupWorkdays: ['2027-01-09'] }, { field: 'makeupWorkdays', date: '2027-01-09' }],
    ['a make-up day on a weekday', { ...base, makeupWorkdays: ['2027-01-08'] }, { field: 'makeupWorkdays', date: '2027-01-08' }],
  ];
  for (const [name, entry, details] of bad) {
    it(`refuses ${name} with INVALID_CALENDAR_YEAR`, () => {
      assert.throws(
        () => validateCalendarYear(entry),
        (e: unknown) => {
          assert.ok(e instanceof DomainError);
          assert.equal(e.code, 'INVALID_CALENDAR_YEAR');
          assert.match(e.messageZh, /节假日安排/);
          assert.match(e.messageEn, /holiday schedule/);
          for (const [k, v] of Object.entries(details)) assert.equal(e.details?.[k], v);
          return true;
        },
      );
    });
  }
});
