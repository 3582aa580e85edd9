import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CreditCheckResult } from '@zhixing/contracts';
import { checkResultBytes } from './check-result-bytes.js';

const text = fc.string({ unit: 'binary', maxLength: 30 });
const ascii = fc.string({ unit: 'grapheme-ascii', maxLength: 20 });
const measure = fc.record({
  measureId: fc.integer({ min: 1, max: 40 }),
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
    reasons: fc.array(fc.oneof(ascii, text), { maxLength: 3 }),
    scenario: fc.constantFrom('flight', 'highSpeedTrain'),
    scenarioLabel: fc.oneof(fc.constantFrom('乘坐飞机', '乘坐G字头动车组列车'), text),
    subject: fc.record({ kind: fc.constantFrom('person', 'organisation'), masked: fc.oneof(ascii, text) }),
    measures: fc.array(measure, { maxLength: 4 }),
    nameMatches: fc.option(fc.boolean(), { nil: null }),
    permitId: fc.option(fc.integer({ min: 1, max: 1e9 }), { nil: null }),
    legalBasis: text,
    checkedAt: fc.oneof(fc.constant('2026-11-29T01:02:03.456Z'), text),
    indexSeq: fc.integer({ min: 0, max: 2 ** 40 }),
  },
  { requiredKeys: ['decision', 'reasons', 'scenario', 'scenarioLabel', 'subject', 'measures', 'nameMatches', 'permitId', 'checkedAt', 'indexSeq'] },
) as fc.Arbitrary<CreditCheckResult>;

describe('checkResultBytes', () => {
  it('is the UTF-8 of exactly what JSON.stringify writes, for any strings, with measures and labels reused across answers', () => {
    fc.assert(
      fc.property(result, (r) => {
        const bytes = checkResultBytes(r);
        assert.ok(Buffer.isBuffer(bytes));
        assert.deepEqual(JSON.parse(bytes.toString('utf8')), JSON.parse(JSON.stringify(r)));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers a changed measure with its new bytes', () => {
    const m = { measureId: 7, kind: 'consumptionRestriction' as const, role: 'debtor' as const, boundTo: null, caseNumber: '（2026）辽0211执1号', courtId: '2102', courtName: '甘井子区人民法院', since: '2026-03-02', legalBasis: '限高规定第一条' };
    const base: CreditCheckResult = { decision: 'deny', reasons: ['MEASURE_IN_FORCE'], scenario: 'flight', scenarioLabel: '乘坐飞机', subject: { kind: 'person', masked: '2102**********7894' }, measures: [m], nameMatches: null, permitId: null, legalBasis: 'x', checkedAt: '2026-11-29T01:02:03.456Z', indexSeq: 1 };
    assert.match(checkResultBytes(base).toString('utf8'), /执1号/);
    const changed = checkResultBytes({ ...base, measures: [{ ...m, caseNumber: '（2026）辽0211执2号' }] }).toString('utf8');
    assert.match(changed, /执2号/);
    assert.doesNotMatch(changed, /执1号/);
  });
});
