import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { zCreditCheckResult, type CreditCheckResult } from '@zhixing/contracts';
import { serializeBulkResult, serializeCheckResult } from './serialize-check-result.js';

const text = fc.string({ unit: 'binary', maxLength: 40 });
const measure = fc.record({
  measureId: fc.integer({ min: 1, max: 50 }),
  kind: fc.constantFrom('dishonestListing', 'consumptionRestriction', 'exitRestriction'),
  role: fc.constantFrom('debtor', 'legalRepresentative'),
  boundTo: fc.option(text, { nil: null }),
  caseNumber: text,
  courtId: text,
  courtName: text,
  since: fc.constantFrom('2026-03-02', '2025-12-31'),
  legalBasis: text,
});
const result = fc.record(
  {
    decision: fc.constantFrom('allow', 'deny', 'review'),
    reasons: fc.array(text, { maxLength: 3 }),
    scenario: fc.constantFrom('flight', 'highSpeedTrain'),
    scenarioLabel: text,
    subject: fc.record({ kind: fc.constantFrom('person', 'organisation'), masked: text }),
    measures: fc.array(measure, { maxLength: 4 }),
    nameMatches: fc.option(fc.boolean(), { nil: null }),
    permitId: fc.option(fc.integer({ min: 1, max: 1e9 }), { nil: null }),
    legalBasis: text,
    checkedAt: fc.constant('2026-11-29T01:02:03.456Z'),
    indexSeq: fc.integer({ min: 0, max: 2 ** 40 }),
  },
  { requiredKeys: ['decision', 'reasons', 'scenario', 'scenarioLabel', 'subject', 'measures', 'nameMatches', 'permitId', 'checkedAt', 'indexSeq'] },
) as fc.Arbitrary<CreditCheckResult>;

describe('serializeCheckResult', () => {
  it('writes exactly what JSON.stringify writes, for any strings (quotes, backslashes, control characters, lone surrogates)', () => {
    // Measure ids repeat across runs, with other fields: a cached text must never be reused for a changed measure.
    fc.assert(
      fc.property(result, (r) => {
        assert.deepEqual(JSON.parse(serializeCheckResult(r)), JSON.parse(JSON.stringify(r)));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the opening of answers apart whose reasons or labels differ only in how their text splits', () => {
    // A small pool, so kept openings are reused across runs; the pieces look like the key's own separators.
    const piece = fc.constantFrom('', 'a', 'b', '|', '1:', 'a|1:b', '1:a|', '\u0000', '乘坐飞机');
    const pooled = fc.record({ label: piece, reasons: fc.array(piece, { maxLength: 3 }), decision: fc.constantFrom('allow', 'deny', 'review') });
    fc.assert(
      fc.property(pooled, ({ label, reasons, decision }) => {
        const r = { decision, reasons, scenario: 'flight', scenarioLabel: label, subject: { kind: 'person', masked: '2102**********7894' }, measures: [], nameMatches: null, permitId: null, checkedAt: '2026-11-29T01:02:03.456Z', indexSeq: 3 } as CreditCheckResult;
        assert.deepEqual(JSON.parse(serializeCheckResult(r)), JSON.parse(JSON.stringify(r)));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes a bulk line as the object of the row, with compact measures (no court name, no legal basis)', () => {
    fc.assert(
      fc.property(result, fc.integer({ min: 1, max: 1_000_000 }), (r, row) => {
        const expected = { type: 'result', row, decision: r.decision, reasons: r.reasons, subject: r.subject.masked, measures: r.measures.map((m) => ({ measureId: m.measureId, kind: m.kind, role: m.role, boundTo: m.boundTo, caseNumber: m.caseNumber, courtId: m.courtId, since: m.since })), nameMatches: r.nameMatches, permitId: r.permitId };
        assert.deepEqual(JSON.parse(serializeBulkResult(row, r, r.subject.masked)), expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('answers a changed measure with its new text, not the cached one', () => {
    const m = { measureId: 7, kind: 'consumptionRestriction' as const, role: 'debtor' as const, boundTo: null, caseNumber: '（2026）辽0211执1号', courtId: '2102', courtName: '甘井子区人民法院', since: '2026-03-02', legalBasis: '限高规定第一条' };
    const base: CreditCheckResult = { decision: 'deny', reasons: ['MEASURE_IN_FORCE'], scenario: 'flight', scenarioLabel: '乘坐飞机', subject: { kind: 'person', masked: '2102**********7894' }, measures: [m], nameMatches: null, permitId: null, legalBasis: 'x', checkedAt: '2026-11-29T01:02:03.456Z', indexSeq: 1 };
    assert.match(serializeCheckResult(base), /执1号/);
    const changed = serializeCheckResult({ ...base, measures: [{ ...m, caseNumber: '（2026）辽0211执2号' }] });
    assert.match(changed, /执2号/);
    assert.doesNotMatch(changed, /执1号/);
  });

  it('is a valid answer by the route\'s schema', () => {
    const r: CreditCheckResult = { decision: 'allow', reasons: [], scenario: 'flight', scenarioLabel: '乘坐飞机', subject: { kind: 'person', masked: '2102**********7894' }, measures: [], nameMatches: true, permitId: null, checkedAt: '2026-11-29T01:02:03.456Z', indexSeq: 0 };
    assert.deepEqual(zCreditCheckResult.parse(JSON.parse(serializeCheckResult(r))), r);
  });
});
