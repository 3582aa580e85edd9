import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays } from '../civil-date.js';
import { DISTRIBUTION_DEBTOR_KINDS, planDistribution } from './distribution-plan.js';
import type { DistributionClaim, DistributionInput, DistributionLine, DistributionPlan } from './distribution-plan.js';

function plan(input: DistributionInput): DistributionPlan {
  const result = planDistribution(input);
  assert.ok(result.ok, result.ok ? '' : `${result.error.code}: ${result.error.messageEn}`);
  return result.value;
}

// Generators: up to 8 claims of up to 10,000 yuan, some with a priority right (3 ranks, 4 dates so
// that equal rank-and-date groups occur), seizure orders 1–4 and bases J1–J3 (so that groups form).
const claimArb = (options: { basis: boolean }) =>
  fc.record(
    {
      amount: fc.oneof(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 20 })),
      priority: fc.option(fc.record({ rank: fc.integer({ min: 1, max: 3 }), since: fc.integer({ min: 0, max: 3 }).map((d) => addDays('2020-02-27', d)) }), { nil: undefined }),
      seizureOrder: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      basis: options.basis ? fc.option(fc.constantFrom('J1', 'J2', 'J3'), { nil: undefined }) : fc.constant(undefined),
    },
    { requiredKeys: ['amount'] },
  );

const inputArb = (options: { basis: boolean } = { basis: true }) =>
  fc
    .record({
      amount: fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 100 }), fc.maxSafeNat()),
      costs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 200_000 })),
      debtorKind: fc.constantFrom(...DISTRIBUTION_DEBTOR_KINDS),
      claims: fc.array(claimArb(options), { minLength: 1, maxLength: 8 }),
    })
    .map(
      ({ claims, ...rest }): DistributionInput => ({
        ...rest,
        // Optional keys are left out rather than set to undefined, as callers would send them.
        claims: claims.map((c, i): DistributionClaim => {
          const claim: DistributionClaim = { id: `c${String(i)}`, amount: c.amount };
          if (c.priority !== undefined) claim.priority = { rank: c.priority.rank, since: c.priority.since };
          if (c.seizureOrder !== undefined) claim.seizureOrder = c.seizureOrder;
          if (c.basis !== undefined) claim.basis = c.basis;
          return claim;
        }),
      }),
    );

const full = (l: DistributionLine): boolean => l.shortfall === 0;
const tierRank = { costs: 0, priority: 1, ordinary: 2 } as const;

/** |paid − pool × owed / total| < 1 fen for every member, checked exactly (× total). */
function assertProRata(members: readonly DistributionLine[]): void {
  const pool = BigInt(members.reduce((s, l) => s + l.paid, 0));
  const total = members.reduce((s, l) => s + BigInt(l.owed), 0n);
  if (pool === total) return;
  const remainder = (l: DistributionLine): bigint => (pool * BigInt(l.owed)) % total;
  for (const l of members) {
    const error = BigInt(l.paid) * total - pool * BigInt(l.owed);
    assert.ok(error > -total && error < total, `${String(l.claimId)}: ${String(l.paid)} vs ${String(pool)}×${String(l.owed)}/${String(total)}`);
  }
  // Largest remainder: whoever got the extra fen had a remainder at least as large as anyone
  // who did not, and when equal was listed earlier (lines keep input order within a group).
  const rounded = members.map((l, k) => ({ k, up: BigInt(l.paid) * total > pool * BigInt(l.owed), rem: remainder(l) }));
  for (const a of rounded.filter((r) => r.up)) {
    for (const b of rounded.filter((r) => !r.up && r.rem > 0n)) assert.ok(a.rem > b.rem || (a.rem === b.rem && a.k < b.k));
  }
}

