import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addMonths, compareCivil, fromDayNumber, toDayNumber } from '../civil-date.js';
import { LISTING_AGGRAVATIONS, LISTING_AGGRAVATION_LABELS, LISTING_GROUNDS, LISTING_GROUND_LABELS, assessListing, isListingAggravation, isListingGround } from './index.js';
import type { Eligibility, ListingGround, ListingInput, ListingTerms } from './index.js';
import { listingInput, organisationDebtor, personDebtor, residentId } from './credit-fixtures.js';

function terms(e: Eligibility<ListingTerms>): ListingTerms {
  if (!e.eligible) assert.fail(`expected eligible, got ${e.problems.map((p) => p.code).join(', ')}`);
  return e.terms;
}
function codes(e: Eligibility<unknown>): string[] {
  return e.problems.map((p) => p.code);
}

describe('listing grounds (失信规定 2017 art. 1)', () => {
  it('are the six items in the order of the 2017 text', () => {
    assert.deepEqual(
      LISTING_GROUNDS.map((g) => [g, LISTING_GROUND_LABELS[g].item]),
      [
        ['ableButRefuses', 1],
        ['obstructsEnforcement', 2],
        ['evadesEnforcement', 3],
        ['breachesPropertyReport', 4],
        ['breachesConsumptionRestriction', 5],
        ['breachesSettlement', 6],
      ],
    );
    assert.match(LISTING_GROUND_LABELS.breachesConsumptionRestriction.zh, /违反限制消费令/);
    for (const g of LISTING_GROUNDS) assert.ok(LISTING_GROUND_LABELS[g].zh.length > 0 && LISTING_GROUND_LABELS[g].en.length > 0);
    for (const a of LISTING_AGGRAVATIONS) assert.ok(LISTING_AGGRAVATION_LABELS[a].zh.length > 0 && LISTING_AGGRAVATION_LABELS[a].en.length > 0);
  });
  it('isListingGround / isListingAggravation', () => {
    assert.equal(isListingGround('evadesEnforcement'), true);
    assert.equal(isListingGround('refusesToPay'), false);
    assert.equal(isListingGround(3), false);
    assert.equal(isListingAggravation('multipleDishonestActs'), true);
    assert.equal(isListingAggravation('violence'), false);
  });
});

describe('assessListing: period by ground and extension (art. 2 ¶1)', () => {
  // First, the period of ground 1: none, the entry lasts until a deletion ground arises.
  it('ground 1 has no period and no expiry', () => {
    const t = terms(assessListing(listingInput({ ground: 'ableButRefuses' })));
    assert.deepEqual(t, {
      periodYears: null,
      publishOn: '2026-03-10',
      expiresOn: null,
      legalBasis: '民事诉讼法第二百六十六条；最高人民法院关于公布失信被执行人名单信息的若干规定第一条第（一）项、第十条',
    });
  });

  const PERIOD_GROUNDS = LISTING_GROUNDS.filter((g) => g !== 'ableButRefuses');
  const numerals = ['一', '二', '三', '四', '五', '六'];
  for (const ground of PERIOD_GROUNDS) {
    for (const extensionYears of [0, 1, 2, 3]) {
      it(`${ground}, extended by ${String(extensionYears)}: ${String(2 + extensionYears)} years from publication`, () => {
        const t = terms(assessListing(listingInput({ ground, extensionYears, aggravation: extensionYears > 0 ? 'multipleDishonestActs' : null })));
        assert.equal(t.periodYears, 2 + extensionYears);
        assert.equal(t.publishOn, '2026-03-10');
        assert.equal(t.expiresOn, `${String(2028 + extensionYears)}-03-10`);
        assert.equal(t.legalBasis, `民事诉讼法第二百六十六条；最高人民法院关于公布失信被执行人名单信息的若干规定第一条第（${numerals[LISTING_GROUND_LABELS[ground].item - 1] ?? ''}）项、第二条第一款`);
      });
    }
  }

  it('an aggravation without extension is recorded but changes nothing', () => {
    assert.equal(terms(assessListing(listingInput({ ground: 'obstructsEnforcement', aggravation: 'seriousObstruction' }))).periodYears, 2);
  });

  const REFUSED: ReadonlyArray<{ name: string; input: Partial<ListingInput>; codes: string[] }> = [
    { name: 'ground 1 cannot be extended', input: { ground: 'ableButRefuses', extensionYears: 1, aggravation: 'multipleDishonestActs' }, codes: ['LISTING_EXTENSION_NOT_FOR_GROUND'] },
    { name: 'an extension needs an aggravation', input: { ground: 'obstructsEnforcement', extensionYears: 2 }, codes: ['LISTING_EXTENSION_WITHOUT_AGGRAVATION'] },
    { name: 'at most 3 years of extension', input: { ground: 'obstructsEnforcement', extensionYears: 4, aggravation: 'seriousObstruction' }, codes: ['LISTING_EXTENSION_OUT_OF_RANGE'] },
    { name: 'no negative extension', input: { extensionYears: -1, aggravation: 'seriousObstruction' }, codes: ['LISTING_EXTENSION_OUT_OF_RANGE'] },
    { name: 'whole years only', input: { extensionYears: 1.5, aggravation: 'seriousObstruction' }, codes: ['LISTING_EXTENSION_OUT_OF_RANGE'] },
    { name: 'ground 1 with 5 years and no aggravation: both problems', input: { ground: 'ableButRefuses', extensionYears: 5 }, codes: ['LISTING_EXTENSION_OUT_OF_RANGE', 'LISTING_EXTENSION_NOT_FOR_GROUND'] },
    { name: 'unknown aggravation', input: { extensionYears: 1, aggravation: 'bribery' as never }, codes: ['LISTING_UNKNOWN_AGGRAVATION'] },
    { name: 'unknown ground', input: { ground: 'lazy' as ListingGround }, codes: ['LISTING_UNKNOWN_GROUND'] },
  ];
  for (const c of REFUSED) {
    it(`refuses: ${c.name}`, () => {
      assert.deepEqual(codes(assessListing(listingInput(c.input))), c.codes);
    });
  }
});

