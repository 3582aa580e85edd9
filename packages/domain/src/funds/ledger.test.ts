import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError } from '../domain-error.js';
import type { DomainProblem } from '../domain-error.js';
import { FUNDS_PROBLEM_CODES, fundsProblem, isFundsProblemCode } from './funds-problems.js';
import {
  ACCOUNT_KINDS,
  ACCOUNT_KIND_LABELS,
  TRANSACTION_TYPES,
  TRANSACTION_TYPE_LABELS,
  accountKey,
  ledgerBalances,
  caseBalance,
  checkLedger,
  isAccountKind,
  isTransactionType,
  kindTotals,
  reverseTransaction,
  validateTransaction,
} from './ledger.js';
import type { Account, AccountKind, Transaction, TransactionType } from './ledger.js';

const YUAN = 100;
const a = (kind: AccountKind, ref: string): Account => ({ kind, ref });
const BANK = a('bank', 'special');
const C1 = a('case', '(2026)沪0101执1号');
const C2 = a('case', '(2026)沪0101执2号');
const U1 = a('unidentified', 'BANK-SERIAL-001');
const P1 = a('payee', 'creditor-1');
const D1 = a('refund', 'debtor-1');
const FEE = a('costs', '(2026)沪0101执1号');

function tx(id: string, type: TransactionType, ...postings: Array<[Account, number]>): Transaction {
  return { id, type, postings: postings.map(([account, amount]) => ({ account, amount })) };
}

// The codes this file has seen returned or thrown; the last test checks every LEDGER_ code was.
const seen = new Set<string>();
function expectProblem(problem: DomainProblem | undefined, code: string): DomainProblem {
  assert.ok(problem, `expected ${code}`);
  assert.equal(problem.code, code);
  assert.match(problem.messageZh, /[\u4e00-\u9fff]/, 'the Chinese message comes first and is Chinese');
  assert.ok(problem.messageEn.length > 0);
  seen.add(problem.code);
  return problem;
}
function expectInvalid(t: Transaction, code: string, reversed?: Transaction): DomainProblem {
  const result = validateTransaction(t, reversed);
  assert.equal(result.ok, false, `expected ${code}`);
  return expectProblem(result.ok ? undefined : result.error, code);
}
function expectThrows(fn: () => unknown, code: string): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof DomainError);
    expectProblem(e, code);
    return true;
  });
}

// A case's money from arrival to payment: 1,000 yuan deducted from the debtor, 50 yuan sent by an
// unknown remitter and matched to the case, the 50 yuan fee taken, 900 yuan paid to the creditor,
// 100 yuan returned to the debtor; a second stray 30 yuan is sent back to its sender.
const STORY: readonly Transaction[] = [
  tx('t1', 'receipt', [BANK, 1_000 * YUAN], [C1, -1_000 * YUAN]),
  tx('t2', 'receipt', [BANK, 50 * YUAN], [U1, -50 * YUAN]),
  tx('t3', 'matchUnidentified', [U1, 50 * YUAN], [C1, -50 * YUAN]),
  tx('t4', 'feeDeduction', [C1, 50 * YUAN], [FEE, -50 * YUAN]),
  tx('t5', 'allocateToPayee', [C1, 1_000 * YUAN], [P1, -900 * YUAN], [D1, -100 * YUAN]),
  tx('t6', 'disburse', [P1, 900 * YUAN], [FEE, 50 * YUAN], [BANK, -950 * YUAN]),
  tx('t7', 'refund', [D1, 100 * YUAN], [BANK, -100 * YUAN]),
  tx('t8', 'receipt', [BANK, 30 * YUAN], [a('unidentified', 'BANK-SERIAL-002'), -30 * YUAN]),
  tx('t9', 'refund', [a('unidentified', 'BANK-SERIAL-002'), 30 * YUAN], [BANK, -30 * YUAN]),
];