describe('planDistribution: properties', () => {
  it('pays out exactly the proceeds: Σ paid + surplus = amount, 0 ≤ paid ≤ owed (property)', () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const p = plan(input);
        const paid = p.lines.reduce((s, l) => s + BigInt(l.paid), 0n);
        assert.equal(paid + BigInt(p.surplus), BigInt(input.amount));
        assert.equal(p.distributed, input.amount - p.surplus);
        for (const l of p.lines) {
          assert.ok(Number.isSafeInteger(l.paid) && l.paid >= 0 && l.paid <= l.owed);
          assert.equal(l.shortfall, l.owed - l.paid);
        }
        assert.ok(p.surplus >= 0);
        // A surplus exists only when every line is paid in full.
        if (p.surplus > 0) assert.ok(p.lines.every(full));
      }),
    );
  });

  it('lists every claim once, the costs line when there are costs, and the tiers in order (property)', () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const p = plan(input);
        const claimLines = p.lines.filter((l) => l.claimId !== null);
        assert.deepEqual(claimLines.map((l) => l.claimId).sort(), input.claims.map((c) => c.id).sort());
        for (const l of claimLines) {
          const claim = input.claims.find((c) => c.id === l.claimId);
          assert.equal(l.owed, claim?.amount);
          assert.equal(l.tier, claim?.priority === undefined ? 'ordinary' : 'priority');
        }
        assert.equal(p.lines.filter((l) => l.tier === 'costs').length, input.costs > 0 ? 1 : 0);
        const ranks = p.lines.map((l) => tierRank[l.tier]);
        assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
      }),
    );
  });

  it('never pays a later tier while an earlier one is short (property)', () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const p = plan(input);
        const costs = p.lines.filter((l) => l.tier === 'costs');
        const priority = p.lines.filter((l) => l.tier === 'priority');
        const ordinary = p.lines.filter((l) => l.tier === 'ordinary');
        // Costs in full before any claim gets a fen.
        if ([...priority, ...ordinary].some((l) => l.paid > 0)) assert.ok(costs.every(full));
        // Priority in full before any ordinary claim gets a fen.
        if (ordinary.some((l) => l.paid > 0)) assert.ok(priority.every(full));
        // Within priority: a claim is paid only when every claim of a higher rank, or of the same
        // rank and an earlier date, is paid in full.
        const key = (id: string | null) => input.claims.find((c) => c.id === id)?.priority ?? { rank: 0, since: '' };
        for (const l of priority.filter((x) => x.paid > 0)) {
          const k = key(l.claimId);
          for (const m of priority) {
            const n = key(m.claimId);
            if (n.rank < k.rank || (n.rank === k.rank && n.since < k.since)) assert.ok(full(m), `${String(m.claimId)} before ${String(l.claimId)}`);
          }
        }
      }),
    );
  });

  it('shares in proportion within every pro rata group, off by less than 1 fen, largest remainders first (property)', () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const p = plan(input);
        // Priority groups: same rank and date.
        const groups = new Map<string, DistributionLine[]>();
        for (const l of p.lines.filter((x) => x.tier === 'priority')) {
          const pr = input.claims.find((c) => c.id === l.claimId)?.priority;
          const k = `${String(pr?.rank)}|${String(pr?.since)}`;
          groups.set(k, [...(groups.get(k) ?? []), l]);
        }
        for (const g of groups.values()) assertProRata(g);
        // Ordinary claims of a natural person or other organisation: one group.
        if (input.debtorKind !== 'enterprise') assertProRata(p.lines.filter((l) => l.tier === 'ordinary'));
      }),
    );
  });

  it('pays an enterprise’s ordinary claims by seizure order, unseized last, when no basis links them (property)', () => {
    fc.assert(
      fc.property(
        inputArb({ basis: false }).map((i): DistributionInput => ({ ...i, debtorKind: 'enterprise' })),
        (input) => {
          const p = plan(input);
          const order = (l: DistributionLine): number => input.claims.find((c) => c.id === l.claimId)?.seizureOrder ?? Number.POSITIVE_INFINITY;
          const ordinary = p.lines.filter((l) => l.tier === 'ordinary');
          for (const l of ordinary.filter((x) => x.paid > 0)) {
            for (const m of ordinary) if (order(m) < order(l)) assert.ok(full(m), `${String(m.claimId)} before ${String(l.claimId)}`);
          }
          // Lines come in seizure order, and each seizure (and the unseized) shares pro rata.
          const orders = ordinary.map(order);
          assert.deepEqual(orders, [...orders].sort((a, b) => a - b));
          for (const o of new Set(orders)) assertProRata(ordinary.filter((l) => order(l) === o));
        },
      ),
    );
  });

  it('is deterministic and does not change its input (property)', () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const copy = structuredClone(input);
        const first = planDistribution(input);
        assert.deepEqual(input, copy);
        assert.deepEqual(planDistribution(copy), first);
      }),
    );
  });

  it('pays every claim in full exactly when the proceeds cover costs and all claims (property)', () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const p = plan(input);
        const needed = input.claims.reduce((s, c) => s + BigInt(c.amount), BigInt(input.costs));
        assert.equal(p.lines.every(full), BigInt(input.amount) >= needed);
        if (BigInt(input.amount) >= needed) assert.equal(BigInt(p.surplus), BigInt(input.amount) - needed);
      }),
    );
  });
});
