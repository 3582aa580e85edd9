/**
 * The enforcement-funds ledger (执行款台账): double entry over the court's enforcement-funds
 * special account, with one virtual sub-account per case (一案一账号). The finance office keeps a
 * per-case ledger and the funds are accounted independently and paid for their purpose
 * (法发〔2017〕6号, legal reference §7). Only the rules live here; balances are derived from the
 * transactions every time and never stored, and an entry is never edited, only reversed.
 *
 * ### Sign convention
 * A posting's `amount` is signed from the debit side: **positive = debit, negative = credit**,
 * and every transaction's postings sum to exactly zero. `bank` is the one asset (money actually
 * in the special account, debit-normal); every other kind is money the court holds *for*
 * someone (credit-normal). Balances are reported in each account's natural sense, so a held
 * amount is positive on both sides:
 * - `bank`: debits − credits;
 * - `case`, `unidentified`, `payee`, `refund`, `costs`: credits − debits.
 *
 * A receipt of 100 yuan for case A posts `bank +10000, case:A −10000`; both balances are then
 * 10000.
 *
 * ### The identity
 * `bank = Σ case + Σ unidentified + Σ payee + Σ refund + Σ costs`: every fen in the special
 * account is owed to exactly one case, unmatched receipt, payee, refund or fee item (assets =
 * liabilities). With the sign convention it is the same statement as "all postings sum to zero":
 * the sum of all postings is `bank − held`, which {@link checkLedger} reports when it is not 0.
 */
import { DomainError, fail, ok, unwrap } from '../domain-error.js';
import type { DomainProblem, Result } from '../domain-error.js';
import { fenFromBigInt } from '../money/fen.js';
import type { Fen } from '../money/fen.js';
import { fundsProblem } from './funds-problems.js';
import type { FundsProblemCode } from './funds-problems.js';

export const ACCOUNT_KINDS = ['bank', 'case', 'unidentified', 'payee', 'costs', 'refund'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export interface AccountKindLabel {
  readonly zh: string;
  readonly en: string;
  /** What `ref` names. */
  readonly ref: string;
  /** The side that increases the balance: `bank` is an asset, the rest are amounts held for someone. */
  readonly normal: 'debit' | 'credit';
}

export const ACCOUNT_KIND_LABELS: Readonly<Record<AccountKind, AccountKindLabel>> = {
  bank: { zh: '执行款专户', en: 'Enforcement-funds special account', ref: 'the account (number or name)', normal: 'debit' },
  case: { zh: '案件虚拟子账户（一案一账号）', en: 'Case sub-account (one case, one account number)', ref: 'the case id', normal: 'credit' },
  unidentified: { zh: '待认领款', en: 'Unidentified receipt, not yet matched to a case', ref: 'the receipt (e.g. the bank serial number)', normal: 'credit' },
  payee: { zh: '待发放款', en: 'Approved for payment to a payee', ref: 'the party or creditor id', normal: 'credit' },
  costs: { zh: '执行费用', en: 'Court costs and fees taken', ref: 'the fee item (e.g. the case id)', normal: 'credit' },
  refund: { zh: '待退还款', en: 'To be returned to a payer', ref: 'the party id', normal: 'credit' },
};

export const isAccountKind = (v: unknown): v is AccountKind => typeof v === 'string' && (ACCOUNT_KINDS as readonly string[]).includes(v);

export const TRANSACTION_TYPES = ['receipt', 'matchUnidentified', 'feeDeduction', 'allocateToPayee', 'disburse', 'refund', 'reversal'] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];

export const TRANSACTION_TYPE_LABELS: Readonly<Record<TransactionType, { readonly zh: string; readonly en: string }>> = {
  receipt: { zh: '执行款到账', en: 'Receipt into the special account' },
  matchUnidentified: { zh: '待认领款认领至案件', en: 'Unidentified receipt matched to a case' },
  feeDeduction: { zh: '扣收执行费用', en: 'Court costs or fees deducted' },
  allocateToPayee: { zh: '核算确定领款人或退款人', en: 'Allocation to a payee or to a refund' },
  disburse: { zh: '发放执行款', en: 'Disbursement from the special account' },
  refund: { zh: '退还缴款人', en: 'Refund to the payer' },
  reversal: { zh: '冲正', en: 'Reversal' },
};

