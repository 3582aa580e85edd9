import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ACCOUNT_KINDS, accountKey, ledgerBalances, caseBalance, checkLedger, kindTotals, reverseTransaction, validateTransaction } from './ledger.js';
import type { Account, AccountKey, AccountKind, Posting, Transaction, TransactionType } from './ledger.js';

const BANK: Account = { kind: 'bank', ref: 'special' };
const CASES = ['C1', 'C2', 'C3'].map((ref): Account => ({ kind: 'case', ref }));
const PAYEES = ['P1', 'P2'].map((ref): Account => ({ kind: 'payee', ref }));
const REFUNDS = ['D1', 'D2'].map((ref): Account => ({ kind: 'refund', ref }));
const COSTS = CASES.map((c): Account => ({ kind: 'costs', ref: c.ref }));

/** One step of a generated ledger; the numbers pick accounts and amounts among what is feasible. */
const step = fc.record({ op: fc.integer({ min: 0, max: 6 }), a: fc.nat(), b: fc.nat(), c: fc.nat() });

/**
 * Folds generated steps into a ledger that a court could really keep: every transaction valid, no
 * balance ever below zero (a model of the natural balances decides what is feasible; a step that
 * is not feasible is skipped). Receipts run up to 10 million yuan each.
 */
function buildLedger(steps: ReadonlyArray<{ op: number; a: number; b: number; c: number }>): Transaction[] {
  const model = new Map<AccountKey, number>();
  const ledger: Transaction[] = [];
  const reversed = new Set<string>();
  const bal = (acc: Account) => model.get(accountKey(acc)) ?? 0;
  const natural = (p: Posting) => (p.account.kind === 'bank' ? p.amount : -p.amount);
  const post = (type: TransactionType, postings: Posting[], extra: Partial<Transaction> = {}) => {
    const t: Transaction = { id: `t${ledger.length}`, type, postings, ...extra };
    for (const p of postings) model.set(accountKey(p.account), bal(p.account) + natural(p));
    ledger.push(t);
  };
  /** The n-th (mod count) account of `pool` with a positive balance. */
  const pick = (pool: readonly Account[], n: number) => {
    const funded = pool.filter((acc) => bal(acc) > 0);
    return funded.length === 0 ? undefined : funded[n % funded.length];
  };
  const unidentified = () => [...model.keys()].filter((k) => k.startsWith('unidentified:')).map((k): Account => ({ kind: 'unidentified', ref: k.slice('unidentified:'.length) }));
  const d = (acc: Account, amount: number): Posting => ({ account: acc, amount });

  for (const { op, a, b, c } of steps) {
    switch (op) {
      case 0: {
        const amount = 1 + (a % 1_000_000_000);
        const to = c % 4 === 0 ? { kind: 'unidentified' as const, ref: `U${ledger.length}` } : CASES[b % CASES.length]!;
        post('receipt', [d(BANK, amount), d(to, -amount)]);
        break;
      }
      case 1: {
        const from = pick(unidentified(), b);
        if (!from) break;
        const amount = 1 + (a % bal(from));
        post('matchUnidentified', [d(from, amount), d(CASES[c % CASES.length]!, -amount)]);
        break;
      }
      case 2: {
        const from = pick(CASES, b);
        if (!from) break;
        const amount = 1 + (a % bal(from));
        post('feeDeduction', [d(from, amount), d({ kind: 'costs', ref: from.ref }, -amount)]);
        break;
      }
      case 3: {
        const from = pick(CASES, b);
        if (!from) break;
        const total = 1 + (a % bal(from));
        const payee = PAYEES[c % PAYEES.length]!;
        if (c % 3 === 0 && total >= 2) {
          const toPayee = 1 + (b % (total - 1));
          post('allocateToPayee', [d(from, total), d(payee, -toPayee), d(REFUNDS[b % REFUNDS.length]!, toPayee - total)]);
        } else {
          post('allocateToPayee', [d(from, total), d(payee, -total)]);
        }
        break;
      }
      case 4: {
        const payee = pick(PAYEES, b);
        const fee = c % 2 === 0 ? pick(COSTS, c) : undefined;
        const postings = [payee && d(payee, 1 + (a % bal(payee))), fee && d(fee, 1 + (b % bal(fee)))].filter((p) => p !== undefined);
        if (postings.length === 0) break;
        post('disburse', [...postings, d(BANK, -postings.reduce((s, p) => s + p.amount, 0))]);
        break;
      }
      case 5: {
        const from = pick([...REFUNDS, ...unidentified()], b);
        if (!from) break;
        const amount = 1 + (a % bal(from));
        post('refund', [d(from, amount), d(BANK, -amount)]);
        break;
      }
      default: {
        // Reverse an earlier entry not yet reversed, when that leaves no balance below zero.
        const candidates = ledger.filter((t) => t.type !== 'reversal' && !reversed.has(t.id));
        const target = candidates.length === 0 ? undefined : candidates[b % candidates.length]!;
        if (!target || target.postings.some((p) => bal(p.account) - natural(p) < 0)) break;
        const r = reverseTransaction(target, '冲正（生成）', `t${ledger.length}`);
        reversed.add(target.id);
        post('reversal', [...r.postings], { reverses: r.reverses!, reason: r.reason! });
      }
    }
  }
  return ledger;
}