describe('validateTransaction: every type', () => {
  for (const t of STORY) {
    it(`accepts ${t.id}, a ${t.type}`, () => {
      assert.deepEqual(validateTransaction(t), { ok: true, value: t });
    });
  }

  it('accepts a receipt split between a case and an unidentified receipt, and a match to two cases', () => {
    assert.ok(validateTransaction(tx('s1', 'receipt', [BANK, 300], [C1, -100], [U1, -200])).ok);
    assert.ok(validateTransaction(tx('s2', 'matchUnidentified', [U1, 200], [C1, -150], [C2, -50])).ok);
  });

  it('accepts a reversal that mirrors the transaction it names', () => {
    const r = reverseTransaction(STORY[0]!, '误认领：款项属于另案');
    assert.deepEqual(validateTransaction(r, STORY[0]), { ok: true, value: r });
    assert.deepEqual(r, {
      id: 't1~reversal',
      type: 'reversal',
      reverses: 't1',
      reason: '误认领：款项属于另案',
      postings: [
        { account: BANK, amount: -1_000 * YUAN },
        { account: C1, amount: 1_000 * YUAN },
      ],
    });
    assert.ok(Object.isFrozen(r) && Object.isFrozen(r.postings) && Object.isFrozen(r.postings[0]));
    assert.equal(reverseTransaction(STORY[0]!, 'x', 'r-77').id, 'r-77');
  });

  it('accepts a mirror whose postings come in another order', () => {
    const r: Transaction = { ...tx('r', 'reversal', [C1, 1_000 * YUAN], [BANK, -1_000 * YUAN]), reverses: 't1', reason: '错误入账' };
    assert.ok(validateTransaction(r, STORY[0]).ok);
  });
});

