/**
 * The over-seizure guard (超标的查封). 民事诉讼法 (2023) art. 253: what is frozen, sealed or
 * deducted may not exceed the debtor's obligation. 查封规定 art. 19: controls are limited to what
 * suffices for the claim and the enforcement costs and may not clearly exceed it — unless the
 * property is indivisible and the debtor has no other property, or not enough; excess controls are
 * lifted on application or by the court itself.
 *
 * Values are what a held item is worth *to this case* in fen: a frozen amount, or a valuation less
 * what ranks ahead of the case (mortgages, earlier controls by other courts).
 */
import { fail, ok, type Result } from '../domain-error.js';
import type { Fen } from '../money/index.js';
import { controlProblem } from './control-problems.js';

/**
 * How far past the need an indivisible item may go before the excess is "clear" (明显): the law
 * gives no number, so this is the platform's default (20 % of what is outstanding), which a court
 * may set otherwise.
 */
export const DEFAULT_CLEAR_EXCESS_RATIO = 0.2;

/** The lawful reasons an officer may record to control more than the guard allows (查封规定 art. 19). */
export const OVER_SEIZURE_OVERRIDES = {
  indivisibleNoOtherProperty: { zh: '财产不可分且被执行人无其他可供执行的财产或其他财产不足以清偿债务', en: 'The property is indivisible and the debtor has no other property, or not enough', basis: '查封规定第十九条' },
} as const;
export type OverSeizureOverride = keyof typeof OVER_SEIZURE_OVERRIDES;

export interface HeldItem {
  readonly id: string;
  readonly value: Fen;
  readonly divisible: boolean;
}

export interface GuardInput {
  /** The claim, interest and enforcement costs still owed (查封规定 art. 19). */
  readonly outstanding: Fen;
  /** What this case already holds. */
  readonly held: readonly HeldItem[];
  /** The proposed control: its value, and whether part of it can be held instead of the whole. */
  readonly proposed: { readonly value: Fen; readonly divisible: boolean };
  readonly clearExcessRatio?: number;
}

export type GuardVerdict =
  /** Within the need (an indivisible item may pass it by the tolerated margin). */
  | { readonly verdict: 'within'; readonly covered: Fen; readonly needed: Fen; readonly coveredAfter: Fen }
  /** Divisible: hold only `amount`, what is still needed. */
  | { readonly verdict: 'reduce'; readonly covered: Fen; readonly needed: Fen; readonly amount: Fen }
  /** Clearly over the need; lawful only with a recorded override. */
  | { readonly verdict: 'exceeds'; readonly reason: 'alreadyCovered' | 'clearlyExceeds'; readonly covered: Fen; readonly needed: Fen; readonly excess: Fen; readonly overrides: readonly OverSeizureOverride[] };

function checkAmount(value: number, field: string): Result<Fen> {
  if (!Number.isSafeInteger(value) || value < 0) {
    return fail(controlProblem('CONTROL_AMOUNT_INVALID', `${field} 须为非负整数（分）：${String(value)}`, `${field} must be a non-negative whole number of fen: ${String(value)}`, { field, value }));
  }
  return ok(value);
}

export function guardControl(input: GuardInput): Result<GuardVerdict> {
  const checks = [checkAmount(input.outstanding, 'outstanding'), checkAmount(input.proposed.value, 'proposed.value'), ...input.held.map((h, i) => checkAmount(h.value, `held[${i}].value`))];
  const bad = checks.find((c) => !c.ok);
  if (bad && !bad.ok) return fail(bad.error);
  const covered = input.held.reduce((sum, h) => sum + h.value, 0);
  const needed = Math.max(0, input.outstanding - covered);
  const ratio = input.clearExcessRatio ?? DEFAULT_CLEAR_EXCESS_RATIO;
  if (needed === 0) {
    // Everything owed is already held: any further control is clearly more than the claim; only an
    // indivisible item can be argued for (its holder may be worth less than hoped), never a deposit.
    return ok({ verdict: 'exceeds', reason: 'alreadyCovered', covered, needed, excess: input.proposed.value, overrides: input.proposed.divisible ? [] : ['indivisibleNoOtherProperty'] });
  }
  if (input.proposed.divisible) {
    return ok(input.proposed.value > needed ? { verdict: 'reduce', covered, needed, amount: needed } : { verdict: 'within', covered, needed, coveredAfter: covered + input.proposed.value });
  }
  const excess = input.proposed.value - needed;
  if (excess > Math.floor(input.outstanding * ratio)) {
    return ok({ verdict: 'exceeds', reason: 'clearlyExceeds', covered, needed, excess, overrides: ['indivisibleNoOtherProperty'] });
  }
  return ok({ verdict: 'within', covered, needed, coveredAfter: covered + input.proposed.value });
}

export type ExcessRelease = { readonly id: string; readonly release: 'whole' } | { readonly id: string; readonly release: 'part'; readonly amount: Fen };

/**
 * The controls that can be lifted, or reduced, while what remains still covers what is owed
 * (查封规定 art. 19 ¶2: excess controls are lifted promptly). Largest first, so the fewest controls
 * are touched; a divisible item is then reduced by what is still over.
 */
export function excessHeld(outstanding: Fen, held: readonly HeldItem[]): ExcessRelease[] {
  let surplus = held.reduce((sum, h) => sum + h.value, 0) - outstanding;
  if (surplus <= 0) return [];
  const order = held.map((h, i) => ({ h, i })).sort((a, b) => b.h.value - a.h.value || a.i - b.i);
  const out: ExcessRelease[] = [];
  const released = new Set<string>();
  for (const { h } of order) {
    if (h.value > 0 && h.value <= surplus) {
      out.push({ id: h.id, release: 'whole' });
      released.add(h.id);
      surplus -= h.value;
    }
  }
  for (const { h } of order) {
    if (surplus === 0) break;
    if (h.divisible && !released.has(h.id) && h.value > surplus) {
      out.push({ id: h.id, release: 'part', amount: surplus });
      surplus = 0;
    }
  }
  return out;
}
