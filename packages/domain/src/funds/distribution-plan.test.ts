import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planDistribution } from './distribution-plan.js';
import type { DistributionClaim, DistributionInput, DistributionPlan } from './distribution-plan.js';
import { DISTRIBUTION_PROBLEM_CODES, isDistributionProblemCode } from './distribution-problems.js';

/** The plan of a valid input (fails the test otherwise). */
function plan(input: DistributionInput): DistributionPlan {
  const result = planDistribution(input);
  assert.ok(result.ok, result.ok ? '' : `${result.error.code}: ${result.error.messageEn}`);
  return result.value;
}

/** `[claimId, tier, paid]` per line, in payment order. */
const paidBy = (p: DistributionPlan): Array<[string | null, string, number]> => p.lines.map((l) => [l.claimId, l.tier, l.paid]);

const person = (amount: number, claims: DistributionClaim[], costs = 0): DistributionInput => ({ amount, costs, debtorKind: 'naturalPerson', claims });
const enterprise = (amount: number, claims: DistributionClaim[], costs = 0): DistributionInput => ({ amount, costs, debtorKind: 'enterprise', claims });

describe('planDistribution: ordinary claims of a natural person or other organisation (民诉法解释 arts. 506, 508)', () => {
  it('splits 100 fen among three equal claims 34 / 33 / 33, the leftover fen to the first listed', () => {
    const p = plan(person(100, [{ id: 'a', amount: 100 }, { id: 'b', amount: 100 }, { id: 'c', amount: 100 }]));
    assert.deepEqual(p, {
      lines: [
        { claimId: 'a', tier: 'ordinary', owed: 100, paid: 34, shortfall: 66 },
        { claimId: 'b', tier: 'ordinary', owed: 100, paid: 33, shortfall: 67 },
        { claimId: 'c', tier: 'ordinary', owed: 100, paid: 33, shortfall: 67 },
      ],
      surplus: 0,
      distributed: 100,
    });
  });

  it('gives the leftover fen to the largest remainders (7 among 3/3/4: 2.1, 2.1, 2.8 → 2, 2, 3)', () => {
    const p = plan(person(7, [{ id: 'a', amount: 3 }, { id: 'b', amount: 3 }, { id: 'c', amount: 4 }]));
    assert.deepEqual(p.lines.map((l) => l.paid), [2, 2, 3]);
  });

  it('breaks equal remainders by input order (5 among six claims of 1 fen)', () => {
    const claims = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, amount: 1 }));
    assert.deepEqual(plan(person(5, claims)).lines.map((l) => l.paid), [1, 1, 1, 1, 1, 0]);
    assert.deepEqual(plan(person(5, [...claims].reverse())).lines.map((l) => [l.claimId, l.paid]), [['f', 1], ['e', 1], ['d', 1], ['c', 1], ['b', 1], ['a', 0]]);
  });

  it('shares in proportion to the amounts (1,000 yuan among 3,000 / 1,000 yuan → 750 / 250)', () => {
    const p = plan({ amount: 100_000, costs: 0, debtorKind: 'otherOrganisation', claims: [{ id: 'big', amount: 300_000 }, { id: 'small', amount: 100_000 }] });
    assert.deepEqual(paidBy(p), [['big', 'ordinary', 75_000], ['small', 'ordinary', 25_000]]);
    assert.deepEqual(p.lines.map((l) => l.shortfall), [225_000, 75_000]);
  });

  it('ignores seizure order and basis: 参与分配 is pro rata for everyone', () => {
    const p = plan(person(300, [{ id: 'late', amount: 300, seizureOrder: 2 }, { id: 'first', amount: 300, seizureOrder: 1, basis: 'J1' }]));
    assert.deepEqual(paidBy(p), [['late', 'ordinary', 150], ['first', 'ordinary', 150]]);
  });

  it('stays exact beyond the safe integer range of the products (two claims of MAX_SAFE_INTEGER fen)', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const p = plan(person(max, [{ id: 'a', amount: max }, { id: 'b', amount: max }]));
    assert.deepEqual(p.lines.map((l) => l.paid), [4_503_599_627_370_496, 4_503_599_627_370_495]);
    assert.equal(p.surplus, 0);
    assert.equal(p.distributed, max);
  });

  it('pays a single claim up to the proceeds', () => {
    assert.deepEqual(paidBy(plan(person(40, [{ id: 'only', amount: 100 }]))), [['only', 'ordinary', 40]]);
  });

  it('shows the Alabama paradox of the largest-remainder method: more proceeds can pay one claim a fen less', () => {
    // 3 fen among 1/3/3 → exact 0.43, 1.29, 1.29 → 1, 1, 1; 4 fen → 0.57, 1.71, 1.71 → 0, 2, 2.
    const claims = [{ id: 'a', amount: 1 }, { id: 'b', amount: 3 }, { id: 'c', amount: 3 }];
    assert.deepEqual(plan(person(3, claims)).lines.map((l) => l.paid), [1, 1, 1]);
    assert.deepEqual(plan(person(4, claims)).lines.map((l) => l.paid), [0, 2, 2]);
  });
});

