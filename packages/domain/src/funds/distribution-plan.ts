/**
 * Sharing the proceeds of enforcement among several creditors: the payment order of a
 * distribution plan (财产分配方案, 民诉法解释 art. 509).
 *
 * 民诉法解释 art. 508 (and art. 514 for enterprise debtors) fixes the order: the enforcement costs
 * are taken out first, then the claims with a right to be paid first (优先受偿的债权) are paid, and
 * only what is left goes to the ordinary claims. How the ordinary claims share depends on the
 * debtor:
 * - a natural person (公民) or other organisation (其他组织) may be the object of 参与分配
 *   (art. 506): ordinary claims are paid in proportion to their amounts (art. 508);
 * - an enterprise legal person is not (art. 506 names only 公民 and 其他组织). When no one consents
 *   to the transfer to bankruptcy review, or the bankruptcy court does not accept the case,
 *   ordinary claims are paid in the order in which the property was preserved or seized
 *   (按照财产保全和执行中查封、扣押、冻结财产的先后顺序清偿, art. 514); creditors under one
 *   enforcement basis share in proportion (执行工作规定 item 55 para. 3).
 *
 * Money is whole fen. Proportional shares are computed exactly with bigint and rounded by the
 * largest-remainder method, so the plan pays out exactly the proceeds: not a fen is made or lost.
 */
import { compareCivil, isCivilDate } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import { fail, ok } from '../domain-error.js';
import type { Result } from '../domain-error.js';
import type { Fen } from '../money/fen.js';
import { distributionProblem } from './distribution-problems.js';

/** Who the debtor is decides how ordinary claims share (民诉法解释 arts. 506, 514). */
export const DISTRIBUTION_DEBTOR_KINDS = ['naturalPerson', 'otherOrganisation', 'enterprise'] as const;
export type DistributionDebtorKind = (typeof DISTRIBUTION_DEBTOR_KINDS)[number];

/**
 * A right to be paid before ordinary claims (民诉法解释 art. 506 para. 2: 优先权、担保物权).
 * `rank` 1 is the highest statutory or security rank; within a rank, the right created or
 * registered first is paid first (执行工作规定 item 55 para. 2: 按照各担保物权成立的先后顺序清偿).
 */
export interface ClaimPriority {
  rank: number;
  since: CivilDate;
}

export interface DistributionClaim {
  /** Unique among the claims of one plan. */
  id: string;
  /** What is still owed on the claim, in fen (> 0). */
  amount: Fen;
  /** Present for a claim with a priority right or security interest in the property. */
  priority?: ClaimPriority;
  /**
   * 1 = the first preservation or seizure (首封) among the claims. Used for enterprise debtors only
   * (民诉法解释 art. 514); claims with the same number share in proportion.
   */
  seizureOrder?: number;
  /** Id of the enforcement basis (执行依据). Claims under one basis share in proportion (执行工作规定 item 55 para. 3). */
  basis?: string;
}

export interface DistributionInput {
  /** The proceeds to distribute (执行所得价款), in fen (≥ 0). */
  amount: Fen;
  /** Enforcement costs (执行费用), in fen (≥ 0); paid before any claim (民诉法解释 art. 508). */
  costs: Fen;
  debtorKind: DistributionDebtorKind;
  claims: ReadonlyArray<DistributionClaim>;
}

export type DistributionTier = 'costs' | 'priority' | 'ordinary';

export interface DistributionLine {
  /** `null` for the enforcement costs. */
  claimId: string | null;
  tier: DistributionTier;
  owed: Fen;
  paid: Fen;
  /** `owed - paid`: the debtor still owes it and the creditor may enforce it later (民诉法解释 art. 508). */
  shortfall: Fen;
}

export interface DistributionPlan {
  /** In payment order: costs (when there are any), priority claims, ordinary claims. */
  lines: DistributionLine[];
  /** What is left once every line is paid in full; it goes back to the debtor. */
  surplus: Fen;
  /** The sum of `paid` over all lines, costs included: always `amount - surplus`. */
  distributed: Fen;
}

interface IndexedClaim {
  readonly index: number;
  readonly claim: DistributionClaim;
}