describe('validateTransaction: problems', () => {
  const t1 = STORY[0]!;

  it('LEDGER_TRANSACTION_ID_MISSING', () => {
    expectInvalid({ ...t1, id: ' ' }, 'LEDGER_TRANSACTION_ID_MISSING');
  });

  it('LEDGER_TYPE_UNKNOWN', () => {
    const p = expectInvalid({ ...t1, type: 'transfer' as TransactionType }, 'LEDGER_TYPE_UNKNOWN');
    assert.deepEqual(p.details, { transactionId: 't1', type: 'transfer', allowed: TRANSACTION_TYPES });
  });

  it('LEDGER_TOO_FEW_POSTINGS', () => {
    expectInvalid(tx('x', 'receipt'), 'LEDGER_TOO_FEW_POSTINGS');
    expectInvalid(tx('x', 'receipt', [BANK, 100]), 'LEDGER_TOO_FEW_POSTINGS');
  });

  for (const account of [a('vault' as AccountKind, '1'), a('case', ''), a('case', '  '), null as unknown as Account, { kind: 'case' } as Account]) {
    it(`LEDGER_ACCOUNT_INVALID: ${JSON.stringify(account)}`, () => {
      const p = expectInvalid(tx('x', 'receipt', [BANK, 100], [account, -100]), 'LEDGER_ACCOUNT_INVALID');
      assert.equal(p.details?.['index'], 1);
    });
  }

  for (const amount of [0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
    it(`LEDGER_AMOUNT_INVALID: ${String(amount)}`, () => {
      expectInvalid(tx('x', 'receipt', [BANK, amount], [C1, -100]), 'LEDGER_AMOUNT_INVALID');
    });
  }

  it('LEDGER_DUPLICATE_ACCOUNT', () => {
    const p = expectInvalid(tx('x', 'receipt', [BANK, 200], [C1, -100], [C1, -100]), 'LEDGER_DUPLICATE_ACCOUNT');
    assert.equal(p.details?.['account'], accountKey(C1));
  });

  it('LEDGER_UNBALANCED', () => {
    const p = expectInvalid(tx('x', 'receipt', [BANK, 10_000], [C1, -9_999]), 'LEDGER_UNBALANCED');
    assert.deepEqual(p.details, { transactionId: 'x', debits: 10_000, credits: 9_999 });
  });

  it('LEDGER_UNBALANCED is exact beyond the safe range of a sum', () => {
    // Debits and credits each pass Number.MAX_SAFE_INTEGER; they are summed as bigint, exactly.
    const max = Number.MAX_SAFE_INTEGER;
    expectInvalid(tx('x', 'receipt', [BANK, max], [a('bank', 'other'), max], [C1, -max], [C2, -max + 1], [U1, -1]), 'LEDGER_SHAPE_INVALID');
    expectInvalid(tx('x', 'receipt', [BANK, max], [a('bank', 'other'), max], [C1, -max], [C2, -max + 1]), 'LEDGER_UNBALANCED');
  });

  const SHAPE_CASES: ReadonlyArray<{ note: string; t: Transaction }> = [
    { note: 'a receipt credits only a case or an unidentified receipt', t: tx('x', 'receipt', [BANK, 100], [P1, -100]) },
    { note: 'a receipt debits only the bank', t: tx('x', 'receipt', [C1, 100], [U1, -100]) },
    { note: 'a match credits only a case', t: tx('x', 'matchUnidentified', [U1, 100], [P1, -100]) },
    { note: 'a fee is taken from a case', t: tx('x', 'feeDeduction', [U1, 100], [FEE, -100]) },
    { note: 'an allocation goes to a payee or a refund', t: tx('x', 'allocateToPayee', [C1, 100], [FEE, -100]) },
    { note: 'a disbursement pays a payee or costs, not a case', t: tx('x', 'disburse', [C1, 100], [BANK, -100]) },
    { note: 'a refund pays a refund or an unidentified receipt', t: tx('x', 'refund', [P1, 100], [BANK, -100]) },
    { note: 'one bank account per transaction', t: tx('x', 'receipt', [BANK, 100], [a('bank', 'cash'), 100], [C1, -200]) },
    { note: 'only a reversal names a reversed transaction', t: { ...tx('x', 'receipt', [BANK, 100], [C1, -100]), reverses: 't1' } },
  ];
  for (const c of SHAPE_CASES) {
    it(`LEDGER_SHAPE_INVALID: ${c.note}`, () => {
      expectInvalid(c.t, 'LEDGER_SHAPE_INVALID');
    });
  }

  it('LEDGER_REVERSAL_REASON_MISSING', () => {
    expectThrows(() => reverseTransaction(t1, '  '), 'LEDGER_REVERSAL_REASON_MISSING');
    expectInvalid({ ...tx('r', 'reversal', [BANK, -100], [C1, 100]), reverses: 't1' }, 'LEDGER_REVERSAL_REASON_MISSING', t1);
  });

  it('LEDGER_REVERSAL_TARGET_MISSING: no original given, another one, or none named', () => {
    const r = reverseTransaction(t1, '重复入账');
    expectInvalid(r, 'LEDGER_REVERSAL_TARGET_MISSING');
    expectInvalid(r, 'LEDGER_REVERSAL_TARGET_MISSING', STORY[1]);
    expectInvalid({ ...r, reverses: undefined }, 'LEDGER_REVERSAL_TARGET_MISSING', t1);
    expectInvalid({ ...r, reverses: '' }, 'LEDGER_REVERSAL_TARGET_MISSING', { ...t1, id: '' });
  });

  it('LEDGER_REVERSAL_OF_REVERSAL', () => {
    expectThrows(() => reverseTransaction(reverseTransaction(t1, '重复入账'), '撤销冲正'), 'LEDGER_REVERSAL_OF_REVERSAL');
  });

  it('LEDGER_REVERSAL_MISMATCH: amounts, accounts or postings differ', () => {
    const r = reverseTransaction(t1, '重复入账');
    const mismatches: Transaction[] = [
      { ...r, postings: [{ account: BANK, amount: -900 }, { account: C1, amount: 900 }] },
      { ...r, postings: [{ account: BANK, amount: -1_000 * YUAN }, { account: C2, amount: 1_000 * YUAN }] },
      { ...r, postings: [{ account: BANK, amount: 1_000 * YUAN }, { account: C1, amount: -1_000 * YUAN }] },
    ];
    for (const m of mismatches) expectInvalid(m, 'LEDGER_REVERSAL_MISMATCH', t1);
    // The original has a third posting the reversal leaves out.
    expectInvalid(r, 'LEDGER_REVERSAL_MISMATCH', tx('t1', 'receipt', [BANK, 1_000 * YUAN], [C1, -900 * YUAN], [C2, -100 * YUAN]));
    // A malformed original with an account twice cannot be mirrored.
    const twice = tx('t1', 'receipt', [BANK, 300], [C1, -100], [C1, -200]);
    const r3: Transaction = { ...tx('r3', 'reversal', [BANK, -300], [C1, 100], [C2, 200]), reverses: 't1', reason: 'x' };
    expectInvalid(r3, 'LEDGER_REVERSAL_MISMATCH', twice);
  });
});

describe('balances', () => {
  it('are derived in each account’s natural sense, step by step', () => {
    const after = (n: number) => Object.fromEntries(ledgerBalances(STORY.slice(0, n)));
    assert.deepEqual(after(1), { 'bank:special': 100_000, 'case:(2026)沪0101执1号': 100_000 });
    assert.deepEqual(after(3), { 'bank:special': 105_000, 'case:(2026)沪0101执1号': 105_000, 'unidentified:BANK-SERIAL-001': 0 });
    assert.deepEqual(after(5), {
      'bank:special': 105_000,
      'case:(2026)沪0101执1号': 0,
      'unidentified:BANK-SERIAL-001': 0,
      'costs:(2026)沪0101执1号': 5_000,
      'payee:creditor-1': 90_000,
      'refund:debtor-1': 10_000,
    });
    assert.deepEqual([...ledgerBalances(STORY).values()], [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(ledgerBalances([]), new Map());
  });

  it('caseBalance', () => {
    assert.equal(caseBalance(STORY.slice(0, 1), C1.ref), 100_000);
    assert.equal(caseBalance(STORY.slice(0, 4), C1.ref), 100_000);
    assert.equal(caseBalance(STORY, C1.ref), 0);
    assert.equal(caseBalance(STORY, 'no such case'), 0);
  });

  it('kindTotals: the bank holds what is owed to everyone else', () => {
    assert.deepEqual(kindTotals(STORY.slice(0, 5)), { bank: 105_000, case: 0, unidentified: 0, payee: 90_000, costs: 5_000, refund: 10_000 });
    const t = kindTotals(STORY.slice(0, 2));
    assert.equal(t.bank, t.case + t.unidentified + t.payee + t.costs + t.refund);
  });

  it('refuse a malformed posting, and a sum beyond the safe range', () => {
    expectThrows(() => ledgerBalances([tx('x', 'receipt', [BANK, 0.5], [C1, -0.5])]), 'LEDGER_AMOUNT_INVALID');
    expectThrows(() => caseBalance([tx('x', 'receipt', [BANK, 1], [a('case', ''), -1])], ''), 'LEDGER_ACCOUNT_INVALID');
    const max = Number.MAX_SAFE_INTEGER;
    assert.throws(
      () => ledgerBalances([tx('x', 'receipt', [BANK, max], [C1, -max]), tx('y', 'receipt', [BANK, max], [C2, -max])]),
      (e: unknown) => e instanceof DomainError && e.code === 'MONEY_TOO_LARGE',
    );
  });
});

describe('checkLedger', () => {
  it('finds nothing wrong with the story, nor with an empty ledger', () => {
    assert.deepEqual(checkLedger(STORY), []);
    assert.deepEqual(checkLedger([]), []);
  });

  it('reports an invalid transaction with its position', () => {
    const problems = checkLedger([STORY[0]!, tx('bad', 'receipt', [BANK, 100], [P1, -100])]);
    assert.equal(problems.length, 1);
    const p = expectProblem(problems[0], 'LEDGER_SHAPE_INVALID');
    assert.equal(p.details?.['index'], 1);
    assert.equal(p.details?.['transactionId'], 'bad');
  });

  it('LEDGER_DUPLICATE_TRANSACTION_ID', () => {
    const problems = checkLedger([STORY[0]!, tx('t1', 'receipt', [BANK, 5], [C2, -5])]);
    assert.deepEqual(
      problems.map((p) => [p.code, p.details?.['index']]),
      [['LEDGER_DUPLICATE_TRANSACTION_ID', 1]],
    );
    expectProblem(problems[0], 'LEDGER_DUPLICATE_TRANSACTION_ID');
  });

  it('a reversal in sequence restores the balances; a second reversal is LEDGER_ALREADY_REVERSED', () => {
    const r = reverseTransaction(STORY[0]!, '错误扣划，退回');
    assert.deepEqual(checkLedger([STORY[0]!, r]), []);
    assert.deepEqual([...ledgerBalances([STORY[0]!, r]).values()], [0, 0]);
    const problems = checkLedger([STORY[0]!, r, { ...r, id: 'again' }]);
    // The second reversal is reported once as such, and the bank and case it overdraws.
    assert.deepEqual(
      problems.map((p) => p.code),
      ['LEDGER_ALREADY_REVERSED', 'LEDGER_NEGATIVE_BALANCE', 'LEDGER_NEGATIVE_BALANCE'],
    );
    const p = expectProblem(problems[0], 'LEDGER_ALREADY_REVERSED');
    assert.deepEqual(p.details, { transactionId: 'again', reverses: 't1', reversedBy: 't1~reversal', index: 2 });
  });

  it('a reversal must come after the transaction it reverses', () => {
    const r = reverseTransaction(STORY[0]!, '错误扣划');
    const problems = checkLedger([r, STORY[0]!]);
    expectProblem(problems[0], 'LEDGER_REVERSAL_TARGET_MISSING');
  });

  it('LEDGER_NEGATIVE_BALANCE: allocating more than the case holds', () => {
    const ledger = [STORY[0]!, tx('over', 'allocateToPayee', [C1, 1_200 * YUAN], [P1, -1_200 * YUAN])];
    const problems = checkLedger(ledger);
    assert.equal(problems.length, 1);
    const p = expectProblem(problems[0], 'LEDGER_NEGATIVE_BALANCE');
    assert.deepEqual(p.details, { transactionId: 'over', account: accountKey(C1), balance: -20_000, index: 1 });
  });

  it('LEDGER_NEGATIVE_BALANCE: paying out more than was approved, or than the bank holds', () => {
    const ledger = [...STORY.slice(0, 5), tx('pay', 'disburse', [P1, 1_100 * YUAN], [BANK, -1_100 * YUAN])];
    assert.deepEqual(
      checkLedger(ledger).map((p) => p.details?.['account']),
      ['payee:creditor-1', 'bank:special'],
    );
  });

  it('LEDGER_NEGATIVE_BALANCE: reversing a receipt already paid out, unless a reason is recorded', () => {
    const ledger = [...STORY.slice(0, 7), reverseTransaction(STORY[0]!, '被执行人银行撤回扣划')];
    assert.deepEqual(
      checkLedger(ledger).map((p) => [p.code, p.details?.['account']]),
      [
        ['LEDGER_NEGATIVE_BALANCE', 'bank:special'],
        ['LEDGER_NEGATIVE_BALANCE', 'case:(2026)沪0101执1号'],
      ],
    );
    assert.deepEqual(checkLedger(ledger, { overdraftReasons: { 't1~reversal': '银行退回扣划，已责令申请执行人退还' } }), []);
    assert.equal(checkLedger(ledger, { overdraftReasons: { 't1~reversal': ' ' } }).length, 2);
    assert.equal(checkLedger(ledger, { overdraftReasons: { t1: 'the wrong transaction' } }).length, 2);
  });

  it('a balance already below zero is not reported again when it only recovers', () => {
    const ledger = [tx('over', 'feeDeduction', [C1, 100], [FEE, -100]), tx('in', 'receipt', [BANK, 40], [C1, -40])];
    assert.deepEqual(
      checkLedger(ledger).map((p) => p.details?.['transactionId']),
      ['over'],
    );
  });

  it('LEDGER_TOTAL_NOT_ZERO: an unbalanced entry breaks the identity bank = Σ held', () => {
    const problems = checkLedger([STORY[0]!, tx('short', 'receipt', [BANK, 10_000], [C2, -9_000])]);
    assert.deepEqual(
      problems.map((p) => p.code),
      ['LEDGER_UNBALANCED', 'LEDGER_TOTAL_NOT_ZERO'],
    );
    const p = expectProblem(problems[1], 'LEDGER_TOTAL_NOT_ZERO');
    assert.deepEqual(p.details, { total: 1_000, bank: 110_000, held: 109_000 });
  });

  it('leaves postings with a bad account or amount out of the sums', () => {
    const problems = checkLedger([tx('bad', 'receipt', [BANK, 100], [C1, Number.NaN])]);
    assert.deepEqual(
      problems.map((p) => p.code),
      ['LEDGER_AMOUNT_INVALID', 'LEDGER_TOTAL_NOT_ZERO'],
    );
  });
});

describe('labels and registry', () => {
  it('every account kind and transaction type has both labels', () => {
    for (const kind of ACCOUNT_KINDS) {
      const label = ACCOUNT_KIND_LABELS[kind];
      assert.match(label.zh, /[\u4e00-\u9fff]/);
      assert.ok(label.en && label.ref);
      assert.equal(label.normal, kind === 'bank' ? 'debit' : 'credit');
    }
    for (const type of TRANSACTION_TYPES) assert.match(TRANSACTION_TYPE_LABELS[type].zh, /[\u4e00-\u9fff]/);
    assert.equal(isAccountKind('payee'), true);
    assert.equal(isAccountKind('vault'), false);
    assert.equal(isTransactionType('disburse'), true);
    assert.equal(isTransactionType(7), false);
  });

  it('FUNDS_PROBLEM_CODES are UPPER_SNAKE, prefixed by area, unique', () => {
    assert.equal(new Set(FUNDS_PROBLEM_CODES).size, FUNDS_PROBLEM_CODES.length);
    for (const code of FUNDS_PROBLEM_CODES) assert.match(code, /^(LEDGER|DISBURSEMENT)_[A-Z0-9_]+$/);
    assert.equal(isFundsProblemCode('LEDGER_UNBALANCED'), true);
    assert.equal(isFundsProblemCode('INVALID_DATE'), false);
    assert.deepEqual(fundsProblem('LEDGER_UNBALANCED', '借贷不平', 'Unbalanced'), { code: 'LEDGER_UNBALANCED', messageZh: '借贷不平', messageEn: 'Unbalanced' });
  });

  it('FUNDS_PROBLEM_CODES list exactly the codes ledger.ts and disbursement.ts use', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const used = new Set<string>();
    for (const file of ['ledger.ts', 'disbursement.ts']) {
      const text = readFileSync(join(here, file), 'utf8');
      for (const m of text.matchAll(/(?:fundsProblem|txProblem)\(\s*'([A-Z][A-Z0-9_]+)'/g)) used.add(m[1]!);
    }
    assert.deepEqual([...used].sort(), [...FUNDS_PROBLEM_CODES].sort());
  });
});

// Runs last (tests run in file order): every ledger code has a worked example above.
describe('coverage of the codes', () => {
  it('every LEDGER_ code was returned or thrown by an example above', () => {
    const ledgerCodes = FUNDS_PROBLEM_CODES.filter((c) => c.startsWith('LEDGER_'));
    assert.deepEqual([...seen].sort(), [...ledgerCodes].sort());
  });
});
