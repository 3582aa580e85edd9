import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCalendar } from '../calendar/index.js';
import { LISTING_GROUNDS, REMOVAL_GROUNDS, REMOVAL_GROUND_LABELS, assessRemoval, isRemovalGround, relistBarredUntil, removalDueDate } from './index.js';
import type { RemovalGround, RemovalInput } from './index.js';

const cal = createCalendar();

describe('removal grounds (失信规定 2017 arts. 2, 9, 10, 12)', () => {
  it('are the eleven grounds with their articles', () => {
    assert.deepEqual(
      REMOVAL_GROUNDS.map((g) => [g, REMOVAL_GROUND_LABELS[g].article]),
      [
        ['performed', '失信规定第十条第一款第（一）项'],
        ['settlementPerformed', '失信规定第十条第一款第（二）项'],
        ['applicantRequest', '失信规定第十条第一款第（三）项'],
        ['noPropertyAfterInquiries', '失信规定第十条第一款第（四）项'],
        ['stayed', '失信规定第十条第一款第（五）项'],
        ['notEnforced', '失信规定第十条第一款第（六）项'],
        ['terminated', '失信规定第十条第一款第（七）项'],
        ['periodExpired', '失信规定第十条第二款'],
        ['wronglyListed', '失信规定第九条'],
        ['correctionGranted', '失信规定第十二条'],
        ['earlyDeletion', '失信规定第二条第二款'],
      ],
    );
    for (const g of REMOVAL_GROUNDS) assert.ok(REMOVAL_GROUND_LABELS[g].zh.length > 0 && REMOVAL_GROUND_LABELS[g].en.length > 0);
    // Only early deletion is at the court's discretion ("可以").
    assert.deepEqual(REMOVAL_GROUNDS.filter((g) => !REMOVAL_GROUND_LABELS[g].mandatory), ['earlyDeletion']);
  });
  it('isRemovalGround', () => {
    assert.equal(isRemovalGround('terminated'), true);
    assert.equal(isRemovalGround('forgiven'), false);
  });
});

describe('removalDueDate: 3 working days (arts. 9, 10)', () => {
  const TABLE: ReadonlyArray<{ name: string; arisenOn: string; dueDate: string; uncoveredYears?: number[] }> = [
    { name: 'an ordinary week', arisenOn: '2026-03-03', dueDate: '2026-03-06' },
    { name: 'arising on a Friday skips the weekend', arisenOn: '2026-03-06', dueDate: '2026-03-11' },
    { name: 'arising on a Saturday', arisenOn: '2026-03-07', dueDate: '2026-03-11' },
    { name: 'before National Day: 10-08, 10-09 and the make-up Saturday 10-10', arisenOn: '2026-09-30', dueDate: '2026-10-10' },
    { name: 'arising during the National Day holiday', arisenOn: '2026-10-03', dueDate: '2026-10-10' },
    { name: 'before the Spring Festival: the make-up Saturday 02-14 counts, the holiday does not', arisenOn: '2026-02-12', dueDate: '2026-02-24' },
    { name: 'the make-up Saturday 02-28 counts', arisenOn: '2026-02-26', dueDate: '2026-03-02' },
    { name: 'the make-up Sunday 09-20 counts', arisenOn: '2026-09-17', dueDate: '2026-09-21' },
    { name: 'into a year without an official schedule', arisenOn: '2026-12-30', dueDate: '2027-01-04', uncoveredYears: [2027] },
  ];
  for (const c of TABLE) {
    it(`${c.name}: ${c.arisenOn} → ${c.dueDate}`, () => {
      const r = removalDueDate(c.arisenOn, cal);
      assert.equal(r.dueDate, c.dueDate);
      assert.deepEqual(r.uncoveredYears, c.uncoveredYears ?? []);
      assert.equal(r.rolledFrom, undefined);
    });
  }
  it('uses the built-in schedules when no calendar is passed', () => {
    assert.deepEqual(removalDueDate('2026-09-30'), removalDueDate('2026-09-30', cal));
  });
  it('follows an administrator-entered year', () => {
    const with2027 = createCalendar({ extraYears: [{ year: 2027, holidays: ['2027-01-01'], makeupWorkdays: [] }] });
    assert.deepEqual(removalDueDate('2026-12-30', with2027), { dueDate: '2027-01-05', uncoveredYears: [] });
  });
});

function input(overrides: Partial<RemovalInput> = {}): RemovalInput {
  return { ground: 'performed', listingGround: 'ableButRefuses', expiresOn: null, arisenOn: '2026-05-06', today: '2026-05-07', inquiriesAfterTerminationForNow: 0, ...overrides };
}
function codes(overrides: Partial<RemovalInput>): string[] {
  return assessRemoval(input(overrides)).problems.map((p) => p.code);
}