/**
 * The distribution plan for `input.amount` among `input.claims` (民诉法解释 arts. 508, 514).
 *
 * 1. Enforcement costs (执行费用) first.
 * 2. Priority claims by `rank` ascending, then `since` ascending; claims of the same rank and date
 *    share in proportion.
 * 3. Ordinary claims: in proportion for a natural-person or other-organisation debtor; for an
 *    enterprise, by `seizureOrder` ascending, claims linked by the same `seizureOrder` or the same
 *    `basis` sharing in proportion as one group (placed at the group's earliest seizure), and
 *    claims without any seizure last, in proportion among themselves.
 *
 * Proportional shares: each claim gets ⌊pool × owed / total⌋ fen, and the fen left over go one each
 * to the largest remainders, ties to the claim listed first. Lines within a group keep input order.
 *
 * Fails with a `DISTRIBUTION_*` problem (see distribution-problems.ts) on the first invalid field.
 *
 * ### Examples
 * ```ts
 * planDistribution({ amount: 100, costs: 0, debtorKind: 'naturalPerson',
 *   claims: [{ id: 'a', amount: 100 }, { id: 'b', amount: 100 }, { id: 'c', amount: 100 }] });
 * // paid 34, 33, 33; surplus 0
 * ```
 */
export function planDistribution(input: DistributionInput): Result<DistributionPlan> {
  const problem = validate(input);
  if (problem !== null) return problem;

  const lines: DistributionLine[] = [];
  let remaining = input.amount;
  const pay = (tier: DistributionTier, group: readonly IndexedClaim[]): void => {
    const paid = payGroup(remaining, group.map((c) => c.claim.amount));
    group.forEach((c, k) => {
      const p = paid[k] ?? 0;
      remaining -= p;
      lines.push({ claimId: c.claim.id, tier, owed: c.claim.amount, paid: p, shortfall: c.claim.amount - p });
    });
  };

  // 民诉法解释 art. 508: 执行所得价款扣除执行费用 — costs come off the top.
  if (input.costs > 0) {
    const paid = Math.min(input.costs, remaining);
    remaining -= paid;
    lines.push({ claimId: null, tier: 'costs', owed: input.costs, paid, shortfall: input.costs - paid });
  }

  const indexed = input.claims.map((claim, index): IndexedClaim => ({ index, claim }));
  const priority = indexed.filter((c) => c.claim.priority != null);
  const ordinary = indexed.filter((c) => c.claim.priority == null);

  for (const group of priorityGroups(priority)) pay('priority', group);
  const ordinaryGroups = input.debtorKind === 'enterprise' ? seizureGroups(ordinary) : [ordinary];
  for (const group of ordinaryGroups) pay('ordinary', group);

  return ok({ lines, surplus: remaining, distributed: input.amount - remaining });
}

/**
 * Priority claims grouped by (rank, since) and ordered rank first, then date: a higher statutory
 * or security rank comes first, and within a rank the earlier right (执行工作规定 item 55 para. 2;
 * 民法典 art. 414 likewise pays mortgages of the same order in proportion).
 */
