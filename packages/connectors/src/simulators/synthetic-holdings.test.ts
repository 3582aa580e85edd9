import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { zHolding, zInquiryResult, type AssistSubject, type Holding } from '@zhixing/contracts';
import { INSTITUTION_CATEGORIES, INSTITUTION_CATEGORY_LIST, PROPERTY_KINDS, type InstitutionCategory, type PropertyKind } from '@zhixing/domain';
import { SYNTHETIC_AS_OF, seededRandom, syntheticHoldings } from './synthetic-holdings.js';

// Fixed debtor lists: mostly Dalian and Shenyang, some elsewhere, one area the generator does not know (371002).
const AREAS = ['210202', '210203', '210204', '210211', '210213', '210102', '210106', '210302', '110105', '310115', '440305', '330106', '371002'];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A resident identity number with its check digit (GB 11643, ISO 7064 MOD 11-2). */
function idNumber(area: string, birth: string, seq: number): string {
  const body = `${area}${birth}${String(seq).padStart(3, '0')}`;
  const sum = [...body].reduce((s, ch, i) => s + Number(ch) * (ID_WEIGHTS[i] ?? 0), 0);
  return body + '10X98765432'.charAt(sum % 11);
}

const area = (n: number) => AREAS[n % AREAS.length]!;
const person = (n: number): AssistSubject => ({
  kind: 'person',
  name: `被执行人${n}`,
  idNumber: idNumber(area(n), `${1950 + ((n * 7) % 54)}${String(1 + (n % 12)).padStart(2, '0')}${String(1 + ((n * 3) % 28)).padStart(2, '0')}`, n % 1000),
});
const organisation = (n: number): AssistSubject => ({ kind: 'organisation', name: `被执行单位${n}`, creditCode: `91${area(n)}MA${String(n).padStart(6, '0')}X${n % 10}` });

const PERSONS = Array.from({ length: 2000 }, (_, n) => person(n));
const ORGANISATIONS = Array.from({ length: 2000 }, (_, n) => organisation(n));
const INFO_ONLY: readonly PropertyKind[] = ['socialInsurance', 'taxRecord', 'whereabouts', 'travelRecord'];

const codeOf = (category: InstitutionCategory) => `${category}-dl-001`;
const holdingsOf = (category: InstitutionCategory, subjects: readonly AssistSubject[]) => subjects.map((s) => syntheticHoldings(category, codeOf(category), s));
const noneShare = (all: readonly Holding[][]) => all.filter((h) => h.length === 0).length / all.length;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const amountOf = (h: Holding) => h.balanceFen ?? h.valuation?.amountFen;
const YUAN = 100;

const luhnValid = (digits: string) =>
  [...digits].reverse().reduce((s, ch, i) => {
    const d = Number(ch) * (i % 2 === 1 ? 2 : 1);
    return s + (d > 9 ? d - 9 : d);
  }, 0) % 10 === 0;

const arbSubject: fc.Arbitrary<AssistSubject> = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map(person),
  fc.integer({ min: 0, max: 1_000_000 }).map(organisation),
  // Whatever an institution may be sent: old 15-digit numbers, foreign ids, codes of no known area.
  fc.record({ kind: fc.constant('person' as const), name: fc.constant('某某'), idNumber: fc.stringMatching(/^[0-9A-Za-z]{1,40}$/) }),
  fc.record({ kind: fc.constant('organisation' as const), name: fc.constant('某公司'), creditCode: fc.stringMatching(/^[0-9A-Z]{1,40}$/) }),
);
const arbCategory = fc.constantFrom(...INSTITUTION_CATEGORY_LIST);
const arbCode = fc.stringMatching(/^[A-Za-z0-9_.-]{1,64}$/);

