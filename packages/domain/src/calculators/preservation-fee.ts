/** The fee for an application for preservation measures (申请保全措施的申请费). */
import type { Fen } from '../money/fen.js';
import { applyMarginalSchedule, assertFeeAmount } from './marginal-fee.js';
import type { FeeBand, MarginalSchedule } from './marginal-fee.js';

export type PreservationFee =
  | { kind: 'amount'; amount: Fen; fee: Fen; uncappedFee: Fen; capped: boolean; bands: FeeBand[] }
  | { kind: 'noAmount'; fee: Fen };

const YUAN = 100;

// 诉讼费用交纳办法 art. 14(2), in fen, by the amount actually preserved.
const PRESERVATION_SCHEDULE: MarginalSchedule = {
  fixedFee: 30 * YUAN, // 财产数额不超过1000元或者不涉及财产数额的，每件交纳30元
  fixedUpTo: 1_000 * YUAN,
  rates: [
    { from: 1_000 * YUAN, to: 100_000 * YUAN, label: '1%', numerator: 1n, denominator: 100n },
    { from: 100_000 * YUAN, to: null, label: '0.5%', numerator: 5n, denominator: 1000n },
  ],
};

// 诉讼费用交纳办法 art. 14(2): 当事人申请保全措施交纳的费用最多不超过5000元.
const CAP = 5_000 * YUAN;

/**
 * Preservation application fee in fen (诉讼费用交纳办法 art. 14(2)): 30 yuan up to 1,000 yuan or
 * when no amount is involved (`null`); 1% of the part from 1,000 to 100,000 yuan; 0.5% of the
 * part above; never more than 5,000 yuan (reached at 896,000 yuan). Band fees are rounded half up
 * to the fen; `uncappedFee` and `capped` show whether the cap applied.
 *
 * ### Examples
 * `preservationFee(10_000_000).fee` (100,000 yuan) → 102_000 (1,020 yuan = 30 + 990).
 */
export function preservationFee(amount: Fen | null): PreservationFee {
  if (amount === null) return { kind: 'noAmount', fee: PRESERVATION_SCHEDULE.fixedFee };
  const { fee, bands } = applyMarginalSchedule(assertFeeAmount(amount), PRESERVATION_SCHEDULE);
  return { kind: 'amount', amount, fee: Math.min(fee, CAP), uncappedFee: fee, capped: fee > CAP, bands };
}
