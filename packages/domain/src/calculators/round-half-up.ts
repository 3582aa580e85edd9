/**
 * The one rounding rule for money in the calculators: exact rational arithmetic in bigint,
 * then round half up (四舍五入) to the fen, the convention of Chinese court fee and interest
 * statements. Every amount rounded here is non-negative, where half-up and half-away-from-zero
 * coincide.
 */

/** round(numerator / denominator) with halves rounded up; both arguments non-negative. */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}
