import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CreditIndex } from './credit-index.js';
import type { CheckResult } from './credit-index.js';
import type { DecodedMeasure } from './credit-match.js';
import { creditCodeFor, personIdFor, testMeasure } from './test-subjects.js';

const ZHANG = personIdFor(1);
const LI = personIdFor(2);
const COMPANY = creditCodeFor(7);

const measure = testMeasure;

function decision(r: CheckResult): string {
  return r.ok ? r.decision : r.error;
}

/** A decoded measure as plain data (what an answer serialises). */
function plain(m: DecodedMeasure): unknown {
  return JSON.parse(JSON.stringify(m));
}

describe('CreditIndex', () => {
  it('answers deny with the blocking measure, decoded, and allow for scenarios it does not block', () => {
    // First, the court publishes a consumption restriction against 张三.
    const index = new CreditIndex();
    index.add(measure({ measureId: 1 }));
    const flight = index.check('person', ZHANG, 'flight', '张三');
    assert.ok(flight.ok);
    assert.equal(flight.decision, 'deny');
    assert.equal(flight.nameMatches, true);
    assert.deepEqual(flight.matched.map(plain), [
      {
        measureId: 1,
        subjectKind: 'person',
        subjectId: ZHANG,
        kind: 'consumptionRestriction',
        role: 'debtor',
        caseNumber: { year: 2026, courtCode: '辽0202', caseType: 'first', sequence: 123 },
        caseNumberText: '（2026）辽0202执123号',
        courtId: '210202',
        since: '2026-03-01',
        boundTo: null,
      },
    ]);
    // A consumption restriction does not stop him from leaving the country or applying for a job.
    assert.deepEqual(index.check('person', ZHANG, 'leaveCountry'), { ok: true, decision: 'allow', matched: [], nameMatches: null });
    assert.deepEqual(index.check('person', ZHANG, 'civilServiceRecruitment', '张三'), { ok: true, decision: 'allow', matched: [], nameMatches: true });
    // Someone not listed is allowed, with nothing to compare the name with.
    assert.deepEqual(index.check('person', LI, 'flight', '李四'), { ok: true, decision: 'allow', matched: [], nameMatches: null });
  });

  it('tells malformed numbers from mistyped check characters', () => {
    const index = new CreditIndex();
    assert.deepEqual(index.check('person', '21020219800101000', 'flight'), { ok: false, error: 'malformed' });
    const wrong = ZHANG.slice(0, 17) + (ZHANG.endsWith('1') ? '2' : '1');
    assert.deepEqual(index.check('person', wrong, 'flight'), { ok: false, error: 'badCheckChar' });
    assert.deepEqual(index.check('organisation', COMPANY.slice(0, 17) + (COMPANY.endsWith('1') ? '2' : '1'), 'flight'), { ok: false, error: 'badCheckChar' });
    assert.throws(() => index.add(measure({ measureId: 1, subjectId: wrong })), RangeError);
    assert.throws(() => index.add(measure({ measureId: 0 })), /measureId 0/);
    assert.throws(() => index.add(measure({ measureId: 2, since: '2026-02-30' })), /civil date/);
    assert.throws(() => index.add(measure({ measureId: 3, kind: 'bogus' as never })), /unknown measure kind/);
    assert.equal(index.entries, 0);
  });

  it('reads lower-case x and whitespace as the canonical number, and answers with the canonical number', () => {
    const index = new CreditIndex();
    const withX = '11010519491231002X';
    index.add(measure({ measureId: 5, subjectId: withX }));
    const r = index.check('person', ` ${withX.toLowerCase()} `, 'flight');
    assert.ok(r.ok && r.decision === 'deny');
    assert.equal(r.matched[0]!.subjectId, withX);
  });

  it('is idempotent per measureId and replaces a re-added measure', () => {
    const index = new CreditIndex();
    index.add(measure({ measureId: 1 }));
    index.add(measure({ measureId: 1 }));
    assert.equal(index.entries, 1);
    assert.equal(index.subjects, 1);
    // The same row now binds another subject with another kind: the old entry is gone.
    index.add(measure({ measureId: 1, subjectId: LI, kind: 'exitRestriction', name: '李四' }));
    assert.equal(index.entries, 1);
    assert.deepEqual(index.get('person', ZHANG), []);
    assert.deepEqual(index.get('person', LI).map((m) => m.kind), ['exitRestriction']);
    assert.deepEqual(decision(index.check('person', LI, 'leaveCountry')), 'deny');
  });

  it('keeps several measures of one subject and removes any of them', () => {
    const index = new CreditIndex();
    index.add(measure({ measureId: 10, kind: 'dishonestListing' }));
    index.add(measure({ measureId: 11, kind: 'consumptionRestriction', caseNumber: { year: 2025, courtCode: '辽02', caseType: 'resumed', sequence: 7 }, courtId: '210200' }));
    index.add(measure({ measureId: 12, kind: 'exitRestriction' }));
    assert.equal(index.entries, 3);
    assert.equal(index.subjects, 1);
    const ids = (kind: 'person' | 'organisation', id: string) => index.get(kind, id).map((m) => m.measureId).sort((a, b) => a - b);
    assert.deepEqual(ids('person', ZHANG), [10, 11, 12]);
    // A flight is blocked by the listing and the restriction, not by the exit restriction.
    const flight = index.check('person', ZHANG, 'flight');
    assert.ok(flight.ok);
    assert.deepEqual(flight.matched.map((m) => m.measureId).sort((a, b) => a - b), [10, 11]);
    assert.equal(flight.matched.find((m) => m.measureId === 11)!.caseNumberText, '（2025）辽02执恢7号');
    // Remove from the middle, then the first, then the last.
    assert.equal(index.remove(11), true);
    assert.deepEqual(ids('person', ZHANG), [10, 12]);
    assert.equal(index.remove(10), true);
    assert.deepEqual(ids('person', ZHANG), [12]);
    assert.equal(index.remove(11), false);
    assert.equal(index.has(12), true);
    assert.equal(index.remove(12), true);
    assert.equal(index.has(12), false);
    assert.equal(index.subjects, 0);
    assert.deepEqual(index.check('person', ZHANG, 'flight'), { ok: true, decision: 'allow', matched: [], nameMatches: null });
  });

  it('binds persons through an organisation for consumption acts, not for joint sanctions', () => {
    const index = new CreditIndex();
    index.add(measure({ measureId: 20, subjectKind: 'organisation', subjectId: COMPANY, name: '大连某某有限公司', kind: 'consumptionRestriction' }));
    index.add(measure({ measureId: 21, subjectId: LI, name: '李四', role: 'legalRepresentative', boundTo: '大连某某有限公司' }));
    const hotel = index.check('person', LI, 'starHotel', '李四');
    assert.ok(hotel.ok && hotel.decision === 'deny');
    assert.equal(hotel.matched[0]!.role, 'legalRepresentative');
    assert.equal(hotel.matched[0]!.boundTo, '大连某某有限公司');
    assert.equal(decision(index.check('person', LI, 'governmentSubsidy')), 'allow');
    const company = index.check('organisation', COMPANY.toLowerCase(), 'officeRental');
    assert.ok(company.ok && company.decision === 'deny');
    assert.equal(company.matched[0]!.subjectId, COMPANY);
    assert.equal(company.matched[0]!.boundTo, null);
    // Persons and organisations live apart: the person key of the same digits is not the company.
    assert.deepEqual(index.get('person', ZHANG), []);
  });

  it('cross-checks names after NFC normalisation, without whitespace, ASCII case-blind', () => {
    const index = new CreditIndex();
    index.add(measure({ measureId: 30, name: '张 三' }));
    index.add(measure({ measureId: 31, subjectId: LI, name: 'José MARTÍNEZ' }));
    const nameMatches = (id: string, name?: string) => {
      const r = index.check('person', id, 'flight', name);
      return r.ok ? r.nameMatches : 'error';
    };
    assert.equal(nameMatches(ZHANG, '张三'), true);
    assert.equal(nameMatches(ZHANG, ' 张\u3000三 '), true);
    assert.equal(nameMatches(ZHANG, '张四'), false);
    assert.equal(nameMatches(ZHANG), null);
    assert.equal(nameMatches(LI, 'jose\u0301 MARTÍNEZ'), true);
    assert.equal(nameMatches(LI, 'Jose Martinez'), false);
  });

  it('keeps values that do not pack (big sequence numbers, late years, many courts) exactly', () => {
    const index = new CreditIndex();
    const odd = measure({ measureId: 40, caseNumber: { year: 2999, courtCode: '辽0202', caseType: 'preservation', sequence: 12_345_678 }, since: '2199-12-31' });
    index.add(odd);
    const [m] = index.get('person', ZHANG);
    assert.deepEqual(m!.caseNumber, odd.caseNumber);
    assert.equal(m!.since, '2199-12-31');
    assert.equal(m!.caseNumberText, '（2999）辽0202执保12345678号');
    for (let c = 0; c < 9000; c++) index.add(measure({ measureId: 100 + c, subjectId: personIdFor(1000 + c), courtId: `${210_000 + c}`, caseNumber: { year: 2020, courtCode: `辽${c}`, caseType: 'first', sequence: 1 } }));
    const [last] = index.get('person', personIdFor(1000 + 8999));
    assert.equal(last!.courtId, '218999');
    assert.equal(last!.caseNumber.courtCode, '辽8999');
    assert.equal(index.remove(40), true);
  });

  it('grows from an empty index, reports its memory, and can be cleared', () => {
    const index = new CreditIndex();
    for (let i = 0; i < 5000; i++) {
      const organisation = i % 5 === 0;
      index.add(measure({ measureId: i + 1, subjectKind: organisation ? 'organisation' : 'person', subjectId: organisation ? creditCodeFor(i) : personIdFor(i) }));
    }
    assert.equal(index.entries, 5000);
    assert.equal(index.subjects, 5000);
    const layout = index.layout();
    assert.ok(layout.persons.load <= 0.93 && layout.organisations.load <= 0.93);
    assert.ok(index.memoryBytes() > 5000 * 20);
    for (let i = 0; i < 5000; i += 7) {
      const organisation = i % 5 === 0;
      const r = index.check(organisation ? 'organisation' : 'person', organisation ? creditCodeFor(i) : personIdFor(i), 'flight');
      assert.ok(r.ok && r.decision === 'deny' && r.matched[0]!.measureId === i + 1, `subject ${String(i)}`);
    }
    const seen = new Set<string>();
    index.forEachSubject((kind, id, kinds) => {
      seen.add(`${kind}:${id}`);
      assert.deepEqual(kinds, ['consumptionRestriction']);
    });
    assert.equal(seen.size, 5000);
    index.clear();
    assert.equal(index.entries, 0);
    assert.deepEqual(index.get('person', personIdFor(1)), []);
  });

  it('stays correct under collisions: removals from the middle of probe clusters in a tiny table', () => {
    // A table of 8 slots filled to its load limit, then grown: every probe sequence overlaps.
    const index = new CreditIndex({ maxLoad: 0.99 });
    const live = new Map<number, string>();
    for (let i = 0; i < 300; i++) {
      index.add(measure({ measureId: i + 1, subjectId: personIdFor(i % 100), kind: i % 3 === 0 ? 'dishonestListing' : 'consumptionRestriction' }));
      live.set(i + 1, personIdFor(i % 100));
    }
    for (let i = 0; i < 300; i += 2) {
      assert.equal(index.remove(i + 1), true);
      live.delete(i + 1);
    }
    for (let s = 0; s < 100; s++) {
      const expected = [...live].filter(([, id]) => id === personIdFor(s)).map(([mid]) => mid).sort((a, b) => a - b);
      assert.deepEqual(index.get('person', personIdFor(s)).map((m) => m.measureId).sort((a, b) => a - b), expected, `subject ${String(s)}`);
    }
    assert.equal(index.entries, live.size);
    assert.ok(index.maxProbeDistance().persons >= 1);
  });

  it('allocates up front for the expected sizes', () => {
    const index = new CreditIndex({ expected: { measures: 1000, persons: 700, organisations: 200 } });
    const before = index.layout();
    for (let i = 0; i < 700; i++) index.add(measure({ measureId: i + 1, subjectId: personIdFor(i) }));
    for (let i = 0; i < 100; i++) index.add(measure({ measureId: 10_000 + i, subjectId: personIdFor(i) }));
    assert.equal(index.layout().persons.capacity, before.persons.capacity);
    assert.equal(index.layout().records.capacity, before.records.capacity);
  });

  it('reserves whole slots for sizes that do not divide by the load (probing wraps at the capacity)', () => {
    const index = new CreditIndex();
    index.reserve({ measures: 7, persons: 7, organisations: 3 });
    const l = index.layout();
    assert.ok(Number.isInteger(l.persons.capacity) && Number.isInteger(l.organisations.capacity) && Number.isInteger(l.measureIds.capacity), JSON.stringify(l));
    for (let i = 0; i < 7; i++) index.add(measure({ measureId: i + 1, subjectId: personIdFor(i) }));
    for (let i = 0; i < 7; i++) assert.equal(index.check('person', personIdFor(i), 'flight').ok, true);
    for (let i = 0; i < 7; i++) index.remove(i + 1);
    assert.equal(index.layout().persons.count, 0);
  });
});