export const isTransactionType = (v: unknown): v is TransactionType => typeof v === 'string' && (TRANSACTION_TYPES as readonly string[]).includes(v);

export interface Account {
  readonly kind: AccountKind;
  /** A non-blank id; see {@link AccountKindLabel.ref}. */
  readonly ref: string;
}

export interface Posting {
  readonly account: Account;
  /** Signed fen: positive = debit, negative = credit; never 0. */
  readonly amount: Fen;
}

export interface Transaction {
  /** Unique in the ledger; a reversal names the transaction it reverses by it. */
  readonly id: string;
  readonly type: TransactionType;
  readonly postings: readonly Posting[];
  /** Reversal only: the id of the reversed transaction. */
  readonly reverses?: string;
  /** Reversal only (required there): why the entry is reversed. */
  readonly reason?: string;
}

/** `kind:ref`; unambiguous because a kind holds no colon. */
export type AccountKey = `${AccountKind}:${string}`;

export const accountKey = (account: Account): AccountKey => `${account.kind}:${account.ref}`;

/**
 * Which kinds each type may debit and credit. A transaction touches at most one `bank` account.
 * `disburse` also pays fees over to the court's fee account (debits `costs`), and `refund` also
 * sends an unmatched receipt back to its sender (debits `unidentified`).
 */
const SHAPES: Readonly<Record<Exclude<TransactionType, 'reversal'>, { readonly debit: readonly AccountKind[]; readonly credit: readonly AccountKind[] }>> = {
  receipt: { debit: ['bank'], credit: ['case', 'unidentified'] },
  matchUnidentified: { debit: ['unidentified'], credit: ['case'] },
  feeDeduction: { debit: ['case'], credit: ['costs'] },
  allocateToPayee: { debit: ['case'], credit: ['payee', 'refund'] },
  disburse: { debit: ['payee', 'costs'], credit: ['bank'] },
  refund: { debit: ['refund', 'unidentified'], credit: ['bank'] },
};

function txProblem(code: FundsProblemCode, tx: Transaction, zh: string, en: string, details: Record<string, unknown> = {}): DomainProblem {
  return fundsProblem(code, zh, en, { transactionId: tx.id, ...details });
}

const isBlank = (v: unknown): boolean => typeof v !== 'string' || v.trim() === '';

function postingProblem(tx: Transaction, p: Posting, index: number): DomainProblem | undefined {
  const account: unknown = p.account;
  if (typeof account !== 'object' || account === null || !isAccountKind((account as Account).kind) || isBlank((account as Account).ref)) {
    return txProblem('LEDGER_ACCOUNT_INVALID', tx, `第 ${index + 1} 条分录的账户无效：类型须为 ${ACCOUNT_KINDS.join('、')} 之一，且须有编号`, `Posting ${index + 1} names no valid account: the kind must be one of ${ACCOUNT_KINDS.join(', ')} and the ref non-blank`, {
      index,
      account,
    });
  }
  if (!Number.isSafeInteger(p.amount) || p.amount === 0) {
    return txProblem('LEDGER_AMOUNT_INVALID', tx, `第 ${index + 1} 条分录的金额须为非零的整数分：${String(p.amount)}`, `Posting ${index + 1} must be a non-zero whole number of fen: ${String(p.amount)}`, { index, amount: p.amount });
  }
  return undefined;
}

/** The change a posting makes to its account's natural balance. */
const naturalDelta = (p: Posting): bigint => (ACCOUNT_KIND_LABELS[p.account.kind].normal === 'debit' ? BigInt(p.amount) : -BigInt(p.amount));