const ledgers = fc.array(step, { minLength: 1, maxLength: 80, size: 'max' }).map(buildLedger);

const nonZero = (m: Map<AccountKey, number>) => new Map([...m].filter(([, v]) => v !== 0));

describe('ledger: properties', () => {
  it('a generated ledger is sound: every transaction valid, no finding, balances never negative (property)', () => {
    fc.assert(
      fc.property(ledgers, (ledger) => {
        const byId = new Map(ledger.map((t) => [t.id, t]));
        for (const t of ledger) assert.ok(validateTransaction(t, t.reverses === undefined ? undefined : byId.get(t.reverses)).ok, t.id);
        assert.deepEqual(checkLedger(ledger), []);
        for (let n = 0; n <= ledger.length; n += 1) {
          for (const v of ledgerBalances(ledger.slice(0, n)).values()) assert.ok(v >= 0);
        }
      }),
    );
  });

  it('keeps the total at zero and the bank equal to what it holds for everyone (property)', () => {
    fc.assert(
      fc.property(ledgers, (ledger) => {
        let raw = 0;
        for (const t of ledger) for (const p of t.postings) raw += p.amount;
        assert.equal(raw, 0);
        const totals = kindTotals(ledger);
        assert.equal(totals.bank, totals.case + totals.unidentified + totals.payee + totals.refund + totals.costs);
        const all = ledgerBalances(ledger);
        for (const kind of ACCOUNT_KINDS) {
          const sum = [...all].filter(([k]) => k.startsWith(`${kind}:`)).reduce((s, [, v]) => s + v, 0);
          assert.equal(sum, totals[kind]);
        }
        for (const c of CASES) assert.equal(caseBalance(ledger, c.ref), all.get(accountKey(c)) ?? 0);
      }),
    );
  });

  it('a reversal brings the balances back exactly, wherever it is posted (property)', () => {
    fc.assert(
      fc.property(ledgers, fc.nat(), (ledger, n) => {
        const reversible = ledger.filter((t) => t.type !== 'reversal' && !ledger.some((r) => r.reverses === t.id));
        fc.pre(reversible.length > 0);
        const target = reversible[n % reversible.length]!;
        const withReversal = [...ledger, reverseTransaction(target, '冲正', 'the-reversal')];
        const without = ledger.filter((t) => t !== target);
        assert.deepEqual(nonZero(ledgerBalances(withReversal)), nonZero(ledgerBalances(without)));
        // Right after the original, the books are as they were before it.
        const k = ledger.indexOf(target);
        assert.deepEqual(nonZero(ledgerBalances([...ledger.slice(0, k + 1), reverseTransaction(target, '冲正')])), nonZero(ledgerBalances(ledger.slice(0, k))));
        // The reversal is itself valid and cannot be reversed in turn.
        assert.ok(validateTransaction(withReversal.at(-1)!, target).ok);
        assert.throws(() => reverseTransaction(withReversal.at(-1)!, 'again'));
      }),
    );
  });

  it('balances do not depend on the order of the transactions (property)', () => {
    fc.assert(
      fc.property(
        ledgers.chain((ledger) => fc.tuple(fc.constant(ledger), fc.shuffledSubarray(ledger, { minLength: ledger.length, maxLength: ledger.length }))),
        ([ledger, shuffled]) => {
          assert.deepEqual(nonZero(ledgerBalances(shuffled)), nonZero(ledgerBalances(ledger)));
          // Out of order a balance may dip below zero, but the books still add up.
          assert.equal(checkLedger(shuffled).filter((p) => p.code === 'LEDGER_TOTAL_NOT_ZERO').length, 0);
        },
      ),
    );
  });

  const anyAccount = fc.record({ kind: fc.constantFrom<AccountKind>(...ACCOUNT_KINDS), ref: fc.constantFrom('1', '2') });
  // Half of them are made to balance (the last amount closes the others), so both answers occur.
  const anyTransaction = fc
    .record({
      type: fc.constantFrom<TransactionType>('receipt', 'matchUnidentified', 'feeDeduction', 'allocateToPayee', 'disburse', 'refund'),
      postings: fc.array(fc.record({ account: anyAccount, amount: fc.integer({ min: -1_000, max: 1_000 }) }), { minLength: 1, maxLength: 3 }),
      close: fc.boolean(),
    })
    .map(({ type, postings, close }): Transaction => {
      const last = postings.at(-1);
      if (close && last) postings[postings.length - 1] = { ...last, amount: -postings.slice(0, -1).reduce((s, p) => s + p.amount, 0) };
      return { id: 'x', type, postings };
    });

  it('accepts a transaction only if it balances, has two postings or more and no account twice (property)', () => {
    fc.assert(
      fc.property(anyTransaction, (t) => {
        const result = validateTransaction(t);
        const sum = t.postings.reduce((s, p) => s + p.amount, 0);
        const keys = new Set(t.postings.map((p) => accountKey(p.account)));
        if (result.ok) {
          assert.equal(sum, 0);
          assert.ok(t.postings.length >= 2);
          assert.equal(keys.size, t.postings.length);
          assert.ok(t.postings.every((p) => p.amount !== 0));
        } else if (t.postings.length >= 2 && keys.size === t.postings.length && t.postings.every((p) => p.amount !== 0) && sum !== 0) {
          assert.equal(result.error.code, 'LEDGER_UNBALANCED');
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