describe('assessRemoval', () => {
  it('every ground of art. 10 ¶1 items 1–3, 5–7 and arts. 9, 12, 2 ¶2 holds for any listing', () => {
    const plain: RemovalGround[] = ['performed', 'settlementPerformed', 'applicantRequest', 'stayed', 'notEnforced', 'terminated', 'wronglyListed', 'correctionGranted', 'earlyDeletion'];
    for (const ground of plain) {
      for (const listingGround of LISTING_GROUNDS) {
        const expiresOn = listingGround === 'ableButRefuses' ? null : '2028-05-06';
        const e = assessRemoval(input({ ground, listingGround, expiresOn }));
        if (!e.eligible) assert.fail(`${ground} on ${listingGround}: ${e.problems.map((p) => p.code).join()}`);
        assert.equal(e.terms.mandatory, ground !== 'earlyDeletion');
        assert.equal(e.terms.countsFrom, '2026-05-06');
        assert.ok(e.terms.legalBasis.startsWith('最高人民法院关于公布失信被执行人名单信息的若干规定第'));
      }
    }
  });
  it('states the legal basis in full', () => {
    const e = assessRemoval(input({ ground: 'terminated' }));
    assert.ok(e.eligible);
    assert.equal(e.terms.legalBasis, '最高人民法院关于公布失信被执行人名单信息的若干规定第十条第一款第（七）项');
  });

  const TABLE: ReadonlyArray<{ name: string; input: Partial<RemovalInput>; codes: string[] }> = [
    // Art. 10 ¶1 item 4: two or more inquiries after 终本, for a ground-1 entry.
    { name: 'no property after 2 inquiries, ground 1', input: { ground: 'noPropertyAfterInquiries', inquiriesAfterTerminationForNow: 2 }, codes: [] },
    { name: 'no property after 3 inquiries, ground 1', input: { ground: 'noPropertyAfterInquiries', inquiriesAfterTerminationForNow: 3 }, codes: [] },
    { name: 'only 1 inquiry', input: { ground: 'noPropertyAfterInquiries', inquiriesAfterTerminationForNow: 1 }, codes: ['REMOVAL_INQUIRIES_INSUFFICIENT'] },
    { name: 'inquiries not a number', input: { ground: 'noPropertyAfterInquiries', inquiriesAfterTerminationForNow: Number.NaN }, codes: ['REMOVAL_INQUIRIES_INSUFFICIENT'] },
    // Art. 10 ¶2: item 4 does not apply to an entry with a period.
    { name: 'item 4 for a period-based entry', input: { ground: 'noPropertyAfterInquiries', listingGround: 'evadesEnforcement', expiresOn: '2028-01-01', inquiriesAfterTerminationForNow: 2 }, codes: ['REMOVAL_INQUIRIES_NOT_FOR_PERIOD_LISTING'] },
    { name: 'item 4 for a period-based entry with 0 inquiries', input: { ground: 'noPropertyAfterInquiries', listingGround: 'breachesSettlement', expiresOn: '2028-01-01' }, codes: ['REMOVAL_INQUIRIES_NOT_FOR_PERIOD_LISTING', 'REMOVAL_INQUIRIES_INSUFFICIENT'] },
    // Art. 10 ¶2: the period must have ended.
    { name: 'period expired on today', input: { ground: 'periodExpired', listingGround: 'evadesEnforcement', expiresOn: '2026-05-07', arisenOn: '2026-05-07' }, codes: [] },
    { name: 'period expired before today', input: { ground: 'periodExpired', listingGround: 'evadesEnforcement', expiresOn: '2026-05-01', arisenOn: '2026-05-01' }, codes: [] },
    { name: 'period ends tomorrow', input: { ground: 'periodExpired', listingGround: 'evadesEnforcement', expiresOn: '2026-05-08', arisenOn: '2026-05-07' }, codes: ['REMOVAL_PERIOD_NOT_EXPIRED'] },
    { name: 'ground 1 has no period to expire', input: { ground: 'periodExpired' }, codes: ['REMOVAL_NO_LISTING_PERIOD'] },
    // A ground is recorded after it arose.
    { name: 'a ground arising tomorrow', input: { arisenOn: '2026-05-08' }, codes: ['REMOVAL_ARISEN_IN_FUTURE'] },
    { name: 'a ground arising today', input: { arisenOn: '2026-05-07' }, codes: [] },
    { name: 'an unknown ground', input: { ground: 'forgiven' as RemovalGround }, codes: ['REMOVAL_UNKNOWN_GROUND'] },
  ];
  for (const c of TABLE) {
    it(`${c.name} → ${c.codes.join(', ') || 'eligible'}`, () => {
      assert.deepEqual(codes(c.input), c.codes);
    });
  }

  it('the 3 working days of an expired period run from the end of the period', () => {
    const e = assessRemoval(input({ ground: 'periodExpired', listingGround: 'obstructsEnforcement', expiresOn: '2026-09-30', arisenOn: '2026-10-02', today: '2026-10-02' }));
    assert.ok(e.eligible);
    assert.equal(e.terms.countsFrom, '2026-09-30');
    assert.equal(removalDueDate(e.terms.countsFrom, cal).dueDate, '2026-10-10');
    assert.equal(e.terms.legalBasis, '最高人民法院关于公布失信被执行人名单信息的若干规定第十条第二款');
  });
  it('messages name the rule in both languages', () => {
    const e = assessRemoval(input({ ground: 'noPropertyAfterInquiries', listingGround: 'evadesEnforcement', inquiriesAfterTerminationForNow: 1 }));
    assert.match(e.problems[0]!.messageZh, /失信规定第十条第二款/);
    assert.match(e.problems[0]!.messageEn, /失信规定 art\. 10 ¶2/);
    assert.match(e.problems[1]!.messageZh, /目前为 1 次/);
    assert.deepEqual(e.problems[1]!.details, { inquiries: 1, required: 2 });
  });
});

describe('relistBarredUntil (art. 10 ¶4)', () => {
  const TABLE: ReadonlyArray<[RemovalGround, string, string | null]> = [
    ['applicantRequest', '2026-03-15', '2026-09-15'],
    ['applicantRequest', '2026-08-31', '2027-02-28'],
    ['applicantRequest', '2027-08-31', '2028-02-29'],
    ['performed', '2026-03-15', null],
    ['earlyDeletion', '2026-03-15', null],
    ['periodExpired', '2026-03-15', null],
  ];
  for (const [ground, removedOn, expected] of TABLE) {
    it(`${ground} on ${removedOn} → ${String(expected)}`, () => {
      assert.equal(relistBarredUntil(ground, removedOn), expected);
    });
  }
});
