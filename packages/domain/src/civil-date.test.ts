import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  assertCivilDate,
  civilDateOf,
  civilParts,
  compareCivil,
  cstStartOf,
  daysInMonth,
  diffDays,
  fromDayNumber,
  isCivilDate,
  isLeapYear,
  isoWeekday,
  toDayNumber,
} from './civil-date.js';
import { DomainError } from './domain-error.js';

/** Any date from 0001-01-01 to 9999-12-31, as a day number and as its string. */
const dayNumberArb = fc.integer({ min: -719162, max: 2932896 });
const civilArb = dayNumberArb.map(fromDayNumber);

function throwsCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (e: unknown) => e instanceof DomainError && e.code === code && e.messageZh.length > 0 && e.messageEn.length > 0);
}

describe('isLeapYear', () => {
  for (const [year, leap] of [
    [2024, true],
    [2025, false],
    [1900, false],
    [2000, true],
    [2100, false],
    [2400, true],
  ] as const) {
    it(`${year} → ${leap}`, () => assert.equal(isLeapYear(year), leap));
  }
});

describe('daysInMonth', () => {
  const cases: Array<[number, number, number]> = [
    [2025, 1, 31],
    [2025, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2025, 4, 30],
    [2025, 6, 30],
    [2025, 9, 30],
    [2025, 11, 30],
    [2025, 12, 31],
  ];
  for (const [y, m, d] of cases) it(`${y}-${m} has ${d} days`, () => assert.equal(daysInMonth(y, m), d));
  it('refuses a month outside 1..12 instead of answering 31', () => {
    for (const m of [0, 13, 1.5, Number.NaN]) throwsCode(() => daysInMonth(2025, m), 'INVALID_MONTH');
  });
});

describe('isCivilDate / assertCivilDate / civilParts', () => {
  const valid = ['2025-01-01', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2025-10-08'];
  const invalid = ['2023-02-29', '1900-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-01-00', '0000-01-01', '2025-1-01', '2025-01-1', '20250101', '2025/01/01', ' 2025-01-01', '2025-01-01\n', '', '２０２５-01-01'];
  for (const v of valid) it(`accepts ${v}`, () => assert.equal(isCivilDate(v), true));
  for (const v of invalid) it(`rejects ${JSON.stringify(v)}`, () => assert.equal(isCivilDate(v), false));
  it('assertCivilDate returns the value or throws INVALID_DATE naming the field', () => {
    assert.equal(assertCivilDate('2025-10-01'), '2025-10-01');
    assert.throws(
      () => assertCivilDate('2025-02-30', 'filedOn'),
      (e: unknown) => e instanceof DomainError && e.code === 'INVALID_DATE' && e.details?.['field'] === 'filedOn' && e.messageZh.includes('filedOn'),
    );
    throwsCode(() => assertCivilDate('x'), 'INVALID_DATE');
  });
  it('civilParts splits a date and refuses bad input', () => {
    assert.deepEqual(civilParts('2026-02-17'), { year: 2026, month: 2, day: 17 });
    throwsCode(() => civilParts('2026-02-30'), 'INVALID_DATE');
  });
});

describe('day numbers', () => {
  const vectors: Array<[string, number]> = [
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2025-10-01', 20362],
    ['0001-01-01', -719162],
    ['9999-12-31', 2932896],
  ];
  for (const [date, n] of vectors) {
    it(`${date} ↔ ${n}`, () => {
      assert.equal(toDayNumber(date), n);
      assert.equal(fromDayNumber(n), date);
    });
  }
  it('refuses fractional, non-finite and out-of-range day numbers', () => {
    for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY]) throwsCode(() => fromDayNumber(n), 'INVALID_DAY_COUNT');
    for (const n of [-719163, 2932897]) throwsCode(() => fromDayNumber(n), 'DATE_OUT_OF_RANGE');
  });
  it('toDayNumber refuses an invalid date', () => throwsCode(() => toDayNumber('2025-02-29'), 'INVALID_DATE'));
  it('property: fromDayNumber ∘ toDayNumber is the identity and gives valid dates', () => {
    fc.assert(
      fc.property(dayNumberArb, (n) => {
        const d = fromDayNumber(n);
        return isCivilDate(d) && toDayNumber(d) === n;
      }),
    );
  });
  it('property: consecutive day numbers are consecutive calendar days', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932895 }), (n) => {
        const a = civilParts(fromDayNumber(n));
        const b = civilParts(fromDayNumber(n + 1));
        if (b.day === a.day + 1) return b.month === a.month && b.year === a.year;
        return b.day === 1 && a.day === daysInMonth(a.year, a.month) && (b.month === a.month + 1 || (a.month === 12 && b.month === 1 && b.year === a.year + 1));
      }),
    );
  });
});