describe('assessListing: grace period (2019 善意文明执行意见)', () => {
  const TABLE: ReadonlyArray<{ decision: string; grace: number; publishOn: string; expiresOn: string }> = [
    { decision: '2026-01-31', grace: 0, publishOn: '2026-01-31', expiresOn: '2028-01-31' },
    // Month-end: the same day number, or the last day of a shorter month (民法典 art. 202).
    { decision: '2026-01-31', grace: 1, publishOn: '2026-02-28', expiresOn: '2028-02-28' },
    { decision: '2026-01-31', grace: 2, publishOn: '2026-03-31', expiresOn: '2028-03-31' },
    { decision: '2026-01-31', grace: 3, publishOn: '2026-04-30', expiresOn: '2028-04-30' },
    { decision: '2027-11-30', grace: 3, publishOn: '2028-02-29', expiresOn: '2030-02-28' },
    { decision: '2026-03-10', grace: 2, publishOn: '2026-05-10', expiresOn: '2028-05-10' },
  ];
  for (const c of TABLE) {
    it(`decided ${c.decision}, grace ${String(c.grace)} → published ${c.publishOn}, expires ${c.expiresOn}`, () => {
      const t = terms(assessListing(listingInput({ decisionDate: c.decision, gracePeriodMonths: c.grace })));
      assert.equal(t.publishOn, c.publishOn);
      // The period runs from publication, not from the decision.
      assert.equal(t.expiresOn, c.expiresOn);
      assert.equal(t.legalBasis.includes('善意文明执行理念的意见'), c.grace > 0);
    });
  }
  it('the publication date is not carried past a holiday (it is no time limit for a party)', () => {
    assert.equal(terms(assessListing(listingInput({ decisionDate: '2026-09-01', gracePeriodMonths: 1 }))).publishOn, '2026-10-01');
  });
  for (const grace of [4, -1, 0.5, Number.NaN]) {
    it(`refuses a grace period of ${String(grace)}`, () => {
      const e = assessListing(listingInput({ gracePeriodMonths: grace }));
      assert.deepEqual(codes(e), ['LISTING_GRACE_PERIOD_OUT_OF_RANGE']);
    });
  }
  it('publication is never before the decision and the period is exact (property)', () => {
    const day = fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2040-12-31') });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 3 }), fc.constantFrom(...LISTING_GROUNDS.slice(1)), fc.integer({ min: 0, max: 3 }), (d, grace, ground, ext) => {
        const decisionDate = fromDayNumber(d);
        const t = terms(assessListing(listingInput({ decisionDate, gracePeriodMonths: grace, ground, extensionYears: ext, aggravation: ext > 0 ? 'seriousObstruction' : null })));
        assert.ok(compareCivil(t.publishOn, decisionDate) >= 0);
        assert.equal(t.publishOn, addMonths(decisionDate, grace));
        assert.equal(t.expiresOn, addMonths(t.publishOn, (2 + ext) * 12));
      }),
    );
  });
});

