import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DomainError } from '../domain-error.js';
import { enforcementFee } from './enforcement-fee.js';

const YUAN = 100;

// 诉讼费用交纳办法 art. 14(1); amounts and fees in fen. The reference (§3) checks 12,400 and 87,400.
const CASES: ReadonlyArray<{ amount: number; fee: number; note: string }> = [
  { amount: 0, fee: 50 * YUAN, note: '0 → the per-case fee' },
  { amount: 1, fee: 50 * YUAN, note: '1 fen' },
  { amount: 10_000 * YUAN, fee: 50 * YUAN, note: '10,000.00: top of the per-case band' },
  { amount: 10_000 * YUAN + 1, fee: 50 * YUAN, note: '10,000.01: 1 fen × 1.5% = 0.015 fen rounds to 0' },
  { amount: 10_000 * YUAN + 33, fee: 50 * YUAN, note: '10,000.33: 0.495 fen rounds down' },
  { amount: 10_000 * YUAN + 34, fee: 50 * YUAN + 1, note: '10,000.34: 0.51 fen rounds up' },
  { amount: 10_001 * YUAN, fee: 50 * YUAN + 2, note: '10,001: 1.5 fen, half rounds up' },
  { amount: 150_000 * YUAN, fee: 2_150 * YUAN, note: '150,000 → 50 + 2,100' },
  { amount: 500_000 * YUAN, fee: 7_400 * YUAN, note: '500,000 → 50 + 7,350' },
  { amount: 500_000 * YUAN + 1, fee: 7_400 * YUAN, note: '500,000.01: 0.01 fen rounds to 0' },
  { amount: 500_050 * YUAN, fee: 7_400 * YUAN + 50, note: '500,050 → + 0.50' },
  { amount: 1_000_000 * YUAN, fee: 12_400 * YUAN, note: '1,000,000 → 50 + 7,350 + 5,000' },
  { amount: 5_000_000 * YUAN, fee: 52_400 * YUAN, note: '5,000,000 → 50 + 7,350 + 45,000' },
  { amount: 10_000_000 * YUAN, fee: 77_400 * YUAN, note: '10,000,000 → + 25,000' },
  { amount: 10_000_000 * YUAN + 1, fee: 77_400 * YUAN, note: '10,000,000.01' },
  { amount: 20_000_000 * YUAN, fee: 87_400 * YUAN, note: '20,000,000 → + 10,000' },
  // 77,400 yuan + (9,007,199,254,740,991 − 1,000,000,000) fen × 0.1% = 9,007,205,994,740.991 fen → …741.
  { amount: Number.MAX_SAFE_INTEGER, fee: 9_007_205_994_741, note: 'largest safe amount' },
];

describe('enforcementFee', () => {
  for (const c of CASES) {
    it(`${c.note}: ${String(c.amount)} fen → ${String(c.fee)} fen`, () => {
      const result = enforcementFee(c.amount);
      assert.equal(result.kind, 'amount');
      assert.equal(result.fee, c.fee);
    });
  }

  it('states every band of 1,000,000 yuan', () => {
    assert.deepEqual(enforcementFee(100_000_000), {
      kind: 'amount',
      amount: 100_000_000,
      fee: 1_240_000,
      bands: [
        { from: 0, to: 1_000_000, rate: 'fixed', part: 1_000_000, fee: 5_000 },
        { from: 1_000_000, to: 50_000_000, rate: '1.5%', part: 49_000_000, fee: 735_000 },
        { from: 50_000_000, to: 500_000_000, rate: '1%', part: 50_000_000, fee: 500_000 },
      ],
    });
  });

  it('states the open top band of 20,000,000 yuan', () => {
    const result = enforcementFee(2_000_000_000);
    assert.ok(result.kind === 'amount');
    assert.deepEqual(result.bands.map((b) => [b.rate, b.part, b.fee]), [
      ['fixed', 1_000_000, 5_000],
      ['1.5%', 49_000_000, 735_000],
      ['1%', 450_000_000, 4_500_000],
      ['0.5%', 500_000_000, 2_500_000],
      ['0.1%', 1_000_000_000, 1_000_000],
    ]);
    assert.equal(result.bands.at(-1)?.to, null);
  });

  it('shows only the per-case band up to 10,000 yuan', () => {
    assert.deepEqual(enforcementFee(123), {
      kind: 'amount',
      amount: 123,
      fee: 5_000,
      bands: [{ from: 0, to: 1_000_000, rate: 'fixed', part: 123, fee: 5_000 }],
    });
  });

  it('gives the 50–500 yuan range when there is no amount', () => {
    assert.deepEqual(enforcementFee(null), { kind: 'noAmount', fee: null, min: 5_000, max: 50_000 });
  });

  for (const bad of [-1, 0.5, Number.NaN]) {
    it(`refuses ${String(bad)}`, () => {
      assert.throws(
        () => enforcementFee(bad),
        (e: unknown) => e instanceof DomainError && (bad < 0 ? e.code === 'FEE_NEGATIVE_AMOUNT' : e.code === 'MONEY_INVALID_FEN'),
      );
    });
  }

  const amount = fc.oneof(fc.integer({ min: 0, max: 3_000_000_000 }), fc.maxSafeNat());

  it('equals the reference formula computed exactly and rounded once, and the sum of its bands (property)', () => {
    fc.assert(
      fc.property(amount, (a) => {
        const A = BigInt(a);
        const clamp = (lo: bigint, hi: bigint | null): bigint => {
          const top = hi === null || A < hi ? A : hi;
          return top > lo ? top - lo : 0n;
        };
        // fee = 50 + 1.5%·… + 1%·… + 0.5%·… + 0.1%·… in thousandths of a fen.
        const exact =
          5_000n * 1000n +
          15n * clamp(1_000_000n, 50_000_000n) +
          10n * clamp(50_000_000n, 500_000_000n) +
          5n * clamp(500_000_000n, 1_000_000_000n) +
          1n * clamp(1_000_000_000n, null);
        const result = enforcementFee(a);
        assert.ok(result.kind === 'amount');
        assert.equal(BigInt(result.fee), (2n * exact + 1000n) / 2000n);
        assert.equal(result.bands.reduce((s, b) => s + b.fee, 0), result.fee);
        assert.equal(result.bands.reduce((s, b) => s + b.part, 0), a === 0 ? 0 : a);
      }),
    );
  });

  it('is monotone non-decreasing in the amount (property)', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 0, max: 10_000_000 }), (a, delta) => {
        fc.pre(a + delta <= Number.MAX_SAFE_INTEGER);
        const lower = enforcementFee(a);
        const higher = enforcementFee(a + delta);
        assert.ok(lower.kind === 'amount' && higher.kind === 'amount');
        assert.ok(higher.fee >= lower.fee);
      }),
    );
  });
});
