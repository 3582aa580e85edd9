/**
 * The enforcement application fee (执行申请费). It is not prepaid: it is paid after enforcement
 * (诉讼费用交纳办法 art. 20 para. 2) and borne by the debtor (art. 38).
 */
import type { Fen } from '../money/fen.js';
import { applyMarginalSchedule, assertFeeAmount } from './marginal-fee.js';
import type { FeeBand, MarginalSchedule } from './marginal-fee.js';

export type EnforcementFee =
  | { kind: 'amount'; amount: Fen; fee: Fen; bands: FeeBand[] }
  | { kind: 'noAmount'; fee: null; min: Fen; max: Fen };

const YUAN = 100;

// 诉讼费用交纳办法 art. 14(1)2, in fen.
const ENFORCEMENT_SCHEDULE: MarginalSchedule = {
  fixedFee: 50 * YUAN, // 不超过1万元的，每件交纳50元
  fixedUpTo: 10_000 * YUAN,
  rates: [
    { from: 10_000 * YUAN, to: 500_000 * YUAN, label: '1.5%', numerator: 15n, denominator: 1000n },
    { from: 500_000 * YUAN, to: 5_000_000 * YUAN, label: '1%', numerator: 1n, denominator: 100n },
    { from: 5_000_000 * YUAN, to: 10_000_000 * YUAN, label: '0.5%', numerator: 5n, denominator: 1000n },
    { from: 10_000_000 * YUAN, to: null, label: '0.1%', numerator: 1n, denominator: 1000n },
  ],
};

// 诉讼费用交纳办法 art. 14(1)1: 没有执行金额或者价额的，每件交纳50元至500元.
const NO_AMOUNT_MIN = 50 * YUAN;
const NO_AMOUNT_MAX = 500 * YUAN;

/**
 * Enforcement application fee for an amount enforced, in fen (诉讼费用交纳办法 art. 14(1)).
 * Up to 10,000 yuan: 50 yuan per case; then marginal bands of 1.5% (10,000–500,000], 1%
 * (500,000–5,000,000], 0.5% (5,000,000–10,000,000] and 0.1% above. Band fees are exact and
 * rounded half up to the fen (see {@link applyMarginalSchedule}). Without an amount (`null`)
 * the court sets the fee between 50 and 500 yuan, so only that range is returned.
 * Throws `MONEY_INVALID_FEN` / `FEE_NEGATIVE_AMOUNT` for an amount that is not whole, non-negative fen.
 *
 * ### Examples
 * `enforcementFee(100_000_000).fee` (1,000,000 yuan) → 1_240_000 (12,400 yuan = 50 + 7,350 + 5,000).
 */
export function enforcementFee(amount: Fen | null): EnforcementFee {
  if (amount === null) return { kind: 'noAmount', fee: null, min: NO_AMOUNT_MIN, max: NO_AMOUNT_MAX };
  const { fee, bands } = applyMarginalSchedule(assertFeeAmount(amount), ENFORCEMENT_SCHEDULE);
  return { kind: 'amount', amount, fee, bands };
}