describe('assessListing: the debtor (arts. 4, 6)', () => {
  const born = '2008-06-15';
  it('refuses a minor: 17 years 364 days on the decision date', () => {
    const e = assessListing(listingInput({ debtor: personDebtor({ birthDate: born }), decisionDate: '2026-06-14' }));
    assert.deepEqual(codes(e), ['LISTING_DEBTOR_MINOR']);
    const p = e.problems[0]!;
    assert.equal(p.messageZh, '被执行人为未成年人，不得纳入失信名单（失信规定第四条）');
    assert.equal(p.messageEn, 'A minor may not be put on the dishonest list (失信规定 art. 4)');
    assert.deepEqual(p.details, { birthDate: born, decisionDate: '2026-06-14' });
  });
  it('lists someone who turns 18 on the decision date', () => {
    assert.equal(assessListing(listingInput({ debtor: personDebtor({ birthDate: born }), decisionDate: '2026-06-15' })).eligible, true);
  });
  it('born on 29 February: still a minor on 28 February of the 18th year', () => {
    assert.deepEqual(codes(assessListing(listingInput({ debtor: personDebtor({ birthDate: '2008-02-29' }), decisionDate: '2026-02-28' }))), ['LISTING_DEBTOR_MINOR']);
    assert.equal(assessListing(listingInput({ debtor: personDebtor({ birthDate: '2008-02-29' }), decisionDate: '2026-03-01' })).eligible, true);
  });
  it('a minor by the decision date even with a grace period ending after the 18th birthday', () => {
    assert.deepEqual(codes(assessListing(listingInput({ debtor: personDebtor({ birthDate: born }), decisionDate: '2026-05-01', gracePeriodMonths: 3 }))), ['LISTING_DEBTOR_MINOR']);
  });

  const IDENTITY: ReadonlyArray<{ name: string; debtor: ListingInput['debtor']; codes: string[]; cause?: string }> = [
    { name: 'a person without an ID number', debtor: personDebtor({ idNumber: null }), codes: ['SUBJECT_ID_NUMBER_MISSING'] },
    { name: 'a person with a blank ID number', debtor: personDebtor({ idNumber: '  ' }), codes: ['SUBJECT_ID_NUMBER_MISSING'] },
    { name: 'a wrong check digit', debtor: personDebtor({ idNumber: residentId('1980-05-20').slice(0, 17) + (residentId('1980-05-20').endsWith('0') ? '1' : '0') }), codes: ['SUBJECT_ID_NUMBER_INVALID'], cause: 'RESIDENT_ID_WRONG_CHECK_DIGIT' },
    { name: 'a birth date after the decision', debtor: personDebtor({ birthDate: '2026-04-01' }), codes: ['SUBJECT_ID_NUMBER_INVALID'], cause: 'RESIDENT_ID_BIRTH_DATE_IN_FUTURE' },
    { name: 'a blank name', debtor: personDebtor({ name: ' ' }), codes: ['SUBJECT_NAME_MISSING'] },
    { name: 'an organisation without a credit code', debtor: organisationDebtor({ creditCode: null }), codes: ['SUBJECT_CREDIT_CODE_MISSING'] },
    { name: 'an organisation with a blank credit code', debtor: organisationDebtor({ creditCode: '' }), codes: ['SUBJECT_CREDIT_CODE_MISSING'] },
    { name: 'an organisation with a wrong credit code', debtor: organisationDebtor({ creditCode: '91350100M000100Y44' }), codes: ['SUBJECT_CREDIT_CODE_INVALID'], cause: 'CREDIT_CODE_WRONG_CHECK_CHARACTER' },
  ];
  for (const c of IDENTITY) {
    it(`refuses ${c.name}`, () => {
      const e = assessListing(listingInput({ debtor: c.debtor }));
      assert.deepEqual(codes(e), c.codes);
      const p = e.problems[0]!;
      assert.match(p.messageZh, /失信规定第六条/);
      assert.match(p.messageEn, /失信规定 art\. 6/);
      if (c.cause) assert.equal(p.details?.['cause'], c.cause);
    });
  }
  it('an invalid ID number is masked in the details and messages', () => {
    const bad = residentId('1980-05-20').slice(0, 17) + 'Y';
    const p = assessListing(listingInput({ debtor: personDebtor({ idNumber: bad }) })).problems[0]!;
    assert.equal(p.code, 'SUBJECT_ID_NUMBER_INVALID');
    assert.ok(!p.messageZh.includes(bad));
  });
  it('lists an organisation with a valid credit code', () => {
    assert.equal(assessListing(listingInput({ debtor: organisationDebtor() })).eligible, true);
  });
});

