/**
 * Enforcement funds over HTTP (issue 4, ADR 0010): one case, one account; a receipt starts its
 * 30-day clock (法发〔2017〕6号); costs and payments settle it oldest first; a payment is proposed,
 * approved by the bureau head (the allocation is booked) and paid (the disbursement is booked);
 * funds not paid out in time are flagged to the supervisors until a lawful delay is approved; a
 * receipt entered in error is reversed, never edited; the bank statement is reconciled with the
 * ledger. Every transaction balances, and the ledger as a whole sums to zero.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scanDisbursements } from '@zhixing/services';
import { filingRequest, sql } from '@zhixing/services/testing';
import { createTestApp, type TestApp } from './testing/test-app.js';

let t: TestApp;
let caseId = '';
let applicantId = '';
let debtorId = '';
before(async () => {
  t = await createTestApp();
  const filed = await t.call(await t.login('judge.zs'), 'POST', '/api/v1/cases', filingRequest({}));
  assert.equal(filed.statusCode, 201, filed.body);
  const body = filed.json<{ id: string; parties: Array<{ id: string; partyRole: string }> }>();
  caseId = body.id;
  applicantId = body.parties.find((p) => p.partyRole === 'applicant')!.id;
  debtorId = body.parties.find((p) => p.partyRole === 'debtor')!.id;
});
after(() => t.close());

interface Funds {
  accountNumber: string;
  balanceFen: number;
  availableFen: number;
  receivedFen: number;
  paidOutFen: number;
  costsFen: number;
  receipts: Array<{ transactionId: string; amountFen: number; settledFen: number; state: string; dueOn: string; daysLeft: number; arrivalOn: string; bankSerial: string | null; delay: { ground: string } | null }>;
  payouts: Array<{ id: string; state: string; amountFen: number }>;
  transactions: Array<{ id: string; type: string; reverses: string | null; reversedBy: string | null; postings: Array<{ accountKind: string; amountFen: number }> }>;
}
const funds = async (user = 'judge.zs') => (await t.call(await t.login(user, { fresh: true }), 'GET', `/api/v1/cases/${caseId}/funds`)).json<Funds>();
const today = () => new Date(t.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);

describe('enforcement funds over HTTP', () => {
  let receiptId = '';
  let payoutId = '';

  it('a receipt is booked to the case account and its 30-day clock starts', async () => {
    const clerk = await t.login('clerk.zs');
    const res = await t.call(clerk, 'POST', `/api/v1/cases/${caseId}/funds/receipts`, { amountFen: 10_000_000, channel: 'voluntary', payer: '大连海星贸易有限公司', bankSerial: 'S20261129001' });
    assert.equal(res.statusCode, 201, res.body);
    receiptId = res.json<{ transactionId: string }>().transactionId;
    const f = await funds();
    assert.match(f.accountNumber, /^210202\d{4}\d{6}$/);
    assert.deepEqual([f.balanceFen, f.receivedFen, f.availableFen], [10_000_000, 10_000_000, 10_000_000]);
    assert.equal(f.receipts[0]!.state, 'due');
    assert.equal(f.receipts[0]!.bankSerial, 'S20261129001');
    assert.ok(f.receipts[0]!.daysLeft >= 30, JSON.stringify(f.receipts[0]));
    assert.deepEqual(
      f.transactions[0]!.postings.map((p) => [p.accountKind, p.amountFen]),
      [
        ['bank', 10_000_000],
        ['case', -10_000_000],
      ],
    );
  });

  it('costs and a payment (proposed, approved, paid) settle the receipt oldest first', async () => {
    const judge = await t.login('judge.zs');
    assert.equal((await t.call(judge, 'POST', `/api/v1/cases/${caseId}/funds/fees`, { amountFen: 218_225, item: '申请执行费' })).statusCode, 201);
    const toDebtor = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/funds/payouts`, { payeePartyId: debtorId, amountFen: 100, account: '工行 6222', note: '' });
    assert.equal(toDebtor.json<{ details: { rule: string } }>().details.rule, 'FUNDS_PAYEE_NOT_APPLICANT');
    const tooMuch = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/funds/payouts`, { payeePartyId: applicantId, amountFen: 10_000_000, account: '工行 6222', note: '' });
    assert.equal(tooMuch.json<{ details: { rule: string } }>().details.rule, 'FUNDS_INSUFFICIENT');
    const proposed = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/funds/payouts`, { payeePartyId: applicantId, amountFen: 5_000_000, account: '中国工商银行 6222 0000 1111', note: '首次发放' });
    assert.equal(proposed.statusCode, 201, proposed.body);
    payoutId = proposed.json<{ id: string }>().id;
    let f = await funds();
    assert.deepEqual([f.balanceFen, f.availableFen, f.costsFen], [10_000_000 - 218_225, 10_000_000 - 218_225 - 5_000_000, 218_225]);
    // Not paid before approval; an officer does not approve.
    const early = await t.call(await t.login('clerk.zs'), 'POST', `/api/v1/funds/payouts/${payoutId}/payment`, { bankSerial: 'P1' });
    assert.equal(early.json<{ details: { rule: string } }>().details.rule, 'FUNDS_PAYOUT_NOT_APPROVED');
    assert.equal((await t.call(await t.login('officer.zs'), 'POST', `/api/v1/funds/payouts/${payoutId}/decision`, { approve: true })).statusCode, 403);
    const approved = await t.call(await t.login('chief.zs', { fresh: true }), 'POST', `/api/v1/funds/payouts/${payoutId}/decision`, { approve: true, note: '同意' });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(approved.json<{ state: string }>().state, 'approved');
    const again = await t.call(await t.login('chief.zs', { fresh: true }), 'POST', `/api/v1/funds/payouts/${payoutId}/decision`, { approve: false });
    assert.equal(again.json<{ details: { rule: string } }>().details.rule, 'FUNDS_PAYOUT_NOT_PROPOSED');
    const paid = await t.call(await t.login('clerk.zs'), 'POST', `/api/v1/funds/payouts/${payoutId}/payment`, { bankSerial: 'P20261129001' });
    assert.equal(paid.statusCode, 200, paid.body);
    f = await funds();
    assert.deepEqual([f.balanceFen, f.paidOutFen], [10_000_000 - 218_225 - 5_000_000, 5_000_000]);
    assert.deepEqual([f.receipts[0]!.settledFen, f.receipts[0]!.state], [5_218_225, 'due']);
    const types = f.transactions.map((x) => x.type);
    assert.deepEqual(types, ['receipt', 'feeDeduction', 'allocateToPayee', 'disburse']);
    for (const x of f.transactions) assert.equal(x.postings.reduce((s, p) => s + p.amountFen, 0), 0, x.type);
  });

  it('funds not paid out after 30 days are flagged to the supervisors until a lawful delay is approved', async () => {
    t.clock.advanceMs(45 * 86_400_000);
    assert.ok((await scanDisbursements(t.ctx)).overdue >= 1);
    const chief = await t.login('chief.zs', { fresh: true });
    const board = async () => (await t.call(chief, 'GET', '/api/v1/supervision/warnings?kind=disbursementOverdue')).json<{ items: Array<{ caseId: string }> }>().items;
    assert.ok((await board()).some((w) => w.caseId === caseId));
    const fundsBoard = (await t.call(chief, 'GET', '/api/v1/funds/board')).json<{ receipts: Array<{ transactionId: string; state: string }>; totals: { overdue: number } }>();
    assert.equal(fundsBoard.receipts[0]!.transactionId, receiptId);
    assert.equal(fundsBoard.receipts[0]!.state, 'overdue');
    assert.equal((await t.call(await t.login('judge.zs', { fresh: true }), 'POST', `/api/v1/cases/${caseId}/funds/receipts/${receiptId}/delay`, { ground: 'distributionPending', note: '另有债权人申请参与分配' })).statusCode, 403);
    const delayed = await t.call(chief, 'POST', `/api/v1/cases/${caseId}/funds/receipts/${receiptId}/delay`, { ground: 'distributionPending', note: '另有债权人申请参与分配' });
    assert.equal(delayed.statusCode, 200, delayed.body);
    assert.ok(!(await board()).some((w) => w.caseId === caseId));
    assert.equal((await funds()).receipts[0]!.state, 'delayed');
    const bad = await t.call(chief, 'POST', `/api/v1/cases/${caseId}/funds/receipts/${receiptId}/delay`, { ground: 'becauseISaySo', note: 'x' });
    assert.equal(bad.statusCode, 400);
    const twice = await t.call(chief, 'POST', `/api/v1/cases/${caseId}/funds/receipts/${receiptId}/delay`, { ground: 'stayed', note: '中止执行' });
    assert.equal(twice.json<{ details: { rule: string } }>().details.rule, 'FUNDS_ALREADY_DELAYED');
  });

  it('a receipt entered in error is reversed, never edited; once only', async () => {
    const clerk = await t.login('clerk.zs', { fresh: true });
    const wrong = await t.call(clerk, 'POST', `/api/v1/cases/${caseId}/funds/receipts`, { amountFen: 77_700, channel: 'other', payer: '误登记', bankSerial: 'S-ERR-1' });
    const wrongId = wrong.json<{ transactionId: string }>().transactionId;
    const chief = await t.login('chief.zs', { fresh: true });
    const reversed = await t.call(chief, 'POST', `/api/v1/cases/${caseId}/funds/receipts/${wrongId}/reversal`, { reason: '款项属于另一案件，登记错误' });
    assert.equal(reversed.statusCode, 201, reversed.body);
    const twice = await t.call(chief, 'POST', `/api/v1/cases/${caseId}/funds/receipts/${wrongId}/reversal`, { reason: '再次冲正' });
    assert.equal(twice.json<{ details: { rule: string } }>().details.rule, 'FUNDS_ALREADY_REVERSED');
    const f = await funds();
    assert.equal(f.balanceFen, 10_000_000 - 218_225 - 5_000_000);
    const original = f.transactions.find((x) => x.id === wrongId)!;
    assert.equal(original.reversedBy, `${wrongId}~reversal`);
    assert.equal(f.receipts.find((r) => r.transactionId === wrongId)!.state, 'reversed');
    await assert.rejects(sql.raw(`delete from ledger_transactions where id = '${wrongId}'`).execute(t.ctx.database.db), /never changed/);
    // The ledger as a whole: every fen in the bank is held for someone.
    const total = await sql<{ sum: string }>`select coalesce(sum(amount_fen), 0) as sum from ledger_postings`.execute(t.ctx.database.db);
    assert.equal(Number(total.rows[0]!.sum), 0);
  });

  it('the bank statement is reconciled with the ledger: matched by serial, what is on one side only is listed', async () => {
    const clerk = await t.login('clerk.zs', { fresh: true });
    const f = await funds();
    const receiptDay = f.receipts[0]!.arrivalOn;
    const paidDay = receiptDay;
    const csv = ['date,serial,amount,counterparty,memo', `${receiptDay},S20261129001,"100,000.00",大连海星贸易有限公司,案款`, `${paidDay},P20261129001,-50000.00,张伟,发放`, `${today()},X-UNKNOWN,1.00,某某,不明款`].join('\n');
    const res = await t.call(clerk, 'POST', '/api/v1/funds/reconciliation', { csv });
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json<{ matched: Array<{ line: number; by: string }>; statementOnly: Array<{ serial: string }>; ledgerOnly: Array<{ memo: string; amountFen: number }>; balanced: boolean }>();
    assert.deepEqual(
      r.matched.map((m) => [m.line, m.by]),
      [
        [2, 'serial'],
        [3, 'serial'],
      ],
    );
    assert.deepEqual(
      r.statementOnly.map((l) => l.serial),
      ['X-UNKNOWN'],
    );
    assert.equal(r.balanced, false);
    const bad = await t.call(clerk, 'POST', '/api/v1/funds/reconciliation', { csv: 'date,serial,amount\n2026-13-01,S1,1.00' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json<{ messageZh: string }>().messageZh, /第 2 行日期无效/);
    assert.deepEqual(bad.json<{ details: { issues: Array<{ in: string; path: string[] }> } }>().details.issues.map((i) => [i.in, i.path]), [['body', ['csv']]]);
    const rounding = await t.call(clerk, 'POST', '/api/v1/funds/reconciliation', { csv: '2026-11-01,S1,1.005' });
    assert.equal(rounding.statusCode, 400);
    const otherCourt = await t.call(clerk, 'POST', '/api/v1/funds/reconciliation', { csv, courtId: '210203' });
    assert.equal(otherCourt.statusCode, 404);
  });

  it('another court sees nothing of the case funds', async () => {
    const xg = await t.login('judge.xg');
    assert.equal((await t.call(xg, 'GET', `/api/v1/cases/${caseId}/funds`)).statusCode, 404);
    assert.equal((await t.call(xg, 'POST', `/api/v1/cases/${caseId}/funds/receipts`, { amountFen: 1, channel: 'other', payer: 'x', bankSerial: 'y' })).statusCode, 404);
    const board = (await t.call(await t.login('chief.xg'), 'GET', '/api/v1/funds/board')).json<{ receipts: unknown[] }>();
    assert.deepEqual(board.receipts, []);
  });
});