describe('addDays / diffDays', () => {
  const vectors: Array<[string, number, string]> = [
    ['2025-09-30', 3, '2025-10-03'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2025-01-01', 365, '2026-01-01'],
    ['2025-01-01', 0, '2025-01-01'],
  ];
  for (const [d, n, e] of vectors) {
    it(`${d} + ${n} = ${e}`, () => {
      assert.equal(addDays(d, n), e);
      assert.equal(diffDays(d, e), n);
    });
  }
  it('refuses a fractional day count and leaving the representable range', () => {
    throwsCode(() => addDays('2025-01-01', 1.5), 'INVALID_DAY_COUNT');
    throwsCode(() => addDays('0001-01-01', -1), 'DATE_OUT_OF_RANGE');
    throwsCode(() => addDays('9999-12-31', 1), 'DATE_OUT_OF_RANGE');
  });
  it('property: diffDays(d, addDays(d, n)) === n and addDays is reversible', () => {
    fc.assert(
      fc.property(fc.integer({ min: -500000, max: 2000000 }), fc.integer({ min: -100000, max: 100000 }), (n, k) => {
        const d = fromDayNumber(n);
        const e = addDays(d, k);
        return diffDays(d, e) === k && addDays(e, -k) === d && diffDays(e, d) === -k;
      }),
    );
  });
});

describe('isoWeekday', () => {
  const vectors: Array<[string, number]> = [
    ['1970-01-01', 4],
    ['2025-09-30', 2],
    ['2025-09-28', 7],
    ['2025-10-11', 6],
    ['2026-02-16', 1],
    ['1969-12-29', 1],
    ['0001-01-01', 1],
  ];
  for (const [d, w] of vectors) it(`${d} is ISO weekday ${w}`, () => assert.equal(isoWeekday(d), w));
  it('property: the weekday advances by one each day, cycling 1..7', () => {
    fc.assert(fc.property(fc.integer({ min: -719162, max: 2932895 }), (n) => isoWeekday(fromDayNumber(n + 1)) === (isoWeekday(fromDayNumber(n)) % 7) + 1));
  });
});

describe('addMonths (民法典 art. 202: same day of the month, else its last day)', () => {
  const vectors: Array<[string, number, string]> = [
    ['2025-01-15', 6, '2025-07-15'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-10-31', 3, '2026-01-31'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2023-06-30', 24, '2025-06-30'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-05-20', 0, '2025-05-20'],
  ];
  for (const [d, m, e] of vectors) it(`${d} + ${m} months = ${e}`, () => assert.equal(addMonths(d, m), e));
  it('refuses fractional months and years outside 1..9999', () => {
    throwsCode(() => addMonths('2025-01-31', 1.5), 'INVALID_DAY_COUNT');
    throwsCode(() => addMonths('9999-12-01', 1), 'DATE_OUT_OF_RANGE');
    throwsCode(() => addMonths('0001-01-31', -1), 'DATE_OUT_OF_RANGE');
    throwsCode(() => addMonths('2025-02-30', 1), 'INVALID_DATE');
  });
  it('property: result is a valid date in the target month, on the same day or that month’s last day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000000 }), fc.integer({ min: -1200, max: 1200 }), (n, m) => {
        const d = fromDayNumber(n);
        const r = addMonths(d, m);
        const a = civilParts(d);
        const b = civilParts(r);
        const monthIndex = (b.year - a.year) * 12 + (b.month - a.month);
        return isCivilDate(r) && monthIndex === m && b.day === Math.min(a.day, daysInMonth(b.year, b.month));
      }),
    );
  });
  it('property: adding more months never gives an earlier date', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2000000 }), fc.nat(600), fc.nat(600), (n, m1, m2) => {
      const d = fromDayNumber(n);
      return compareCivil(addMonths(d, m1), addMonths(d, m1 + m2)) <= 0;
    }));
  });
});

describe('civilDateOf (CST = UTC+8)', () => {
  const vectors: Array<[number, string]> = [
    [0, '1970-01-01'],
    [Date.UTC(2025, 8, 30, 15, 59, 59, 999), '2025-09-30'],
    [Date.UTC(2025, 8, 30, 16, 0, 0, 0), '2025-10-01'],
    [Date.UTC(1969, 11, 31, 15, 0, 0, 0), '1969-12-31'],
    [Date.UTC(1969, 11, 31, 16, 0, 0, 0), '1970-01-01'],
  ];
  for (const [ms, d] of vectors) it(`${ms} → ${d}`, () => assert.equal(civilDateOf(ms), d));
  it('refuses non-finite instants and those beyond year 9999', () => {
    throwsCode(() => civilDateOf(Number.NaN), 'DATE_OUT_OF_RANGE');
    throwsCode(() => civilDateOf(Number.POSITIVE_INFINITY), 'DATE_OUT_OF_RANGE');
    throwsCode(() => civilDateOf(8.64e15), 'DATE_OUT_OF_RANGE');
  });
});

describe('cstStartOf', () => {
  it('is the first instant of the CST day', () => {
    assert.equal(cstStartOf('2025-10-01'), Date.UTC(2025, 8, 30, 16, 0, 0, 0));
    assert.equal(cstStartOf('1970-01-01'), -8 * 3600_000);
  });
  it('inverts civilDateOf at every day boundary', () => {
    fc.assert(fc.property(fc.integer({ min: -719161, max: 2932896 }), (n) => {
      const d = fromDayNumber(n);
      return civilDateOf(cstStartOf(d)) === d && civilDateOf(cstStartOf(d) - 1) === fromDayNumber(n - 1);
    }));
  });
});

describe('compareCivil', () => {
  it('orders dates', () => {
    assert.equal(compareCivil('2025-09-30', '2025-10-01'), -1);
    assert.equal(compareCivil('2025-10-01', '2025-10-01'), 0);
    assert.equal(compareCivil('2026-01-01', '2025-12-31'), 1);
  });
  it('refuses strings that are not civil dates instead of ordering them by accident', () => {
    throwsCode(() => compareCivil('2025-10-01', '2025-9-30'), 'INVALID_DATE');
    throwsCode(() => compareCivil('2025-13-01', '2025-10-01'), 'INVALID_DATE');
  });
  it('property: agrees with day numbers', () => {
    fc.assert(fc.property(civilArb, civilArb, (a, b) => compareCivil(a, b) === Math.sign(toDayNumber(a) - toDayNumber(b))));
  });
});