describe('assessListing: ground 1 attestations (art. 3)', () => {
  const KEYS = ['securityProvided', 'seizedPropertySufficient', 'laterInPerformanceOrder'] as const;
  const CODE = { securityProvided: 'LISTING_SECURITY_PROVIDED', seizedPropertySufficient: 'LISTING_SEIZED_PROPERTY_SUFFICIENT', laterInPerformanceOrder: 'LISTING_LATER_IN_PERFORMANCE_ORDER' };
  // Every combination of the three attestations, for ground 1 and for another ground.
  for (let mask = 0; mask < 8; mask += 1) {
    const attestations = { securityProvided: (mask & 1) !== 0, seizedPropertySufficient: (mask & 2) !== 0, laterInPerformanceOrder: (mask & 4) !== 0 };
    const expected = KEYS.filter((k) => attestations[k]).map((k) => CODE[k]);
    it(`ground 1 with ${JSON.stringify(attestations)} → ${expected.join(', ') || 'eligible'}`, () => {
      assert.deepEqual(codes(assessListing(listingInput({ ground: 'ableButRefuses', attestations }))), expected);
    });
    it(`ground 2 ignores ${JSON.stringify(attestations)}`, () => {
      assert.equal(assessListing(listingInput({ ground: 'obstructsEnforcement', attestations })).eligible, true);
    });
  }
  it('messages cite art. 3 and its item', () => {
    const e = assessListing(listingInput({ ground: 'ableButRefuses', attestations: { securityProvided: true, seizedPropertySufficient: true, laterInPerformanceOrder: true } }));
    assert.deepEqual(
      e.problems.map((p) => /第三条第（(.)）项/.exec(p.messageZh)?.[1]),
      ['一', '二', '三'],
    );
    for (const p of e.problems) assert.match(p.messageEn, /失信规定 art\. 3 item [123]/);
  });
});

describe('assessListing: procedure (art. 5, art. 10 ¶4; 限高规定 art. 1)', () => {
  const TABLE: ReadonlyArray<{ name: string; input: Partial<ListingInput>; codes: string[] }> = [
    { name: 'closed case', input: { caseOpen: false }, codes: ['LISTING_CASE_NOT_OPEN'] },
    { name: 'notice not served', input: { noticeServed: false }, codes: ['LISTING_NOTICE_NOT_SERVED'] },
    { name: 'already listed', input: { alreadyListed: true }, codes: ['LISTING_ALREADY_LISTED'] },
    { name: 'no consumption restriction yet', input: { consumptionRestricted: false }, codes: ['LISTING_CONSUMPTION_NOT_RESTRICTED'] },
    { name: 'creditor asks within 6 months of its own deletion', input: { onApplicantRequest: true, relistBarredUntil: '2026-04-01' }, codes: ['LISTING_RELIST_BARRED'] },
    { name: 'creditor asks on the last barred day', input: { onApplicantRequest: true, relistBarredUntil: '2026-03-10' }, codes: ['LISTING_RELIST_BARRED'] },
    { name: 'creditor asks the day after the bar', input: { onApplicantRequest: true, relistBarredUntil: '2026-03-09' }, codes: [] },
    { name: 'the court lists ex officio during the bar', input: { onApplicantRequest: false, relistBarredUntil: '2026-04-01' }, codes: [] },
  ];
  for (const c of TABLE) {
    it(`${c.name} → ${c.codes.join(', ') || 'eligible'}`, () => {
      assert.deepEqual(codes(assessListing(listingInput(c.input))), c.codes);
    });
  }

  it('collects every problem at once, not just the first', () => {
    const e = assessListing(
      listingInput({
        ground: 'ableButRefuses',
        debtor: personDebtor({ birthDate: '2010-01-01' }),
        caseOpen: false,
        noticeServed: false,
        alreadyListed: true,
        consumptionRestricted: false,
        onApplicantRequest: true,
        relistBarredUntil: '2026-12-31',
        attestations: { securityProvided: true, seizedPropertySufficient: false, laterInPerformanceOrder: false },
        gracePeriodMonths: 6,
        extensionYears: 1,
      }),
    );
    assert.equal(e.eligible, false);
    assert.deepEqual(codes(e), [
      'LISTING_CASE_NOT_OPEN',
      'LISTING_NOTICE_NOT_SERVED',
      'LISTING_ALREADY_LISTED',
      'LISTING_CONSUMPTION_NOT_RESTRICTED',
      'LISTING_RELIST_BARRED',
      'LISTING_DEBTOR_MINOR',
      'LISTING_SECURITY_PROVIDED',
      'LISTING_GRACE_PERIOD_OUT_OF_RANGE',
      'LISTING_EXTENSION_NOT_FOR_GROUND',
    ]);
    for (const p of e.problems) assert.ok(p.messageZh.length > 0 && p.messageEn.length > 0);
  });

  it('an eligible answer has an empty problem list', () => {
    const e = assessListing(listingInput());
    assert.equal(e.eligible, true);
    assert.deepEqual(e.problems, []);
  });

  it('throws INVALID_DATE on a malformed decision date (a caller bug)', () => {
    assert.throws(() => assessListing(listingInput({ decisionDate: '2026-02-30', onApplicantRequest: true, relistBarredUntil: '2026-01-01' })), /INVALID_DATE/);
  });
});