describe('planDistribution: costs first (民诉法解释 art. 508)', () => {
  it('pays costs larger than the proceeds as far as they go and nothing to the claims', () => {
    const p = plan(person(500, [{ id: 'a', amount: 1_000, priority: { rank: 1, since: '2020-01-01' } }, { id: 'b', amount: 1_000 }], 800));
    assert.deepEqual(p.lines, [
      { claimId: null, tier: 'costs', owed: 800, paid: 500, shortfall: 300 },
      { claimId: 'a', tier: 'priority', owed: 1_000, paid: 0, shortfall: 1_000 },
      { claimId: 'b', tier: 'ordinary', owed: 1_000, paid: 0, shortfall: 1_000 },
    ]);
    assert.equal(p.surplus, 0);
    assert.equal(p.distributed, 500);
  });

  it('deducts the costs before sharing', () => {
    assert.deepEqual(paidBy(plan(person(1_000, [{ id: 'a', amount: 1_000 }, { id: 'b', amount: 1_000 }], 200))), [
      [null, 'costs', 200],
      ['a', 'ordinary', 400],
      ['b', 'ordinary', 400],
    ]);
  });

  it('leaves out the costs line when there are no costs', () => {
    assert.equal(plan(person(10, [{ id: 'a', amount: 5 }])).lines.length, 1);
  });
});

describe('planDistribution: priority claims (民诉法解释 arts. 506 para. 2, 508; 执行工作规定 item 55 para. 2)', () => {
  it('pays by rank, then by the date the right arose, before any ordinary claim', () => {
    const p = plan(
      person(
        800,
        [
          { id: 'ordinary', amount: 1_000 },
          { id: 'rank2', amount: 500, priority: { rank: 2, since: '2018-01-01' } },
          { id: 'rank1-late', amount: 300, priority: { rank: 1, since: '2021-06-01' } },
          { id: 'rank1-early', amount: 200, priority: { rank: 1, since: '2019-03-01' } },
        ],
        100,
      ),
    );
    assert.deepEqual(paidBy(p), [
      [null, 'costs', 100],
      ['rank1-early', 'priority', 200],
      ['rank1-late', 'priority', 300],
      ['rank2', 'priority', 200],
      ['ordinary', 'ordinary', 0],
    ]);
    assert.deepEqual(p.lines.map((l) => l.shortfall), [0, 0, 0, 300, 1_000]);
  });

  it('compares dates as dates, across years and months', () => {
    const p = plan(person(100, [{ id: 'dec', amount: 100, priority: { rank: 1, since: '2019-12-31' } }, { id: 'jan', amount: 100, priority: { rank: 1, since: '2019-01-31' } }]));
    assert.deepEqual(paidBy(p), [['jan', 'priority', 100], ['dec', 'priority', 0]]);
  });

  it('shares among claims of the same rank and the same date in proportion (100 among 200 / 100 → 67 / 33)', () => {
    const since = '2020-05-20';
    const p = plan(person(100, [{ id: 'x', amount: 200, priority: { rank: 1, since } }, { id: 'y', amount: 100, priority: { rank: 1, since } }, { id: 'z', amount: 50 }]));
    assert.deepEqual(paidBy(p), [['x', 'priority', 67], ['y', 'priority', 33], ['z', 'ordinary', 0]]);
  });

  it('pays priority claims first for an enterprise too (民诉法解释 art. 514)', () => {
    const p = plan(enterprise(100, [{ id: 'first-seizer', amount: 100, seizureOrder: 1 }, { id: 'mortgage', amount: 60, priority: { rank: 1, since: '2015-01-01' } }]));
    assert.deepEqual(paidBy(p), [['mortgage', 'priority', 60], ['first-seizer', 'ordinary', 40]]);
  });
});