function shapeProblem(tx: Transaction, type: Exclude<TransactionType, 'reversal'>): DomainProblem | undefined {
  const label = TRANSACTION_TYPE_LABELS[type];
  if (tx.reverses !== undefined) {
    return txProblem('LEDGER_SHAPE_INVALID', tx, `只有冲正交易才能指向被冲正的交易，“${label.zh}”不能`, `Only a reversal names a transaction it reverses, not a ${type}`, { type, reverses: tx.reverses });
  }
  const shape = SHAPES[type];
  for (const [index, p] of tx.postings.entries()) {
    const side = p.amount > 0 ? 'debit' : 'credit';
    const allowed = shape[side];
    if (!allowed.includes(p.account.kind)) {
      return txProblem(
        'LEDGER_SHAPE_INVALID',
        tx,
        `“${label.zh}”不能${side === 'debit' ? '借记' : '贷记'}${ACCOUNT_KIND_LABELS[p.account.kind].zh}（第 ${index + 1} 条分录），只能${side === 'debit' ? '借记' : '贷记'}：${allowed.map((k) => ACCOUNT_KIND_LABELS[k].zh).join('、')}`,
        `A ${type} cannot ${side} a ${p.account.kind} account (posting ${index + 1}); it may ${side} only: ${allowed.join(', ')}`,
        { type, index, side, kind: p.account.kind, allowed },
      );
    }
  }
  if (tx.postings.filter((p) => p.account.kind === 'bank').length > 1) {
    return txProblem('LEDGER_SHAPE_INVALID', tx, '一笔交易只能涉及一个执行款专户', 'A transaction touches at most one bank account', { type });
  }
  return undefined;
}

function reversalProblem(tx: Transaction, reversed: Transaction | undefined): DomainProblem | undefined {
  if (isBlank(tx.reason)) return txProblem('LEDGER_REVERSAL_REASON_MISSING', tx, '冲正必须写明原因（账目只冲正，不修改）', 'A reversal must state its reason (entries are reversed, never edited)');
  if (reversed === undefined || isBlank(tx.reverses) || reversed.id !== tx.reverses) {
    return txProblem('LEDGER_REVERSAL_TARGET_MISSING', tx, `找不到被冲正的交易：${String(tx.reverses)}`, `The transaction to reverse was not found: ${String(tx.reverses)}`, { reverses: tx.reverses });
  }
  if (reversed.type === 'reversal') {
    return txProblem('LEDGER_REVERSAL_OF_REVERSAL', tx, `交易 ${reversed.id} 本身是冲正，不能再冲正；应重新登记原交易`, `Transaction ${reversed.id} is itself a reversal and cannot be reversed; post the original entry again`, { reverses: reversed.id });
  }
  const mirrored = new Map(reversed.postings.map((p) => [accountKey(p.account), -p.amount]));
  const exact = reversed.postings.length === tx.postings.length && tx.postings.every((p) => mirrored.get(accountKey(p.account)) === p.amount);
  if (!exact) {
    return txProblem('LEDGER_REVERSAL_MISMATCH', tx, `冲正分录必须与交易 ${reversed.id} 的分录账户相同、金额相反`, `A reversal must post the same accounts as ${reversed.id} with every amount negated`, { reverses: reversed.id });
  }
  return undefined;
}

function transactionProblem(tx: Transaction, reversed: Transaction | undefined): DomainProblem | undefined {
  if (isBlank(tx.id)) return txProblem('LEDGER_TRANSACTION_ID_MISSING', tx, '交易必须有编号', 'A transaction must have an id');
  if (!isTransactionType(tx.type)) {
    return txProblem('LEDGER_TYPE_UNKNOWN', tx, `未知的交易类型：${String(tx.type)}`, `Unknown transaction type: ${String(tx.type)}`, { type: tx.type, allowed: TRANSACTION_TYPES });
  }
  if (tx.postings.length < 2) {
    return txProblem('LEDGER_TOO_FEW_POSTINGS', tx, `复式记账每笔交易至少两条分录，实际 ${tx.postings.length} 条`, `Double entry needs at least two postings per transaction, got ${tx.postings.length}`, { count: tx.postings.length });
  }
  const keys = new Set<AccountKey>();
  let debits = 0n;
  let credits = 0n;
  for (const [index, p] of tx.postings.entries()) {
    const bad = postingProblem(tx, p, index);
    if (bad) return bad;
    const key = accountKey(p.account);
    if (keys.has(key)) return txProblem('LEDGER_DUPLICATE_ACCOUNT', tx, `账户 ${key} 在同一交易中出现两次`, `Account ${key} appears twice in one transaction`, { index, account: key });
    keys.add(key);
    if (p.amount > 0) debits += BigInt(p.amount);
    else credits -= BigInt(p.amount);
  }
  if (debits !== credits) {
    return txProblem('LEDGER_UNBALANCED', tx, `借贷不平：借方合计 ${debits} 分，贷方合计 ${credits} 分`, `Debits and credits differ: ${debits} fen debited, ${credits} fen credited`, {
      debits: Number(debits),
      credits: Number(credits),
    });
  }
  return tx.type === 'reversal' ? reversalProblem(tx, reversed) : shapeProblem(tx, tx.type);
}

