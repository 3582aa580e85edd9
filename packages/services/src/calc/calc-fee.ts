import type { FeeResult } from '@zhixing/contracts';
import { enforcementFee, fenToYuanString, parseYuan, unwrap } from '@zhixing/domain';

const y = fenToYuanString;

/** 诉讼费用交纳办法 art. 14(1): marginal bands; no amount gives the 50–500 range. */
export function calcFee(amountYuan: string | undefined): FeeResult {
  const legalBasis = '诉讼费用交纳办法 第十四条第（一）项';
  const result = enforcementFee(amountYuan === undefined ? null : unwrap(parseYuan(amountYuan)));
  if (result.kind === 'noAmount') return { amount: null, fee: null, min: y(result.min), max: y(result.max), bands: [], legalBasis };
  return {
    amount: y(result.amount),
    fee: y(result.fee),
    bands: result.bands.map((b) => ({ from: y(b.from), to: b.to === null ? null : y(b.to), rate: b.rate, part: y(b.part), fee: y(b.fee) })),
    legalBasis,
  };
}