describe('planDistribution: enterprise debtors, first seizer first (民诉法解释 art. 514; 执行工作规定 item 55)', () => {
  it('pays by seizure order; one basis shares in proportion; unseized claims last', () => {
    const p = plan(
      enterprise(1_500, [
        { id: 'A', amount: 1_000, seizureOrder: 2, basis: 'J1' },
        { id: 'B', amount: 500, seizureOrder: 1, basis: 'J2' },
        // Same judgment as A: shares A's place and shares in proportion with it.
        { id: 'C', amount: 400, basis: 'J1' },
        { id: 'D', amount: 300, seizureOrder: 3 },
        { id: 'E', amount: 200 },
        { id: 'F', amount: 100, basis: 'J9' },
      ]),
    );
    // B in full (500); A and C share 1,000 of 1,400: 714.29 and 285.71 → 714 and 286.
    assert.deepEqual(paidBy(p), [
      ['B', 'ordinary', 500],
      ['A', 'ordinary', 714],
      ['C', 'ordinary', 286],
      ['D', 'ordinary', 0],
      ['E', 'ordinary', 0],
      ['F', 'ordinary', 0],
    ]);
  });

  it('shares a seizure made for several claims at once in proportion', () => {
    const p = plan(enterprise(200, [{ id: 'P', amount: 300, seizureOrder: 1, basis: 'X' }, { id: 'Q', amount: 100, seizureOrder: 1, basis: 'Y' }, { id: 'R', amount: 100, seizureOrder: 2 }]));
    assert.deepEqual(paidBy(p), [['P', 'ordinary', 150], ['Q', 'ordinary', 50], ['R', 'ordinary', 0]]);
  });

  it('merges groups linked by one claim and places them at their earliest seizure', () => {
    const p = plan(
      enterprise(150, [
        { id: 'Z', amount: 100, seizureOrder: 2 },
        { id: 'X1', amount: 100, seizureOrder: 3, basis: 'K' },
        { id: 'X2', amount: 100, seizureOrder: 1, basis: 'L' },
        // Seizure 3 (X1's group) under basis L (X2's group): the three are one group, first at 1,
        // so they come before Z's seizure 2.
        { id: 'X3', amount: 100, seizureOrder: 3, basis: 'L' },
      ]),
    );
    assert.deepEqual(paidBy(p), [['X1', 'ordinary', 50], ['X2', 'ordinary', 50], ['X3', 'ordinary', 50], ['Z', 'ordinary', 0]]);
  });

  it('lets an unseized claim listed first join a group seized later under its basis', () => {
    const p = plan(enterprise(150, [{ id: 'W', amount: 100, basis: 'M' }, { id: 'T', amount: 100, seizureOrder: 5 }, { id: 'V', amount: 100, seizureOrder: 4, basis: 'M' }]));
    assert.deepEqual(paidBy(p), [['W', 'ordinary', 75], ['V', 'ordinary', 75], ['T', 'ordinary', 0]]);
  });

  it('shares among the unseized claims in proportion, whatever their basis', () => {
    const p = plan(enterprise(300, [{ id: 'S', amount: 100, seizureOrder: 1 }, { id: 'U1', amount: 300, basis: 'N' }, { id: 'U2', amount: 100, basis: 'O' }, { id: 'U3', amount: 100 }]));
    assert.deepEqual(paidBy(p), [['S', 'ordinary', 100], ['U1', 'ordinary', 120], ['U2', 'ordinary', 40], ['U3', 'ordinary', 40]]);
  });
});

describe('planDistribution: surplus and edge amounts', () => {
  it('returns the surplus to the debtor when everything is paid', () => {
    const p = plan(person(10_000, [{ id: 'a', amount: 3_000 }, { id: 'b', amount: 4_000, priority: { rank: 1, since: '2020-01-01' } }], 100));
    assert.deepEqual(paidBy(p), [[null, 'costs', 100], ['b', 'priority', 4_000], ['a', 'ordinary', 3_000]]);
    assert.equal(p.surplus, 2_900);
    assert.equal(p.distributed, 7_100);
    assert.ok(p.lines.every((l) => l.shortfall === 0));
  });

  it('pays nothing out of nothing', () => {
    const p = plan(person(0, [{ id: 'a', amount: 10 }, { id: 'b', amount: 20 }], 5));
    assert.deepEqual(p, {
      lines: [
        { claimId: null, tier: 'costs', owed: 5, paid: 0, shortfall: 5 },
        { claimId: 'a', tier: 'ordinary', owed: 10, paid: 0, shortfall: 10 },
        { claimId: 'b', tier: 'ordinary', owed: 20, paid: 0, shortfall: 20 },
      ],
      surplus: 0,
      distributed: 0,
    });
  });

  it('treats null optional fields as absent (JSON input)', () => {
    const claims = [{ id: 'a', amount: 10, priority: null, seizureOrder: null, basis: null }] as unknown as DistributionClaim[];
    assert.deepEqual(paidBy(plan(enterprise(10, claims))), [['a', 'ordinary', 10]]);
    assert.deepEqual(paidBy(plan(person(10, claims))), [['a', 'ordinary', 10]]);
  });
});

