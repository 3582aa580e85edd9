import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { CreditIndex } from './credit-index.js';
import type { IndexedMeasure } from './measure-records.js';
import { RANGE_BUCKETS, RangeIndex, rangeHashHex, rangeIndexFrom, refreshRangeSubject } from './range-index.js';
import { creditCodeFor, personIdFor } from './test-subjects.js';

const KEY = 'range-key-2026-11';

function measure(measureId: number, subjectId: string, kind: IndexedMeasure['kind'], subjectKind: IndexedMeasure['subjectKind'] = 'person'): IndexedMeasure {
  return {
    measureId,
    subjectKind,
    subjectId,
    name: '张三',
    kind,
    role: 'debtor',
    caseNumber: { year: 2026, courtCode: '辽0202', caseType: 'first', sequence: measureId },
    courtId: '210202',
    since: '2026-03-01',
    boundTo: null,
  };
}

/** What an agency does: hash locally, send 5 hex characters, look for its own suffix in the answer. */
function agencyCheck(range: RangeIndex, subjectId: string): readonly string[] | null {
  const h = createHmac('sha256', KEY).update(subjectId.toUpperCase()).digest('hex');
  const answer = range.query(h.slice(0, 5));
  assert.ok(answer.ok);
  return answer.entries.find((e) => e.suffix === h.slice(5, 16))?.kinds ?? null;
}

describe('RangeIndex', () => {
  it('lets an agency learn a subject’s measure kinds from a 5-character prefix of its hash', () => {
    // First, the index holds two listed persons and a company.
    const index = new CreditIndex();
    index.add(measure(1, personIdFor(1), 'dishonestListing'));
    index.add(measure(2, personIdFor(1), 'consumptionRestriction'));
    index.add(measure(3, personIdFor(2), 'exitRestriction'));
    index.add(measure(4, creditCodeFor(3), 'consumptionRestriction', 'organisation'));
    const range = rangeIndexFrom(index, KEY);
    assert.equal(range.size, 3);
    // The agency finds them, and finds nothing for someone not listed.
    assert.deepEqual(agencyCheck(range, personIdFor(1)), ['dishonestListing', 'consumptionRestriction']);
    assert.deepEqual(agencyCheck(range, personIdFor(2)), ['exitRestriction']);
    assert.deepEqual(agencyCheck(range, creditCodeFor(3)), ['consumptionRestriction']);
    assert.equal(agencyCheck(range, personIdFor(4)), null);
    // The server saw only the bucket; the answer holds suffixes of 11 hex characters.
    const h = rangeHashHex(KEY, personIdFor(1));
    assert.equal(h, createHmac('sha256', KEY).update(personIdFor(1)).digest('hex'));
    const answer = range.query(h.slice(0, 5).toUpperCase());
    assert.ok(answer.ok);
    for (const e of answer.entries) assert.match(e.suffix, /^[0-9a-f]{11}$/);
  });

  it('follows the credit index as measures come and go', () => {
    const index = new CreditIndex();
    const range = new RangeIndex(KEY);
    index.add(measure(1, personIdFor(9), 'consumptionRestriction'));
    refreshRangeSubject(range, index, 'person', personIdFor(9));
    assert.deepEqual(agencyCheck(range, personIdFor(9)), ['consumptionRestriction']);
    index.add(measure(2, personIdFor(9), 'exitRestriction'));
    refreshRangeSubject(range, index, 'person', personIdFor(9));
    assert.deepEqual(agencyCheck(range, personIdFor(9)), ['consumptionRestriction', 'exitRestriction']);
    index.remove(1);
    index.remove(2);
    refreshRangeSubject(range, index, 'person', personIdFor(9));
    assert.equal(agencyCheck(range, personIdFor(9)), null);
    assert.equal(range.size, 0);
  });

  it('refuses prefixes that are not 5 hex characters, and answers an empty bucket with nothing', () => {
    const range = new RangeIndex(KEY);
    for (const bad of ['', 'abcd', 'abcdef', 'abcdg', 'ab cd']) assert.deepEqual(range.query(bad), { ok: false, error: 'malformed' });
    assert.deepEqual(range.query('00000'), { ok: true, entries: [] });
  });

  it('keeps many subjects in order through growth, moves and compaction, in ~6 bytes each plus 8 MiB of buckets', () => {
    const range = new RangeIndex(KEY);
    const n = 30_000;
    for (let i = 0; i < n; i++) range.add(personIdFor(i), ['consumptionRestriction']);
    for (let i = 0; i < n; i += 3) range.remove(personIdFor(i));
    for (let i = 0; i < n; i += 3) range.add(personIdFor(i), i % 2 === 0 ? ['dishonestListing'] : ['exitRestriction']);
    assert.equal(range.size, n);
    for (let i = 0; i < n; i += 97) {
      assert.deepEqual(agencyCheck(range, personIdFor(i)), i % 3 !== 0 ? ['consumptionRestriction'] : i % 2 === 0 ? ['dishonestListing'] : ['exitRestriction']);
    }
    const answer = range.query(rangeHashHex(KEY, personIdFor(5)).slice(0, 5));
    assert.ok(answer.ok);
    const suffixes = answer.entries.map((e) => e.suffix);
    assert.deepEqual(suffixes, [...suffixes].sort());
    assert.ok(range.memoryBytes() < RANGE_BUCKETS * 8 + n * 6 * 6);
  });

  it('loads in bulk exactly like one subject at a time', () => {
    const items = Array.from({ length: 2000 }, (_, i) => ({ subjectId: i % 4 === 0 ? creditCodeFor(i) : personIdFor(i), kinds: i % 2 === 0 ? (['dishonestListing'] as const) : (['consumptionRestriction', 'exitRestriction'] as const) }));
    const bulk = new RangeIndex(KEY);
    bulk.load((emit) => items.forEach((it) => emit(it.subjectId, it.kinds)), items.length);
    const single = new RangeIndex(KEY);
    for (const it of items) single.add(it.subjectId, it.kinds);
    for (const it of items.slice(0, 200)) {
      const prefix = rangeHashHex(KEY, it.subjectId).slice(0, 5);
      assert.deepEqual(bulk.query(prefix), single.query(prefix));
    }
    // A bucket that was laid out exactly still takes new subjects.
    bulk.add(personIdFor(999_999), ['exitRestriction']);
    assert.deepEqual(agencyCheck(bulk, personIdFor(999_999)), ['exitRestriction']);
  });
});
