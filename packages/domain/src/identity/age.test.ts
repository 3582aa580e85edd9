import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, fromDayNumber, toDayNumber } from '../civil-date.js';
import { ageOn, isMinorOn } from './age.js';

const CASES: ReadonlyArray<{ birth: string; on: string; age: number; minor: boolean }> = [
  { birth: '2008-06-15', on: '2008-06-15', age: 0, minor: true },
  { birth: '2008-06-15', on: '2026-06-14', age: 17, minor: true },
  { birth: '2008-06-15', on: '2026-06-15', age: 18, minor: false },
  { birth: '2008-06-15', on: '2026-12-31', age: 18, minor: false },
  { birth: '2007-12-31', on: '2025-12-30', age: 17, minor: true },
  { birth: '2007-12-31', on: '2025-12-31', age: 18, minor: false },
  // Born on 29 February: in a common year the birthday is reached on 1 March, not on 28 February.
  { birth: '2008-02-29', on: '2026-02-28', age: 17, minor: true },
  { birth: '2008-02-29', on: '2026-03-01', age: 18, minor: false },
  { birth: '2008-02-29', on: '2028-02-28', age: 19, minor: false },
  { birth: '2008-02-29', on: '2028-02-29', age: 20, minor: false },
  { birth: '1949-12-31', on: '2026-06-01', age: 76, minor: false },
];

describe('ageOn / isMinorOn', () => {
  for (const c of CASES) {
    it(`born ${c.birth}: ${String(c.age)} on ${c.on}`, () => {
      assert.equal(ageOn(c.birth, c.on), c.age);
      assert.equal(isMinorOn(c.birth, c.on), c.minor);
    });
  }

  it('refuses a date before the birth with AGE_DATE_BEFORE_BIRTH', () => {
    assert.throws(
      () => ageOn('2008-06-15', '2008-06-14'),
      (e: unknown) => e instanceof Error && 'code' in e && e.code === 'AGE_DATE_BEFORE_BIRTH' && /2008-06-14 .* before the birth date 2008-06-15/.test(e.message),
    );
  });

  it('refuses malformed dates', () => {
    assert.throws(() => ageOn('2008-02-30', '2026-01-01'), /INVALID_DATE/);
    assert.throws(() => isMinorOn('2008-01-01', '20260101'), /INVALID_DATE/);
  });

  const day = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2100-12-31') });

  it('never decreases as time passes and grows by one a year later (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 400 }), (b, d, step) => {
        const birth = fromDayNumber(b);
        const on = fromDayNumber(b + d);
        assert.ok(ageOn(birth, addDays(on, step)) >= ageOn(birth, on));
        const [y, m, dd] = on.split('-');
        const nextYear = `${String(Number(y) + 1).padStart(4, '0')}-${m ?? ''}-${dd ?? ''}`;
        if (!(m === '02' && dd === '29')) assert.equal(ageOn(birth, nextYear), ageOn(birth, on) + 1);
      }),
    );
  });
});