function priorityGroups(claims: readonly IndexedClaim[]): IndexedClaim[][] {
  const groups = new Map<string, { rank: number; since: CivilDate; members: IndexedClaim[] }>();
  for (const c of claims) {
    const { rank, since } = c.claim.priority as ClaimPriority;
    const key = `${String(rank)}|${since}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { rank, since, members: [c] });
    else group.members.push(c);
  }
  return [...groups.values()].sort((a, b) => a.rank - b.rank || compareCivil(a.since, b.since)).map((g) => g.members);
}

interface SeizureBucket {
  members: IndexedClaim[];
  /** Earliest seizure among the members; `null` while none of them has one. */
  first: number | null;
}

/**
 * Ordinary claims against an enterprise in the order of art. 514: groups of claims linked by the
 * same seizure (same `seizureOrder`) or the same enforcement basis (same `basis`, 执行工作规定 item
 * 55 para. 3) share in proportion; groups are paid by their earliest seizure; everything never
 * seized comes last as one group sharing in proportion.
 */
function seizureGroups(claims: readonly IndexedClaim[]): IndexedClaim[][] {
  const byKey = new Map<string, SeizureBucket>();
  const unlinked: IndexedClaim[] = [];
  for (const c of claims) {
    const keys: string[] = [];
    if (c.claim.seizureOrder != null) keys.push(`seizure:${String(c.claim.seizureOrder)}`);
    if (c.claim.basis != null) keys.push(`basis:${c.claim.basis}`);
    if (keys.length === 0) {
      unlinked.push(c);
      continue;
    }
    const found = [...new Set(keys.map((k) => byKey.get(k)).filter((b): b is SeizureBucket => b !== undefined))];
    const target = found[0] ?? { members: [], first: null };
    for (const other of found.slice(1)) {
      // This claim links two groups (its seizure is one's, its basis the other's): they merge.
      target.members.push(...other.members);
      target.first = earliest(target.first, other.first);
      for (const [k, b] of byKey) if (b === other) byKey.set(k, target);
    }
    target.members.push(c);
    target.first = earliest(target.first, c.claim.seizureOrder ?? null);
    for (const k of keys) byKey.set(k, target);
  }

  const buckets = [...new Set(byKey.values())];
  const seized = buckets.filter((b) => b.first !== null).sort((a, b) => (a.first as number) - (b.first as number));
  const neverSeized = [...unlinked, ...buckets.filter((b) => b.first === null).flatMap((b) => b.members)];
  const groups = seized.map((b) => b.members);
  if (neverSeized.length > 0) groups.push(neverSeized);
  return groups.map((g) => [...g].sort((a, b) => a.index - b.index));
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/**
 * Pays `owed` out of `pool`: in full when the pool covers them all, else in proportion (民诉法解释
 * art. 508: 按照其占全部申请参与分配债权数额的比例受偿) by the largest-remainder method. Products are
 * bigint, so amounts up to Number.MAX_SAFE_INTEGER stay exact. Each share is at most its claim:
 * ⌊pool × a / total⌋ < a when pool < total, and a claim gets a leftover fen only when its remainder
 * is positive, i.e. when its exact share lies strictly between its floor and `a`.
 */
function payGroup(pool: Fen, owed: readonly Fen[]): Fen[] {
  const total = owed.reduce((s, a) => s + BigInt(a), 0n);
  const p = BigInt(pool);
  if (p >= total) return [...owed];
  const shares = owed.map((a, index) => {
    const product = p * BigInt(a);
    return { index, share: product / total, remainder: product % total };
  });
  const leftover = p - shares.reduce((s, x) => s + x.share, 0n);
  const byRemainder = [...shares].sort((a, b) => (a.remainder > b.remainder ? -1 : a.remainder < b.remainder ? 1 : a.index - b.index));
  for (const x of byRemainder.slice(0, Number(leftover))) x.share += 1n;
  return shares.map((x) => Number(x.share));
}

const isMoney = (v: unknown, min: number): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= min;
const isOrdinal = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1;
// Not a type guard, so `claims` keeps its element type after the check.
const isList = (v: unknown): boolean => Array.isArray(v);
const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The first problem with `input`, or `null`. Checks run in field order so the answer is stable. */
function validate(input: DistributionInput): Result<never> | null {
  if (!isMoney(input.amount, 0)) {
    return fail(
      distributionProblem(
        'DISTRIBUTION_AMOUNT_INVALID',
        `amount（待分配的执行所得价款）必须是以“分”为单位的非负整数（安全整数范围内），实际为：${String(input.amount)}`,
        `amount (the proceeds to distribute) must be a non-negative whole number of fen within the safe integer range, got ${String(input.amount)}`,
        { field: 'amount', value: input.amount },
      ),
    );
  }
  if (!isMoney(input.costs, 0)) {
    return fail(
      distributionProblem(
        'DISTRIBUTION_COSTS_INVALID',
        `costs（执行费用）必须是以“分”为单位的非负整数（安全整数范围内），实际为：${String(input.costs)}`,
        `costs (the enforcement costs) must be a non-negative whole number of fen within the safe integer range, got ${String(input.costs)}`,
        { field: 'costs', value: input.costs },
      ),
    );
  }
  if (!(DISTRIBUTION_DEBTOR_KINDS as readonly unknown[]).includes(input.debtorKind)) {
    return fail(
      distributionProblem(
        'DISTRIBUTION_DEBTOR_KIND_INVALID',
        `debtorKind（被执行人类型）必须是 naturalPerson（公民）、otherOrganisation（其他组织）或 enterprise（企业法人）之一，实际为：${String(input.debtorKind)}`,
        `debtorKind must be one of naturalPerson, otherOrganisation or enterprise, got ${String(input.debtorKind)}`,
        { field: 'debtorKind', value: input.debtorKind, allowed: DISTRIBUTION_DEBTOR_KINDS },
      ),
    );
  }
  if (!isList(input.claims) || input.claims.length === 0) {
    return fail(
      distributionProblem(
        'DISTRIBUTION_NO_CLAIMS',
        'claims（参与分配的债权）不能为空：分配方案至少需要一项债权',
        'claims must list at least one claim: a distribution plan needs a claim to pay',
        { field: 'claims' },
      ),
    );
  }
  const seen = new Map<string, number>();
  for (const [i, c] of input.claims.entries()) {
    const at = `claims[${String(i)}]`;
    if (!isNonEmptyString(c.id)) {
      return fail(
        distributionProblem(
          'DISTRIBUTION_CLAIM_ID_INVALID',
          `${at}.id 必须是非空字符串，实际为：${String(c.id)}`,
          `${at}.id must be a non-empty string, got ${String(c.id)}`,
          { field: `${at}.id`, value: c.id },
        ),
      );
    }
    const first = seen.get(c.id);
    if (first !== undefined) {
      return fail(
        distributionProblem(
          'DISTRIBUTION_DUPLICATE_CLAIM',
          `${at}.id“${c.id}”与 claims[${String(first)}] 重复：同一债权只能列入分配方案一次`,
          `${at}.id "${c.id}" repeats claims[${String(first)}]: a claim can appear in a distribution plan only once`,
          { field: `${at}.id`, value: c.id, firstIndex: first },
        ),
      );
    }
    seen.set(c.id, i);
    if (!isMoney(c.amount, 1)) {
      return fail(
        distributionProblem(
          'DISTRIBUTION_CLAIM_AMOUNT_INVALID',
          `${at}.amount（尚欠的债权数额）必须是以“分”为单位的正整数（安全整数范围内），实际为：${String(c.amount)}`,
          `${at}.amount (what is still owed on the claim) must be a positive whole number of fen within the safe integer range, got ${String(c.amount)}`,
          { field: `${at}.amount`, value: c.amount, claimId: c.id },
        ),
      );
    }
    if (c.priority != null) {
      const { rank, since } = c.priority;
      if (!isOrdinal(rank)) {
        return fail(
          distributionProblem(
            'DISTRIBUTION_PRIORITY_INVALID',
            `${at}.priority.rank（优先受偿顺位）必须是正整数（1 为最优先），实际为：${String(rank)}`,
            `${at}.priority.rank (the priority rank) must be a positive whole number (1 = highest), got ${String(rank)}`,
            { field: `${at}.priority.rank`, value: rank, claimId: c.id },
          ),
        );
      }
      if (typeof since !== 'string' || !isCivilDate(since)) {
        return fail(
          distributionProblem(
            'DISTRIBUTION_PRIORITY_INVALID',
            `${at}.priority.since（优先权成立或登记日期）不是有效日期（应为 YYYY-MM-DD），实际为：${String(since)}`,
            `${at}.priority.since (the date the priority right was created or registered) is not a valid date (expected YYYY-MM-DD), got ${String(since)}`,
            { field: `${at}.priority.since`, value: since, claimId: c.id },
          ),
        );
      }
    }
    if (c.seizureOrder != null && !isOrdinal(c.seizureOrder)) {
      return fail(
        distributionProblem(
          'DISTRIBUTION_SEIZURE_ORDER_INVALID',
          `${at}.seizureOrder（查封、扣押、冻结或保全的先后顺序）必须是正整数（1 为首封），实际为：${String(c.seizureOrder)}`,
          `${at}.seizureOrder (the order of preservation or seizure) must be a positive whole number (1 = first seizure), got ${String(c.seizureOrder)}`,
          { field: `${at}.seizureOrder`, value: c.seizureOrder, claimId: c.id },
        ),
      );
    }
    if (c.basis != null && !isNonEmptyString(c.basis)) {
      return fail(
        distributionProblem(
          'DISTRIBUTION_BASIS_INVALID',
          `${at}.basis（执行依据编号）必须是非空字符串，实际为：${String(c.basis)}`,
          `${at}.basis (the enforcement basis id) must be a non-empty string, got ${String(c.basis)}`,
          { field: `${at}.basis`, value: c.basis, claimId: c.id },
        ),
      );
    }
  }
  return null;
}
