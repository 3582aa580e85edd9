import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applicationLimitWarning } from './application-limit.js';
import { createCalendar } from '../calendar/index.js';
import { DomainError } from '../domain-error.js';

describe('applicationLimitWarning (民事诉讼法 art. 250; 民诉法解释 art. 481)', () => {
  const table: Array<[string, string | null, string, string, string, boolean]> = [
    ['from the performance deadline; filed on the last day', '2023-06-30', '2023-06-15', '2025-06-30', '2025-06-30', false],
    ['from the performance deadline; filed a day late', '2023-06-30', '2023-06-15', '2025-07-01', '2025-06-30', true],
    ['no performance period: from the effective date', null, '2023-10-01', '2025-10-09', '2025-10-09', false],
    ['effective-date end on National Day rolls to 10-09; 10-10 is late', null, '2023-10-01', '2025-10-10', '2025-10-09', true],
    ['leap day: 2024-02-29 + 2 years = 2026-02-28, a make-up Saturday', '2024-02-29', '2024-02-01', '2026-03-02', '2026-02-28', true],
  ];
  for (const [name, perf, effective, filed, end, past] of table) {
    it(name, () => {
      const r = applicationLimitWarning({ performanceDeadline: perf, effectiveDate: effective, filedOn: filed });
      assert.equal(r.limitEnd, end);
      assert.equal(r.pastLimit, past);
      assert.deepEqual(r.uncoveredYears, []);
      if (past) {
        assert.match(r.messageZh ?? '', /应予受理/);
        assert.match(r.messageEn ?? '', /must still accept/);
      } else {
        assert.equal(r.messageZh, undefined);
        assert.equal(r.messageEn, undefined);
      }
    });
  }

  it('a limit ending in 2027 is flagged uncovered unless the year is entered', () => {
    const input = { performanceDeadline: '2025-03-06', effectiveDate: '2025-02-01', filedOn: '2025-06-01' };
    const r = applicationLimitWarning(input);
    assert.deepEqual([r.limitEnd, r.uncoveredYears], ['2027-03-08', [2027]]);
    const cal = createCalendar({ extraYears: [{ year: 2027, holidays: [], makeupWorkdays: ['2027-03-06'] }] });
    assert.deepEqual(applicationLimitWarning(input, cal), { pastLimit: false, limitEnd: '2027-03-06', uncoveredYears: [] });
  });

  it('throws on invalid dates', () => {
    assert.throws(() => applicationLimitWarning({ performanceDeadline: null, effectiveDate: '2023-10-01', filedOn: '2025-13-01' }), (e: unknown) => e instanceof DomainError && e.code === 'INVALID_DATE');
    assert.throws(() => applicationLimitWarning({ performanceDeadline: '2023-02-30', effectiveDate: '2023-10-01', filedOn: '2025-01-01' }), (e: unknown) => e instanceof DomainError && e.code === 'INVALID_DATE');
  });
});