const okClaim = { id: 'a', amount: 100 };
const REJECTED: ReadonlyArray<{ name: string; input: unknown; code: string; field: string; en: RegExp }> = [
  { name: 'a negative amount', input: person(-1, [okClaim]), code: 'DISTRIBUTION_AMOUNT_INVALID', field: 'amount', en: /non-negative whole number of fen.*got -1/ },
  { name: 'a fractional amount', input: person(1.5, [okClaim]), code: 'DISTRIBUTION_AMOUNT_INVALID', field: 'amount', en: /got 1\.5/ },
  { name: 'an unsafe amount', input: person(2 ** 53, [okClaim]), code: 'DISTRIBUTION_AMOUNT_INVALID', field: 'amount', en: /safe integer range/ },
  { name: 'an amount that is not a number', input: person('100' as unknown as number, [okClaim]), code: 'DISTRIBUTION_AMOUNT_INVALID', field: 'amount', en: /got 100/ },
  { name: 'negative costs', input: person(100, [okClaim], -5), code: 'DISTRIBUTION_COSTS_INVALID', field: 'costs', en: /costs .*got -5/ },
  { name: 'NaN costs', input: person(100, [okClaim], Number.NaN), code: 'DISTRIBUTION_COSTS_INVALID', field: 'costs', en: /got NaN/ },
  { name: 'an unknown debtor kind', input: { amount: 1, costs: 0, debtorKind: 'bank', claims: [okClaim] }, code: 'DISTRIBUTION_DEBTOR_KIND_INVALID', field: 'debtorKind', en: /debtorKind must be one of .*got bank/ },
  { name: 'no claims', input: person(100, []), code: 'DISTRIBUTION_NO_CLAIMS', field: 'claims', en: /at least one claim/ },
  { name: 'claims that are not a list', input: { amount: 1, costs: 0, debtorKind: 'enterprise', claims: {} }, code: 'DISTRIBUTION_NO_CLAIMS', field: 'claims', en: /at least one claim/ },
  { name: 'an empty id', input: person(100, [okClaim, { id: ' ', amount: 1 }]), code: 'DISTRIBUTION_CLAIM_ID_INVALID', field: 'claims[1].id', en: /claims\[1\]\.id must be a non-empty string/ },
  { name: 'an id that is not a string', input: person(100, [{ id: 7, amount: 1 } as unknown as DistributionClaim]), code: 'DISTRIBUTION_CLAIM_ID_INVALID', field: 'claims[0].id', en: /got 7/ },
  { name: 'a repeated id', input: person(100, [okClaim, { id: 'b', amount: 1 }, { id: 'a', amount: 2 }]), code: 'DISTRIBUTION_DUPLICATE_CLAIM', field: 'claims[2].id', en: /claims\[2\]\.id "a" repeats claims\[0\]/ },
  { name: 'a zero claim', input: person(100, [{ id: 'a', amount: 0 }]), code: 'DISTRIBUTION_CLAIM_AMOUNT_INVALID', field: 'claims[0].amount', en: /positive whole number of fen.*got 0/ },
  { name: 'a fractional claim', input: person(100, [okClaim, { id: 'b', amount: 0.5 }]), code: 'DISTRIBUTION_CLAIM_AMOUNT_INVALID', field: 'claims[1].amount', en: /got 0\.5/ },
  { name: 'rank 0', input: person(100, [{ id: 'a', amount: 1, priority: { rank: 0, since: '2020-01-01' } }]), code: 'DISTRIBUTION_PRIORITY_INVALID', field: 'claims[0].priority.rank', en: /priority\.rank .*got 0/ },
  { name: 'a fractional rank', input: person(100, [{ id: 'a', amount: 1, priority: { rank: 1.5, since: '2020-01-01' } }]), code: 'DISTRIBUTION_PRIORITY_INVALID', field: 'claims[0].priority.rank', en: /got 1\.5/ },
  { name: 'an impossible date', input: person(100, [{ id: 'a', amount: 1, priority: { rank: 1, since: '2023-02-29' } }]), code: 'DISTRIBUTION_PRIORITY_INVALID', field: 'claims[0].priority.since', en: /priority\.since .*not a valid date.*got 2023-02-29/ },
  { name: 'a date that is not a string', input: person(100, [{ id: 'a', amount: 1, priority: { rank: 1, since: 20200101 } } as unknown as DistributionClaim]), code: 'DISTRIBUTION_PRIORITY_INVALID', field: 'claims[0].priority.since', en: /got 20200101/ },
  { name: 'seizure order 0', input: enterprise(100, [{ id: 'a', amount: 1, seizureOrder: 0 }]), code: 'DISTRIBUTION_SEIZURE_ORDER_INVALID', field: 'claims[0].seizureOrder', en: /seizureOrder .*got 0/ },
  { name: 'a fractional seizure order', input: person(100, [{ id: 'a', amount: 1, seizureOrder: 2.5 }]), code: 'DISTRIBUTION_SEIZURE_ORDER_INVALID', field: 'claims[0].seizureOrder', en: /got 2\.5/ },
  { name: 'an empty basis', input: enterprise(100, [{ id: 'a', amount: 1, basis: '' }]), code: 'DISTRIBUTION_BASIS_INVALID', field: 'claims[0].basis', en: /basis .*must be a non-empty string/ },
];

