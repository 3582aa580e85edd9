import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DomainError, unwrap } from '../domain-error.js';
import { formatCaseNumber, parseCaseNumber } from './case-number.js';
import type { CaseNumberParts } from './case-number.js';
import { CASE_TYPES } from './case-types.js';

const ROUND_TRIP: ReadonlyArray<{ text: string; parts: CaseNumberParts }> = [
  { text: '（2026）辽0202执123号', parts: { year: 2026, courtCode: '辽0202', caseType: 'first', sequence: 123 } },
  { text: '（2026）辽02执恢7号', parts: { year: 2026, courtCode: '辽02', caseType: 'resumed', sequence: 7 } },
  { text: '（2025）辽0203执保1号', parts: { year: 2025, courtCode: '辽0203', caseType: 'preservation', sequence: 1 } },
  { text: '（2024）辽0202执异45号', parts: { year: 2024, courtCode: '辽0202', caseType: 'objection', sequence: 45 } },
  { text: '（2024）辽02执复3号', parts: { year: 2024, courtCode: '辽02', caseType: 'reconsideration', sequence: 3 } },
  { text: '（1990）京72执监9999号', parts: { year: 1990, courtCode: '京72', caseType: 'supervision', sequence: 9999 } },
  { text: '（2999）新401234执1号', parts: { year: 2999, courtCode: '新401234', caseType: 'first', sequence: 1 } },
];

const LENIENT: ReadonlyArray<{ text: string; parts: CaseNumberParts }> = [
  { text: '(2026)辽0202执123号', parts: { year: 2026, courtCode: '辽0202', caseType: 'first', sequence: 123 } },
  { text: '  （2026)辽0202执恢12号\n', parts: { year: 2026, courtCode: '辽0202', caseType: 'resumed', sequence: 12 } },
  { text: '\u3000(2026）辽0202执监1号\u3000', parts: { year: 2026, courtCode: '辽0202', caseType: 'supervision', sequence: 1 } },
];

const REJECTED: ReadonlyArray<{ text: string; code: string; en: RegExp }> = [
  { text: '', code: 'CASE_NUMBER_MALFORMED', en: /Not a case number: ""/ },
  { text: '2026辽0202执123号', code: 'CASE_NUMBER_MALFORMED', en: /Not a case number/ },
  { text: '（2026）辽0202执123', code: 'CASE_NUMBER_MALFORMED', en: /Not a case number/ },
  { text: '（26）辽0202执123号', code: 'CASE_NUMBER_MALFORMED', en: /Not a case number/ },
  { text: '（2026）辽0202执号', code: 'CASE_NUMBER_MALFORMED', en: /Not a case number/ },
  { text: '（2026）0202执123号', code: 'CASE_NUMBER_MALFORMED', en: /Not a case number/ },
  { text: '（2026）辽 0202 执 123 号', code: 'CASE_NUMBER_MALFORMED', en: /Not a case number/ },
  { text: '（2026）辽执复3号', code: 'CASE_NUMBER_MALFORMED', en: /Not a case number/ },
  { text: '（1989）辽0202执1号', code: 'CASE_NUMBER_BAD_YEAR', en: /from 1990 to 2999, got 1989/ },
  { text: '（3000）辽0202执1号', code: 'CASE_NUMBER_BAD_YEAR', en: /got 3000/ },
  { text: '（2026）辽2执1号', code: 'CASE_NUMBER_BAD_COURT_CODE', en: /2–6 digits .*got "辽2"/ },
  { text: '（2026）辽0202123执1号', code: 'CASE_NUMBER_BAD_COURT_CODE', en: /got "辽0202123"/ },
  { text: '（2026）辽0202民初1号', code: 'CASE_NUMBER_UNKNOWN_TYPE', en: /Unknown type code "民初" \(expected one of 执, 执恢, 执保, 执异, 执复, 执监\)/ },
  { text: '（2026）辽0202执行1号', code: 'CASE_NUMBER_UNKNOWN_TYPE', en: /"执行"/ },
  { text: '（2026）辽0202执0号', code: 'CASE_NUMBER_BAD_SEQUENCE', en: /got 0$/ },
  { text: '（2026）辽0202执0123号', code: 'CASE_NUMBER_BAD_SEQUENCE', en: /without leading zeros, got 0123$/ },
  { text: '（2026）辽0202执99999999999999999号', code: 'CASE_NUMBER_BAD_SEQUENCE', en: /got 99999999999999999$/ },
];