/**
 * Checks one transaction on its own: an id, a known type, at least two postings, valid accounts,
 * non-zero whole-fen amounts, no account twice, debits equal to credits, and the type's shape
 * (see `SHAPES`). A `reversal` is checked against `reversed`, the transaction it names: it must
 * state a reason and post that transaction's exact mirror; without `reversed` it fails with
 * `LEDGER_REVERSAL_TARGET_MISSING`. The first problem found is returned.
 *
 * ### Examples
 * ```ts
 * validateTransaction({ id: 't1', type: 'receipt', postings: [
 *   { account: { kind: 'bank', ref: 'special' }, amount: 10000 },
 *   { account: { kind: 'case', ref: 'c1' }, amount: -10000 },
 * ] }); // ok
 * ```
 */
export function validateTransaction(tx: Transaction, reversed?: Transaction): Result<Transaction> {
  const problem = transactionProblem(tx, reversed);
  return problem === undefined ? ok(tx) : fail(problem);
}

/**
 * The reversal (冲正) of `original`: the same accounts with every amount negated. Throws the
 * problem as a {@link DomainError} when the reversal would be invalid (blank reason, `original`
 * itself a reversal or malformed).
 */
export function reverseTransaction(original: Transaction, reason: string, id = `${original.id}~reversal`): Transaction {
  const postings = original.postings.map((p) => Object.freeze({ account: Object.freeze({ kind: p.account.kind, ref: p.account.ref }), amount: -p.amount }));
  const reversal: Transaction = Object.freeze({ id, type: 'reversal', reverses: original.id, reason, postings: Object.freeze(postings) });
  return unwrap(validateTransaction(reversal, original));
}

function sumBalances(transactions: readonly Transaction[]): Map<AccountKey, bigint> {
  const sums = new Map<AccountKey, bigint>();
  for (const tx of transactions) {
    for (const [index, p] of tx.postings.entries()) {
      const bad = postingProblem(tx, p, index);
      if (bad) throw new DomainError(bad);
      const key = accountKey(p.account);
      sums.set(key, (sums.get(key) ?? 0n) + naturalDelta(p));
    }
  }
  return sums;
}

/**
 * The natural balance of every account the transactions touch (zero balances included), in
 * posting order of first use. Throws `LEDGER_ACCOUNT_INVALID` / `LEDGER_AMOUNT_INVALID` for a
 * malformed posting and `MONEY_TOO_LARGE` past the safe range.
 */
export function ledgerBalances(transactions: readonly Transaction[]): Map<AccountKey, Fen> {
  return new Map([...sumBalances(transactions)].map(([key, sum]) => [key, fenFromBigInt(sum, key)]));
}

/** What the ledger holds for case `caseId` (0 for a case it never touched). */
export function caseBalance(transactions: readonly Transaction[], caseId: string): Fen {
  return ledgerBalances(transactions).get(accountKey({ kind: 'case', ref: caseId })) ?? 0;
}

/** The natural balances summed per kind: `bank` against what is held for everyone else. */
export function kindTotals(transactions: readonly Transaction[]): Record<AccountKind, Fen> {
  const totals: Record<AccountKind, bigint> = { bank: 0n, case: 0n, unidentified: 0n, payee: 0n, costs: 0n, refund: 0n };
  for (const [key, sum] of sumBalances(transactions)) {
    const kind = key.slice(0, key.indexOf(':')) as AccountKind;
    totals[kind] += sum;
  }
  const result = {} as Record<AccountKind, Fen>;
  for (const kind of ACCOUNT_KINDS) result[kind] = fenFromBigInt(totals[kind], kind);
  return result;
}