/** The checks every answer must pass, whatever the category and subject. */
function assertWellFormed(category: InstitutionCategory, holdings: readonly Holding[], asOf = SYNTHETIC_AS_OF): void {
  zInquiryResult.parse({ type: 'inquiryResult', holdings });
  const reports: readonly string[] = INSTITUTION_CATEGORIES[category].reports;
  const refs = new Set<string>();
  for (const h of holdings) {
    zHolding.parse(h);
    assert.ok(reports.includes(h.kind), `${category} reported ${h.kind}`);
    assert.ok(!refs.has(h.ref), `duplicate ref ${h.ref}`);
    refs.add(h.ref);
    assert.match(h.description, /[\u4e00-\u9fff]/);
    for (const amount of [h.balanceFen, h.valuation?.amountFen, ...h.encumbrances.map((e) => e.amountFen)]) {
      if (amount !== undefined) assert.ok(Number.isSafeInteger(amount) && amount >= 0, `amount ${amount}`);
    }
    if (INFO_ONLY.includes(h.kind)) {
      assert.equal(PROPERTY_KINDS[h.kind].control, null);
      assert.equal(h.balanceFen, undefined);
      assert.equal(h.valuation, undefined);
      assert.deepEqual(h.encumbrances, []);
    } else {
      assert.ok((h.balanceFen === undefined) !== (h.valuation === undefined), `${h.kind}: a balance or a valuation, one of them`);
    }
    const controls = h.encumbrances.filter((e) => e.kind === 'courtControl');
    // Other courts' controls: numbered 1, 2, … in the order they were registered, each with its case.
    assert.deepEqual(controls.map((e) => e.registeredSeq), controls.map((_, i) => i + 1));
    for (let i = 1; i < controls.length; i++) assert.ok(controls[i - 1]!.since! <= controls[i]!.since!);
    for (const e of controls) assert.match(e.caseNumber ?? '', /^（\d{4}）[辽京沪粤浙]\d{2,4}执(保)?\d{1,4}号$/);
    for (const e of h.encumbrances) {
      if (e.since !== undefined) assert.ok(e.since <= asOf, `${e.since} after ${asOf}`);
      if (e.kind === 'mortgage') assert.ok(e.amountFen! < h.valuation!.amountFen, 'a mortgage secures less than the value');
    }
  }
}

describe('seededRandom', () => {
  it('gives the same sequence for the same seed, another for another, within its ranges', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (seed, min, span) => {
        const a = seededRandom(seed);
        const b = seededRandom(seed);
        for (let i = 0; i < 20; i++) {
          const x = a();
          assert.equal(x, b());
          assert.ok(x >= 0 && x < 1);
          const n = a.int(min, min + span);
          assert.equal(n, b.int(min, min + span));
          assert.ok(Number.isInteger(n) && n >= min && n <= min + span);
        }
      }),
    );
    const first = (seed: string) => Array.from({ length: 4 }, seededRandom(seed));
    assert.notDeepEqual(first('a'), first('b'));
    // Roughly uniform: each tenth of [0, 1) gets its share of 10,000 draws.
    const r = seededRandom('uniform');
    const bins = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) bins[Math.floor(r() * 10)]!++;
    assert.ok(bins.every((n) => n > 850 && n < 1150), bins.join(','));
    assert.throws(() => r.pick([]), RangeError);
  });
});