describe('formatCaseNumber / parseCaseNumber', () => {
  for (const c of ROUND_TRIP) {
    it(`${c.text} ⇄ ${JSON.stringify(c.parts)}`, () => {
      assert.equal(formatCaseNumber(c.parts), c.text);
      assert.deepEqual(parseCaseNumber(c.text), { ok: true, value: c.parts });
    });
  }

  for (const c of LENIENT) {
    it(`reads ${JSON.stringify(c.text)} (half-width parentheses, whitespace)`, () => {
      assert.deepEqual(parseCaseNumber(c.text), { ok: true, value: c.parts });
    });
  }

  for (const c of REJECTED) {
    it(`rejects ${c.text || '""'} with ${c.code}`, () => {
      const result = parseCaseNumber(c.text);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.error.code, c.code);
      assert.match(result.error.messageEn, c.en);
      assert.ok(result.error.messageZh.length > 0);
    });
  }

  const BAD_PARTS: ReadonlyArray<{ parts: CaseNumberParts; code: string }> = [
    { parts: { year: 1989, courtCode: '辽0202', caseType: 'first', sequence: 1 }, code: 'CASE_NUMBER_BAD_YEAR' },
    { parts: { year: 2026.5, courtCode: '辽0202', caseType: 'first', sequence: 1 }, code: 'CASE_NUMBER_BAD_YEAR' },
    { parts: { year: 2026, courtCode: 'L0202', caseType: 'first', sequence: 1 }, code: 'CASE_NUMBER_BAD_COURT_CODE' },
    { parts: { year: 2026, courtCode: '辽', caseType: 'first', sequence: 1 }, code: 'CASE_NUMBER_BAD_COURT_CODE' },
    { parts: { year: 2026, courtCode: '辽0202', caseType: 'civil' as never, sequence: 1 }, code: 'CASE_NUMBER_BAD_TYPE' },
    { parts: { year: 2026, courtCode: '辽0202', caseType: 'first', sequence: 0 }, code: 'CASE_NUMBER_BAD_SEQUENCE' },
    { parts: { year: 2026, courtCode: '辽0202', caseType: 'first', sequence: -3 }, code: 'CASE_NUMBER_BAD_SEQUENCE' },
    { parts: { year: 2026, courtCode: '辽0202', caseType: 'first', sequence: 1.5 }, code: 'CASE_NUMBER_BAD_SEQUENCE' },
    { parts: { year: 2026, courtCode: '辽0202', caseType: 'first', sequence: 2 ** 53 }, code: 'CASE_NUMBER_BAD_SEQUENCE' },
  ];
  for (const c of BAD_PARTS) {
    it(`formatCaseNumber refuses ${JSON.stringify(c.parts)} with ${c.code}`, () => {
      assert.throws(
        () => formatCaseNumber(c.parts),
        (e: unknown) => e instanceof DomainError && e.code === c.code,
      );
    });
  }

  it('parse(format(x)) deep-equals x (property)', () => {
    const parts = fc.record({
      year: fc.integer({ min: 1990, max: 2999 }),
      courtCode: fc
        .tuple(fc.integer({ min: 0x4e00, max: 0x9fa5 }), fc.stringMatching(/^\d{2,6}$/))
        .map(([cp, digits]) => String.fromCodePoint(cp) + digits),
      caseType: fc.constantFrom(...CASE_TYPES),
      sequence: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    }).map((r): CaseNumberParts => ({ ...r })); // fc.record builds null-prototype objects
    fc.assert(
      fc.property(parts, (x) => {
        assert.deepEqual(unwrap(parseCaseNumber(formatCaseNumber(x))), x);
      }),
    );
  });
});
