/**
 * Fees "分段累计" (charged band by band, each rate only on the part of the amount inside its
 * band), as in 诉讼费用交纳办法 arts. 13–14. Shared by the enforcement and preservation fees.
 */
import { DomainError } from '../domain-error.js';
import { assertFen, fenFromBigInt } from '../money/fen.js';
import type { Fen } from '../money/fen.js';
import { roundHalfUp } from './round-half-up.js';

/** One line of a fee statement. */
export interface FeeBand {
  /** Lower bound of the band (exclusive, except 0 for the first band). */
  from: Fen;
  /** Upper bound (inclusive); null for the open top band. */
  to: Fen | null;
  /** Marginal rate as written in the law ("1.5%"), or "fixed" for the per-case fee of the first band. */
  rate: string;
  /** The part of the amount that falls inside this band. */
  part: Fen;
  /** The fee for this band, rounded half up to the fen. */
  fee: Fen;
}

export interface MarginalRate {
  readonly from: Fen;
  readonly to: Fen | null;
  readonly label: string;
  /** The rate as an exact fraction, e.g. 1.5% = 15 / 1000. */
  readonly numerator: bigint;
  readonly denominator: bigint;
}

export interface MarginalSchedule {
  /** Per-case fee for amounts up to `fixedUpTo`. */
  readonly fixedFee: Fen;
  readonly fixedUpTo: Fen;
  readonly rates: readonly MarginalRate[];
}

export function assertFeeAmount(amount: Fen): Fen {
  assertFen(amount, 'amount');
  if (amount < 0) {
    throw new DomainError({
      code: 'FEE_NEGATIVE_AMOUNT',
      messageZh: `计费金额不能为负数：${String(amount)} 分`,
      messageEn: `The amount a fee is computed on must not be negative, got ${String(amount)} fen`,
      details: { amount },
    });
  }
  return amount;
}

/**
 * Applies a schedule to `amount` (non-negative fen). Each band's fee is rounded half up to the
 * fen. Every band below the top one reached is full, and the law's band widths times their
 * rates are whole fen (e.g. 49,000,000 fen × 1.5% = 735,000 fen), so only the top band can carry
 * a fraction: the sum of the band fees is the exactly computed total, rounded once.
 */
export function applyMarginalSchedule(amount: Fen, schedule: MarginalSchedule): { fee: Fen; bands: FeeBand[] } {
  const { fixedFee, fixedUpTo } = schedule;
  const bands: FeeBand[] = [{ from: 0, to: fixedUpTo, rate: 'fixed', part: Math.min(amount, fixedUpTo), fee: fixedFee }];
  let total = BigInt(fixedFee);
  for (const r of schedule.rates) {
    if (amount <= r.from) break;
    const part = (r.to === null ? amount : Math.min(amount, r.to)) - r.from;
    const fee = roundHalfUp(BigInt(part) * r.numerator, r.denominator);
    total += fee;
    bands.push({ from: r.from, to: r.to, rate: r.label, part, fee: fenFromBigInt(fee, 'fee') });
  }
  return { fee: fenFromBigInt(total, 'fee'), bands };
}