describe('planDistribution: invalid input', () => {
  for (const c of REJECTED) {
    it(`refuses ${c.name} with ${c.code}`, () => {
      const result = planDistribution(c.input as DistributionInput);
      assert.ok(!result.ok);
      assert.equal(result.error.code, c.code);
      assert.equal(result.error.details?.['field'], c.field);
      assert.match(result.error.messageEn, c.en);
      // Chinese first, naming the same field.
      assert.ok(result.error.messageZh.startsWith(c.field), result.error.messageZh);
      assert.match(result.error.messageZh, /[\u4e00-\u9fff]/);
    });
  }

  it('reports the first problem in field order', () => {
    const result = planDistribution(person(-1, [{ id: '', amount: 0 }], -1));
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'DISTRIBUTION_AMOUNT_INVALID');
  });

  it('names the claim in the details of a claim problem', () => {
    const result = planDistribution(person(1, [{ id: 'x', amount: 1, basis: '  ' }]));
    assert.ok(!result.ok);
    assert.deepEqual(result.error.details, { field: 'claims[0].basis', value: '  ', claimId: 'x' });
  });
});

const here = dirname(fileURLToPath(import.meta.url));
const sources = readdirSync(here).filter((f) => f.startsWith('distribution-') && f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('DISTRIBUTION_PROBLEM_CODES', () => {
  it('are UPPER_SNAKE, prefixed DISTRIBUTION_, and unique', () => {
    assert.equal(new Set(DISTRIBUTION_PROBLEM_CODES).size, DISTRIBUTION_PROBLEM_CODES.length);
    for (const code of DISTRIBUTION_PROBLEM_CODES) assert.match(code, /^DISTRIBUTION_[A-Z0-9_]+$/);
  });

  it('list exactly the codes the sources return (none missing from the registry, none stale)', () => {
    const used = new Set<string>();
    for (const file of sources) {
      const text = readFileSync(join(here, file), 'utf8');
      for (const m of text.matchAll(/distributionProblem\(\s*'([A-Z][A-Z0-9_]+)'/g)) used.add(m[1]!);
    }
    assert.deepEqual([...used].sort(), [...DISTRIBUTION_PROBLEM_CODES].sort());
  });

  it('are all exercised by the tests of this folder', () => {
    const tests = readdirSync(here).filter((f) => f.startsWith('distribution-') && f.endsWith('.test.ts'));
    const text = tests.map((f) => readFileSync(join(here, f), 'utf8')).join('\n');
    for (const code of DISTRIBUTION_PROBLEM_CODES) assert.ok(text.includes(`code: '${code}'`) || text.includes(`'${code}');`), code);
  });

  it('isDistributionProblemCode', () => {
    assert.equal(isDistributionProblemCode('DISTRIBUTION_NO_CLAIMS'), true);
    assert.equal(isDistributionProblemCode('INVALID_DATE'), false);
    assert.equal(isDistributionProblemCode(42), false);
  });
});
