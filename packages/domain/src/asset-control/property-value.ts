/**
 * What an item of property is worth *to this case*, for the over-seizure guard (查封规定 art. 19):
 * a balance as reported; otherwise the reference valuation less what ranks ahead of the case —
 * mortgages and pledges (民法典 art. 394, 425: the secured creditor is paid first from the item)
 * and controls registered earlier by other courts (查封规定 art. 26), where their amounts are known.
 * Never below zero. An encumbrance without an amount is not guessed at: the value is the best
 * known upper bound, and the officer sees the encumbrance listed beside it.
 */
import type { Fen } from '../money/index.js';
import { PROPERTY_KINDS, type PropertyKind } from './property-kinds.js';

export interface PropertyFacts {
  readonly kind: PropertyKind;
  readonly balanceFen: Fen | null;
  readonly valuationFen: Fen | null;
  readonly encumbrances: ReadonlyArray<{ readonly kind: string; readonly amountFen?: Fen | undefined }>;
}

const AHEAD = new Set(['mortgage', 'pledge', 'courtControl']);

export function valueToCase(p: PropertyFacts): Fen {
  // Divisible money-like holdings are reported with their balance (deposits, funds, shares at market value).
  const gross = PROPERTY_KINDS[p.kind].divisible && p.balanceFen !== null ? p.balanceFen : (p.valuationFen ?? p.balanceFen ?? 0);
  const ahead = p.encumbrances.reduce((sum, e) => sum + (AHEAD.has(e.kind) ? (e.amountFen ?? 0) : 0), 0);
  return Math.max(0, gross - ahead);
}
