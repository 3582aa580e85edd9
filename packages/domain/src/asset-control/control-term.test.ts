import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createCalendar } from '../calendar/index.js';
import { addMonths, compareCivil, fromDayNumber, toDayNumber } from '../civil-date.js';
import { CONTROL_TERM_CLASSES, MAX_CONTROL_TERM_MONTHS } from './property-kinds.js';
import { controlTerm, hasLapsed, renewalTerm } from './control-term.js';

const cal = createCalendar();

describe('controlTerm (民诉法解释 art. 485)', () => {
  it('gives each class its longest term by default: deposits 1 year, movables 2, real estate and rights 3', () => {
    const got = CONTROL_TERM_CLASSES.map((c) => {
      const t = controlTerm(cal, c, '2025-03-02');
      assert.ok(t.ok);
      return [c, t.value.months, t.value.expiresOn];
    });
    assert.deepEqual(got, [
      ['deposit', 12, '2026-03-02'],
      ['movable', 24, '2027-03-02'],
      ['realEstate', 36, '2028-03-02'],
      ['otherRight', 36, '2028-03-02'],
    ]);
  });

  it('ends on the same day number, or the month end (民法典 art. 202), and is not carried past a holiday', () => {
    const t = controlTerm(cal, 'deposit', '2024-02-29');
    assert.ok(t.ok);
    assert.equal(t.value.expiresOn, '2025-02-28');
    // 2026-10-03 is in the National Day holiday: the control still ends then, but must be renewed
    // by the last working day before it, and the reminders fall on working days.
    const h = controlTerm(cal, 'deposit', '2025-10-03');
    assert.ok(h.ok);
    assert.equal(h.value.expiresOn, '2026-10-03');
    assert.equal(h.value.renewBy, '2026-09-30');
    assert.equal(cal.isWorkday(h.value.renewBy), true);
    assert.deepEqual(h.value.remindOn, ['2026-08-31', '2026-09-23']);
    assert.deepEqual(h.value.uncoveredYears, []);
  });

  it('names years without a holiday schedule', () => {
    const t = controlTerm(cal, 'realEstate', '2026-11-28');
    assert.ok(t.ok);
    assert.equal(t.value.expiresOn, '2029-11-28');
    assert.deepEqual(t.value.uncoveredYears, [2029]);
  });

  it('takes a shorter term, and refuses a longer one or one that is not whole months', () => {
    const short = controlTerm(cal, 'movable', '2026-01-05', 6);
    assert.ok(short.ok);
    assert.equal(short.value.expiresOn, '2026-07-05');
    const long = controlTerm(cal, 'deposit', '2026-01-05', 13);
    assert.equal(long.ok, false);
    assert.equal(!long.ok && long.error.code, 'CONTROL_TERM_TOO_LONG');
    assert.match(!long.ok ? long.error.messageZh : '', /第四百八十五条/);
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      const r = controlTerm(cal, 'deposit', '2026-01-05', bad);
      assert.equal(!r.ok && r.error.code, 'CONTROL_TERM_INVALID', String(bad));
    }
  });

  it('drops a reminder that would fall before the control began (a one-month term)', () => {
    const t = controlTerm(cal, 'deposit', '2026-06-01', 1);
    assert.ok(t.ok);
    assert.equal(t.value.expiresOn, '2026-07-01');
    assert.deepEqual(t.value.remindOn, ['2026-06-24']);
  });

  it('always: renewBy is a working day on or before expiry, reminders are working days before it, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('2015-01-01'), max: toDayNumber('2023-12-31') }), fc.constantFrom(...CONTROL_TERM_CLASSES), (day, c) => {
        const start = fromDayNumber(day);
        const t = controlTerm(cal, c, start);
        assert.ok(t.ok);
        const v = t.value;
        assert.equal(v.expiresOn, addMonths(start, MAX_CONTROL_TERM_MONTHS[c]));
        assert.ok(compareCivil(v.renewBy, v.expiresOn) <= 0 && cal.isWorkday(v.renewBy));
        assert.ok(toDayNumber(v.expiresOn) - toDayNumber(v.renewBy) < 12, 'no holiday is that long');
        for (const r of v.remindOn) assert.ok(cal.isWorkday(r) && compareCivil(r, v.renewBy) < 0 && compareCivil(r, start) > 0);
        assert.deepEqual([...v.remindOn].sort(), v.remindOn);
      }),
    );
  });
});

describe('renewalTerm (续行)', () => {
  it('runs on from the current expiry, so the control is continuous', () => {
    const r = renewalTerm(cal, 'deposit', '2026-03-02', '2026-02-20');
    assert.ok(r.ok);
    assert.equal(r.value.startsOn, '2026-03-02');
    assert.equal(r.value.expiresOn, '2027-03-02');
  });

  it('is possible on the last day, and refused once the control has lapsed (查封规定 art. 27)', () => {
    assert.equal(renewalTerm(cal, 'movable', '2026-03-02', '2026-03-02').ok, true);
    const late = renewalTerm(cal, 'movable', '2026-03-02', '2026-03-03');
    assert.equal(!late.ok && late.error.code, 'CONTROL_RENEWAL_LATE');
    assert.equal(hasLapsed('2026-03-02', '2026-03-02'), false);
    assert.equal(hasLapsed('2026-03-02', '2026-03-03'), true);
  });

  it('refuses a renewal longer than the class allows', () => {
    const r = renewalTerm(cal, 'realEstate', '2026-03-02', '2026-01-02', 37);
    assert.equal(!r.ok && r.error.code, 'CONTROL_TERM_TOO_LONG');
  });
});