export interface LedgerCheckOptions {
  /**
   * Transaction id → the recorded reason a balance may go below zero by it (e.g. a reversal of a
   * receipt whose money was already paid out, pending recovery). Blank reasons do not count.
   */
  readonly overdraftReasons?: Readonly<Record<string, string>>;
}

/**
 * Audits a ledger in posting order and returns every problem found (empty: sound):
 * - each transaction as {@link validateTransaction} checks it, a reversal against the earlier
 *   transaction it names;
 * - unique transaction ids, and no transaction reversed twice;
 * - no account's natural balance driven below zero by a transaction without a recorded
 *   overdraft reason (the special account cannot pay out money it does not hold, a case or payee
 *   cannot be paid more than was held for it);
 * - all postings sum to zero, i.e. `bank = Σ case + unidentified + payee + refund + costs`.
 *
 * Per-transaction problems carry `transactionId` and `index` (the position in the sequence).
 * Postings with an invalid account or amount are left out of the sums.
 */
export function checkLedger(transactions: readonly Transaction[], options: LedgerCheckOptions = {}): DomainProblem[] {
  const reasons = options.overdraftReasons ?? {};
  const mayOverdraw = (id: string) => Object.hasOwn(reasons, id) && !isBlank(reasons[id]);
  const problems: DomainProblem[] = [];
  const at = (problem: DomainProblem, index: number) => problems.push({ ...problem, details: { ...problem.details, index } });
  const seen = new Map<string, Transaction>();
  const reversedBy = new Map<string, string>();
  const running = new Map<AccountKey, bigint>();
  let bank = 0n;
  let held = 0n;

  for (const [index, tx] of transactions.entries()) {
    if (seen.has(tx.id)) at(txProblem('LEDGER_DUPLICATE_TRANSACTION_ID', tx, `交易编号 ${tx.id} 重复`, `Transaction id ${tx.id} is used twice`), index);
    const target = tx.type === 'reversal' && typeof tx.reverses === 'string' ? seen.get(tx.reverses) : undefined;
    const result = validateTransaction(tx, target);
    if (!result.ok) {
      at(result.error, index);
    } else if (target !== undefined) {
      const earlier = reversedBy.get(target.id);
      if (earlier !== undefined) {
        at(txProblem('LEDGER_ALREADY_REVERSED', tx, `交易 ${target.id} 已由 ${earlier} 冲正，不能再次冲正`, `Transaction ${target.id} was already reversed by ${earlier}`, { reverses: target.id, reversedBy: earlier }), index);
      } else {
        reversedBy.set(target.id, tx.id);
      }
    }
    for (const [i, p] of tx.postings.entries()) {
      if (postingProblem(tx, p, i)) continue;
      const key = accountKey(p.account);
      const delta = naturalDelta(p);
      const after = (running.get(key) ?? 0n) + delta;
      running.set(key, after);
      if (p.account.kind === 'bank') bank += delta;
      else held += delta;
      if (delta < 0n && after < 0n && !mayOverdraw(tx.id)) {
        at(
          txProblem('LEDGER_NEGATIVE_BALANCE', tx, `${ACCOUNT_KIND_LABELS[p.account.kind].zh} ${p.account.ref} 的余额因交易 ${tx.id} 降为 ${after} 分，且未登记透支原因`, `The balance of ${key} falls to ${after} fen by transaction ${tx.id}, with no overdraft reason recorded`, {
            account: key,
            balance: Number(after),
          }),
          index,
        );
      }
    }
    if (!seen.has(tx.id)) seen.set(tx.id, tx);
  }

  if (bank !== held) {
    problems.push(
      fundsProblem(
        'LEDGER_TOTAL_NOT_ZERO',
        `全部分录合计为 ${bank - held} 分（应为 0）：专户余额 ${bank} 分，而案件、待认领、待发放、待退还及费用账户合计 ${held} 分`,
        `All postings sum to ${bank - held} fen, not 0: the special account holds ${bank} fen but ${held} fen is owed to cases, unidentified receipts, payees, refunds and costs`,
        { total: Number(bank - held), bank: Number(bank), held: Number(held) },
      ),
    );
  }
  return problems;
}
