/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkHolidays, checkMakeupDays, coveredUntil, expandPeriods, firstUncovered, isCovered, isoWeekday, toPeriods, MAX_HOLIDAYS } from './calendar-entry.js';

describe('holiday schedule entry', () => {
  it('knows the day of the week in any browser zone', () => {
    assert.equal(isoWeekday('2027-01-01'), 5); // Friday
    assert.equal(isoWeekday('2027-01-09'), 6); // Saturday
    assert.equal(isoWeekday('2027-01-10'), 7); // Sunday
    assert.equal(isoWeekday('2024-02-29'), 4);
  });

  it('expands periods into days, across month ends, each day once', () => {
    assert.deepEqual(expandPeriods([['2027-01-01', '2027-01-03']]), ['2027-01-01', '2027-01-02', '2027-01-03']);
    assert.deepEqual(expandPeriods([['2027-02-27', '2027-03-02']]), ['2027-02-27', '2027-02-28', '2027-03-01', '2027-03-02']);
    assert.deepEqual(expandPeriods([['2027-05-01', '2027-05-01'], ['2027-01-02', '2027-01-01'], ['2027-01-01', '2027-01-02']]), ['2027-01-01', '2027-01-02', '2027-05-01']);
    assert.deepEqual(expandPeriods([]), []);
  });

  it('groups days back into the periods a notice lists', () => {
    assert.deepEqual(toPeriods(['2027-01-03', '2027-01-01', '2027-01-02', '2027-05-01', '2027-02-28', '2027-03-01']), [
      ['2027-01-01', '2027-01-03'],
      ['2027-02-28', '2027-03-01'],
      ['2027-05-01', '2027-05-01'],
    ]);
    const days = ['2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07', '2027-06-14'];
    assert.deepEqual(expandPeriods(toPeriods(days)), [...days].sort());
  });

  it('checks holidays belong to the year and stay within the limit', () => {
    assert.equal(checkHolidays(2027, ['2027-01-01']), null);
    assert.deepEqual(checkHolidays(2027, ['2026-12-31', '2027-01-01']), { kind: 'otherYear', date: '2026-12-31' });
    const many = expandPeriods([['2027-01-01', '2027-03-02']]);
    assert.ok(many.length > MAX_HOLIDAYS);
    assert.deepEqual(checkHolidays(2027, many), { kind: 'tooManyHolidays', max: MAX_HOLIDAYS });
  });

  it('checks make-up days as the domain does: a weekend day of the year that is not a holiday', () => {
    assert.equal(checkMakeupDays(2027, ['2027-01-09'], ['2027-01-01']), null);
    assert.deepEqual(checkMakeupDays(2027, ['2027-01-08'], []), { kind: 'weekday', date: '2027-01-08' });
    assert.deepEqual(checkMakeupDays(2027, ['2028-01-08'], []), { kind: 'otherYear', date: '2028-01-08' });
    assert.deepEqual(checkMakeupDays(2027, ['2027-01-02'], ['2027-01-01', '2027-01-02']), { kind: 'alsoHoliday', date: '2027-01-02' });
  });

  it('tells which years are covered and which to enter next', () => {
    const coverage = { builtIn: { from: 2004, to: 2026 }, extraYears: [{ year: 2027 }, { year: 2029 }] };
    assert.ok(isCovered(coverage, 2004) && isCovered(coverage, 2026) && isCovered(coverage, 2027));
    assert.ok(!isCovered(coverage, 2003) && !isCovered(coverage, 2028));
    assert.equal(coveredUntil(coverage), 2027);
    assert.equal(firstUncovered(coverage, 2026), 2028);
    assert.equal(firstUncovered(coverage, 2029), 2030);
    assert.equal(coveredUntil({ builtIn: { from: 2004, to: 2026 }, extraYears: [] }), 2026);
  });
});
