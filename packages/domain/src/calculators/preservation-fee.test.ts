import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DomainError } from '../domain-error.js';
import { preservationFee } from './preservation-fee.js';

const YUAN = 100;

// 诉讼费用交纳办法 art. 14(2); amounts and fees in fen.
const CASES: ReadonlyArray<{ amount: number; fee: number; capped: boolean; note: string }> = [
  { amount: 0, fee: 30 * YUAN, capped: false, note: '0' },
  { amount: 1, fee: 30 * YUAN, capped: false, note: '1 fen' },
  { amount: 1_000 * YUAN, fee: 30 * YUAN, capped: false, note: '1,000.00: top of the per-case band' },
  { amount: 1_000 * YUAN + 1, fee: 30 * YUAN, capped: false, note: '1,000.01: 0.01 fen rounds to 0' },
  { amount: 1_000 * YUAN + 50, fee: 30 * YUAN + 1, capped: false, note: '1,000.50: 0.5 fen rounds up' },
  { amount: 1_001 * YUAN, fee: 30 * YUAN + 1, capped: false, note: '1,001 → 30.01' },
  { amount: 50_000 * YUAN, fee: 520 * YUAN, capped: false, note: '50,000 → 30 + 490' },
  { amount: 100_000 * YUAN, fee: 1_020 * YUAN, capped: false, note: '100,000 → 30 + 990' },
  { amount: 100_000 * YUAN + 1, fee: 1_020 * YUAN, capped: false, note: '100,000.01: 0.005 fen rounds to 0' },
  { amount: 100_000 * YUAN + 100, fee: 1_020 * YUAN + 1, capped: false, note: '100,001: 0.5 fen rounds up' },
  { amount: 896_000 * YUAN, fee: 5_000 * YUAN, capped: false, note: '896,000: exactly the cap' },
  { amount: 896_001 * YUAN, fee: 5_000 * YUAN, capped: true, note: '896,001: above the cap' },
  { amount: 1_000_000 * YUAN, fee: 5_000 * YUAN, capped: true, note: '1,000,000: 5,520 capped at 5,000' },
  { amount: Number.MAX_SAFE_INTEGER, fee: 5_000 * YUAN, capped: true, note: 'largest safe amount' },
];

describe('preservationFee', () => {
  for (const c of CASES) {
    it(`${c.note}: ${String(c.amount)} fen → ${String(c.fee)} fen`, () => {
      const result = preservationFee(c.amount);
      assert.ok(result.kind === 'amount');
      assert.equal(result.fee, c.fee);
      assert.equal(result.capped, c.capped);
    });
  }

  it('states the bands and the uncapped fee of 1,000,000 yuan', () => {
    assert.deepEqual(preservationFee(100_000_000), {
      kind: 'amount',
      amount: 100_000_000,
      fee: 500_000,
      uncappedFee: 552_000,
      capped: true,
      bands: [
        { from: 0, to: 100_000, rate: 'fixed', part: 100_000, fee: 3_000 },
        { from: 100_000, to: 10_000_000, rate: '1%', part: 9_900_000, fee: 99_000 },
        { from: 10_000_000, to: null, rate: '0.5%', part: 90_000_000, fee: 450_000 },
      ],
    });
  });

  it('charges 30 yuan when no amount is involved', () => {
    assert.deepEqual(preservationFee(null), { kind: 'noAmount', fee: 3_000 });
  });

  it('refuses negative or fractional amounts', () => {
    const code = (e: unknown): string | undefined => (e instanceof DomainError ? e.code : undefined);
    assert.throws(() => preservationFee(-100), (e: unknown) => code(e) === 'FEE_NEGATIVE_AMOUNT');
    assert.throws(() => preservationFee(1.5), (e: unknown) => code(e) === 'MONEY_INVALID_FEN');
  });

  it('before the cap equals 30 + 1% + 0.5% computed exactly and rounded once (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (a) => {
        const A = BigInt(a);
        const over = (lo: bigint, hi: bigint | null): bigint => {
          const top = hi === null || A < hi ? A : hi;
          return top > lo ? top - lo : 0n;
        };
        // In thousandths of a fen: 30 yuan + 1% of (1,000, 100,000] + 0.5% above 100,000.
        const exact = 3_000n * 1000n + 10n * over(100_000n, 10_000_000n) + 5n * over(10_000_000n, null);
        const result = preservationFee(a);
        assert.ok(result.kind === 'amount');
        assert.equal(BigInt(result.uncappedFee), (2n * exact + 1000n) / 2000n);
        assert.equal(result.bands.reduce((s, b) => s + b.fee, 0), result.uncappedFee);
      }),
    );
  });

  it('is monotone, between 30 and 5,000 yuan, and below the cap only when uncapped (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (a, delta) => {
        const lower = preservationFee(a);
        const higher = preservationFee(a + delta);
        assert.ok(lower.kind === 'amount' && higher.kind === 'amount');
        assert.ok(higher.fee >= lower.fee);
        assert.ok(lower.fee >= 3_000 && lower.fee <= 500_000);
        assert.equal(lower.fee, lower.capped ? 500_000 : lower.uncappedFee);
      }),
    );
  });
});