describe('syntheticHoldings', () => {
  it('is deterministic: the same institution and subject, the same answer; the name plays no part', () => {
    fc.assert(
      fc.property(arbCategory, arbCode, arbSubject, (category, code, subject) => {
        const once = syntheticHoldings(category, code, subject);
        assert.deepEqual(syntheticHoldings(category, code, structuredClone(subject)), once);
        assert.deepEqual(syntheticHoldings(category, code, { ...subject, name: '另一个名字' }), once);
      }),
      { numRuns: 300 },
    );
  });

  it('two institutions of a category answer differently, each stably', () => {
    for (const category of ['bank', 'realEstateRegistry', 'telecom'] as const) {
      const subjects = PERSONS.slice(0, 300);
      const a = subjects.map((s) => syntheticHoldings(category, `${category}-a`, s));
      const b = subjects.map((s) => syntheticHoldings(category, `${category}-b`, s));
      const differ = a.filter((h, i) => JSON.stringify(h) !== JSON.stringify(b[i])).length;
      assert.ok(differ > 60, `${category}: only ${differ} of 300 differ`);
    }
  });

  it('every answer passes the protocol schema: reported kinds, unique refs, whole non-negative fen', () => {
    fc.assert(
      fc.property(arbCategory, arbCode, arbSubject, (category, code, subject) => assertWellFormed(category, syntheticHoldings(category, code, subject))),
      { numRuns: 1000 },
    );
    for (const category of INSTITUTION_CATEGORY_LIST) {
      for (const all of [holdingsOf(category, PERSONS), holdingsOf(category, ORGANISATIONS)]) for (const h of all) assertWellFormed(category, h);
    }
  });

  it('dates nothing after the day it answers as of, and moves its dates with that day', () => {
    const subjects = PERSONS.slice(0, 400);
    const early = subjects.flatMap((s) => syntheticHoldings('realEstateRegistry', 're', s, { asOf: '2024-03-01' }));
    for (const h of early) for (const e of h.encumbrances) assert.ok(e.since! <= '2024-03-01');
    assert.ok(early.length > 50);
    const late = subjects.flatMap((s) => syntheticHoldings('realEstateRegistry', 're', s));
    assert.notDeepEqual(early, late);
  });

  it('answers nothing outside what a category can know: no provident fund or travel for an organisation', () => {
    for (const category of ['housingProvidentFund', 'exitEntry'] as const) {
      assert.equal(noneShare(holdingsOf(category, ORGANISATIONS)), 1, category);
      assert.ok(noneShare(holdingsOf(category, PERSONS)) < 0.9, category);
    }
  });

  describe('distributions over 2,000 persons and 2,000 organisations', () => {
    // Share of debtors with nothing at one institution: [min, max] for persons, then organisations.
    const NOTHING: Record<InstitutionCategory, readonly [readonly [number, number], readonly [number, number]]> = {
      bank: [[0.2, 0.5], [0.1, 0.4]],
      onlinePayment: [[0.25, 0.6], [0.45, 0.8]],
      housingProvidentFund: [[0.4, 0.8], [1, 1]],
      insurer: [[0.6, 0.9], [0.85, 1]],
      securitiesDepository: [[0.7, 0.95], [0.8, 0.99]],
      marketRegulation: [[0.6, 0.9], [0.5, 0.85]],
      realEstateRegistry: [[0.6, 0.8], [0.65, 0.92]],
      vehicleAdministration: [[0.45, 0.8], [0.45, 0.8]],
      shipRegistry: [[0.95, 1], [0.9, 1]],
      socialSecurity: [[0.15, 0.5], [0.15, 0.5]],
      tax: [[0.2, 0.6], [0, 0.2]],
      telecom: [[0.25, 0.6], [0.4, 0.8]],
      exitEntry: [[0.6, 0.9], [1, 1]],
    };

    for (const category of INSTITUTION_CATEGORY_LIST) {
      it(`${category}: most debtors have little, within the stated bounds`, () => {
        const [[pMin, pMax], [oMin, oMax]] = NOTHING[category];
        const persons = noneShare(holdingsOf(category, PERSONS));
        const organisations = noneShare(holdingsOf(category, ORGANISATIONS));
        assert.ok(persons >= pMin && persons <= pMax, `persons with nothing: ${persons}`);
        assert.ok(organisations >= oMin && organisations <= oMax, `organisations with nothing: ${organisations}`);
      });
    }

    it('bank: 1–3 accounts, numbers that pass the card check, balances skewed small with a long tail', () => {
      const all = holdingsOf('bank', PERSONS);
      const deposits = all.flat().filter((h) => h.kind === 'bankDeposit');
      assert.ok(all.every((h) => h.filter((x) => x.kind === 'bankDeposit').length <= 3));
      for (const d of deposits) {
        assert.match(d.ref, /^62\d{14,17}$/);
        assert.ok(luhnValid(d.ref), d.ref);
      }
      const balances = deposits.map((d) => d.balanceFen!);
      assert.ok(median(balances) < 10_000 * YUAN, `median ${median(balances)}`);
      assert.ok(balances.filter((b) => b < 1000 * YUAN).length / balances.length > 0.35, 'many under ¥1,000');
      assert.ok(balances.some((b) => b === 0), 'some accounts are empty');
      const large = balances.filter((b) => b >= 100_000 * YUAN).length / balances.length;
      assert.ok(large > 0.005 && large < 0.1, `over ¥100,000: ${large}`);
      const wealth = all.filter((h) => h.some((x) => x.kind === 'wealthProduct')).length / all.length;
      assert.ok(wealth > 0.005 && wealth < 0.1, `wealth products: ${wealth}`);
      // Organisations keep more in the bank.
      const orgBalances = holdingsOf('bank', ORGANISATIONS).flat().filter((h) => h.kind === 'bankDeposit').map((h) => h.balanceFen!);
      assert.ok(median(orgBalances) > median(balances));
    });

    it('real estate: 1–2 flats valued ¥300k–¥5M, often mortgaged below value, sometimes sealed by other courts', () => {
      const all = holdingsOf('realEstateRegistry', PERSONS);
      const flats = all.flat();
      assert.ok(all.every((h) => h.length <= 2));
      for (const f of flats) {
        assert.match(f.ref, /^[辽京沪粤浙]\(20\d{2}\)\S{2,4}市不动产权第\d{7}号$/);
        assert.ok(f.valuation!.amountFen >= 300_000 * YUAN && f.valuation!.amountFen <= 5_000_000 * YUAN, String(f.valuation!.amountFen));
      }
      const share = (kind: string) => flats.filter((f) => f.encumbrances.some((e) => e.kind === kind)).length / flats.length;
      assert.ok(share('mortgage') > 0.4 && share('mortgage') < 0.8, `mortgaged ${share('mortgage')}`);
      assert.ok(share('courtControl') > 0.05 && share('courtControl') < 0.4, `sealed ${share('courtControl')}`);
      assert.ok(flats.some((f) => f.encumbrances.filter((e) => e.kind === 'courtControl').length >= 2), 'some on a waiting list');
      const m = median(flats.map((f) => f.valuation!.amountFen));
      assert.ok(m > 600_000 * YUAN && m < 3_000_000 * YUAN, `median ${m}`);
    });

    it('vehicles: up to 2 per person, plates like 辽B·12345, valued ¥20k–¥300k', () => {
      const all = holdingsOf('vehicleAdministration', PERSONS);
      assert.ok(all.every((h) => h.length <= 2));
      const cars = all.flat();
      for (const car of cars) {
        assert.match(car.ref, /^[辽京沪粤浙][A-Z]·([A-HJ-NP-Z0-9]{5}|[DF]\d{5})$/);
        assert.ok(car.valuation!.amountFen >= 20_000 * YUAN && car.valuation!.amountFen <= 300_000 * YUAN);
      }
      assert.ok(cars.some((c) => c.ref.startsWith('辽B·')) && cars.some((c) => c.ref.startsWith('京N·')));
    });

    it('equity is valued at the registered capital times the share held', () => {
      const stakes = [...holdingsOf('marketRegulation', PERSONS), ...holdingsOf('marketRegulation', ORGANISATIONS)].flat();
      assert.ok(stakes.length > 500);
      for (const s of stakes) {
        assert.match(s.ref, /^91\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/);
        const [, capital, percent] = /注册资本([\d,]+)万元×持股比例(\d+)%/.exec(s.valuation!.basis)!;
        assert.equal(s.valuation!.amountFen, Number(capital!.replaceAll(',', '')) * 10_000 * YUAN * Number(percent) / 100);
      }
    });

    it('money elsewhere: small online balances, provident funds and cash values in plausible ranges', () => {
      const online = holdingsOf('onlinePayment', PERSONS).flat().map((h) => h.balanceFen!);
      assert.ok(median(online) < 1000 * YUAN, `online median ${median(online)}`);
      const fund = holdingsOf('housingProvidentFund', PERSONS).flat().map((h) => h.balanceFen!);
      assert.ok(median(fund) > 2000 * YUAN && median(fund) < 100_000 * YUAN, `provident median ${median(fund)}`);
      const policies = holdingsOf('insurer', PERSONS).flat();
      assert.ok(policies.every((p) => p.balanceFen !== undefined && p.valuation === undefined));
      const held = holdingsOf('securitiesDepository', PERSONS).flat();
      assert.ok(held.some((h) => h.kind === 'securities') && held.some((h) => h.kind === 'fundShares'));
      assert.ok(held.every((h) => /^(A\d{9}|0\d{9})-\d{6}$/.test(h.ref)), 'account-code refs');
      const ships = holdingsOf('shipRegistry', [...PERSONS, ...ORGANISATIONS]).flat();
      assert.ok(ships.length > 0 && ships.length < 200, `ships ${ships.length}`);
      assert.ok([...held, ...ships].every((h) => amountOf(h)! > 0));
    });

    it('information records: social insurance by id number, tax bands, phone numbers, passports', () => {
      const social = holdingsOf('socialSecurity', PERSONS);
      social.forEach((h, i) => h.forEach((x) => assert.equal(x.ref, (PERSONS[i] as { idNumber: string }).idNumber)));
      assert.ok(social.flat().some((h) => h.description.includes('缴费基数')));
      assert.ok(social.flat().some((h) => h.description.includes('领取养老金')), 'the retired draw pensions');
      assert.ok(holdingsOf('tax', PERSONS).flat().some((h) => /\d{4}年度综合所得年收入/.test(h.description)));
      assert.ok(holdingsOf('tax', ORGANISATIONS).flat().some((h) => h.description.includes('非正常户')));
      for (const h of holdingsOf('telecom', PERSONS).flat()) {
        assert.match(h.ref, /^1[3-9]\d{9}$/);
        assert.match(h.description, /最近通信活动地：\S+（\d{4}-\d{2}-\d{2}）/);
      }
      const travel = holdingsOf('exitEntry', PERSONS).flat();
      assert.ok(travel.some((h) => /^E[A-H\d]\d{7}$/.test(h.ref)) && travel.some((h) => h.description.startsWith('最近一次出境')));
    });

    it('a debtor well-off at one institution tends to be well-off at others', () => {
      const bank = holdingsOf('bank', PERSONS).map((h) => h.reduce((s, x) => s + (x.balanceFen ?? 0), 0));
      const flats = holdingsOf('realEstateRegistry', PERSONS).map((h) => h.length > 0);
      const rich = bank.map((b, i) => (b >= 50_000 * YUAN ? i : -1)).filter((i) => i >= 0);
      const poor = bank.map((b, i) => (b < 1000 * YUAN ? i : -1)).filter((i) => i >= 0);
      const owners = (ids: number[]) => ids.filter((i) => flats[i]).length / ids.length;
      assert.ok(owners(rich) > owners(poor) + 0.1, `own flats: rich ${owners(rich)}, poor ${owners(poor)}`);
    });
  });
});
