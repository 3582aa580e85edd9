/**
 * 执行款 in a real browser against the real platform. A judge files a case for 张伟 against 李四
 * (¥150,000). The court's clerk records ¥100,000 that arrived in the special account, and the
 * card shows it 待发放 with the days left of its 30. The judge takes the enforcement fee and
 * proposes paying ¥50,000 to 张伟; the bureau head approves it on the funds page (and looks at the
 * delay dialog); the clerk records finance's payment with the bank's serial number, and the
 * payment reads 已发放 with the balances following. Finally the clerk reconciles a bank statement:
 * a malformed one is refused with the server's message, and one holding the receipt, the payment
 * and an unknown credit leaves exactly that credit unmatched. A receipt booked in error is reversed
 * by the bureau head, the ledger keeping both. The card reads in English too.
 * Screenshots land in test-results/e2e/funds-*.png.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { platformSuite } from './support/platform-suite.js';
import { apiSession, type ApiSession } from './support/api-session.js';
import { logIn, screenshot, showingFailure } from './support/browser.js';
import { screenshotDialog, screenshotOf } from './support/element-screenshot.js';
import { chooseOption } from './support/choose-option.js';
import { cstDay, twoChars, until } from './support/page-helpers.js';

const VIEWPORT = { width: 1440, height: 900 };
const RECEIPT_SERIAL = 'BK20260302-0001';
const PAYMENT_SERIAL = 'PAY20260302-0042';
const UNKNOWN_SERIAL = 'BK20260302-9999';
/** ¥150,000 principal: the enforcement fee on it (诉讼费用交纳办法 art. 14: ¥50 + 1.5 % over ¥10,000). */
const FEE = '2150';

const suite = platformSuite(VIEWPORT);
const newPage = () => suite.newPage();
let tempDir = '';
after(async () => {
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

const fundsCard = (page: Page) => page.getByTestId('funds-card');
const dialogWith = (page: Page, testId: string) => page.locator('.ant-modal').filter({ has: page.getByTestId(testId) });
const submitButton = (dialog: Locator, name: string | RegExp) => dialog.locator('.ant-modal-footer').getByRole('button', { name });
const rowIn = (scope: Locator, testId: string, text: string) => scope.getByTestId(testId).locator('.ant-table-row').filter({ hasText: text });

interface CaseFunds {
  accountNumber: string;
  balanceFen: number;
  availableFen: number;
  receipts: Array<{ transactionId: string; state: string; daysLeft: number; settledFen: number }>;
  payouts: Array<{ id: string; state: string; bankSerial: string | null }>;
}

/** A case for 张伟 against 李四, filed by the judge. */
async function fileCase(): Promise<{ caseId: string; caseNumber: string; judge: ApiSession }> {
  const judge = await apiSession(suite.platform.baseUrl, 'judge.zs');
  const filed = await judge.call<{ id: string; caseNumber: string }>(
    'POST',
    '/api/v1/cases',
    {
      caseType: 'first',
      cause: '民间借贷纠纷',
      basis: { type: 'judgment', issuer: '大连市中山区人民法院', documentNumber: '（2025）辽0202民初4680号', effectiveDate: cstDay(-60), performanceDeadline: cstDay(-45) },
      applicants: [{ kind: 'person', name: '张伟', idNumber: '11010519491231002X' }],
      debtors: [{ kind: 'person', name: '李四', idNumber: '210202198001251231' }],
      claims: [{ kind: 'principal', amount: '150000.00' }],
    },
    201,
  );
  return { caseId: filed.id, caseNumber: filed.caseNumber, judge };
}

/** Wait for a toast, then for it to go (so the next picture is clean). */
async function toast(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.ant-message-notice').getByText(text).waitFor();
  await until(async () => (await page.locator('.ant-message-notice').count()) === 0, 'the toast to go', 15_000);
}

describe('enforcement funds', { timeout: 420_000 }, () => {
  let caseId = '';
  let caseNumber = '';
  let caseUrl = '';
  let judge: ApiSession;
  const funds = () => judge.call<CaseFunds>('GET', `/api/v1/cases/${caseId}/funds`);

  it('lets the clerk record money that arrived, due within 30 days', async () => {
    ({ caseId, caseNumber, judge } = await fileCase());
    caseUrl = `${suite.platform.baseUrl}/cases/${caseId}`;
    const { accountNumber } = await funds();
    const { context, page, errors } = await newPage();
    await showingFailure(page, 'funds-clerk-receipt', async () => {
      await logIn(page, suite.platform.baseUrl, 'clerk.zs');
      await page.goto(caseUrl);
      const card = fundsCard(page);
      await card.getByText('执行款', { exact: true }).waitFor();
      // The account number payers quote, copied whole (shown in groups of four).
      assert.equal((await card.getByTestId('funds-account-number').textContent())?.replace(/\s/g, ''), accountNumber);
      await card.getByText('本案尚无执行款到账').waitFor();
      await card.getByTestId('funds-balance').getByText('¥0.00', { exact: true }).waitFor();
      // A clerk records receipts and payments; costs and proposals are the handler's.
      assert.equal(await card.getByRole('button', { name: '扣收费用' }).count(), 0);
      assert.equal(await card.getByRole('button', { name: '拟发放' }).count(), 0);

      await card.getByRole('button', { name: '登记到账' }).click();
      const dialog = dialogWith(page, 'fund-receipt');
      await dialog.getByText('登记执行款专户收到的本案款项', { exact: false }).waitFor();
      assert.equal(await dialog.getByLabel('缴款人').inputValue(), '李四', 'the only debtor is the likely payer');
      await dialog.getByLabel('金额（元）').fill('100000');
      await dialog.getByLabel('银行流水号').fill(RECEIPT_SERIAL);
      assert.equal(await dialog.getByLabel('到账日').inputValue(), cstDay(0));
      await screenshotDialog(page, 'funds-01-receipt-dialog');
      await submitButton(dialog, '登记到账').click();
      await toast(page, '已登记到账 ¥100,000.00');
      await dialog.waitFor({ state: 'hidden' });

      const row = rowIn(card, 'funds-receipts', '李四');
      const state = row.getByTestId('receipt-state');
      await state.getByText(/^待发放 剩 \d+ 天$/).waitFor();
      const [receipt] = (await funds()).receipts;
      assert.ok(receipt && receipt.daysLeft >= 30, 'thirty days, carried past rest days');
      assert.equal(await state.textContent(), `待发放 剩 ${receipt.daysLeft} 天`);
      assert.equal(await state.getAttribute('data-urgency'), 'normal');
      await row.getByText('自动履行', { exact: true }).waitFor();
      await row.getByText('¥100,000.00', { exact: true }).waitFor();
      await card.getByTestId('funds-balance').getByText('¥100,000.00', { exact: true }).waitFor();
      await card.getByTestId('funds-received').getByText('¥100,000.00', { exact: true }).waitFor();
      await card.scrollIntoViewIfNeeded();
      await screenshotOf(card, 'funds-02-receipt-due');
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('lets the judge take the fee and propose paying the applicant', async () => {
    assert.ok(caseUrl, 'the first test filed the case');
    const { context, page, errors } = await newPage();
    await showingFailure(page, 'funds-judge-payout', async () => {
      await logIn(page, suite.platform.baseUrl, 'judge.zs');
      await page.goto(caseUrl);
      const card = fundsCard(page);
      await card.getByTestId('funds-balance').getByText('¥100,000.00', { exact: true }).waitFor();

      await card.getByRole('button', { name: '扣收费用' }).click();
      const fee = dialogWith(page, 'fund-fee');
      assert.equal(await fee.getByLabel('费用项目').inputValue(), '申请执行费');
      await fee.getByText('可用余额 ¥100,000.00').waitFor();
      await fee.getByLabel('金额（元）').fill(FEE);
      await screenshotDialog(page, 'funds-03-fee-dialog');
      await submitButton(fee, twoChars('扣收')).click();
      await toast(page, '已扣收 ¥2,150.00');
      await card.getByTestId('funds-costs').getByText('¥2,150.00', { exact: true }).waitFor();

      await card.getByRole('button', { name: '拟发放' }).click();
      const payout = dialogWith(page, 'fund-payout');
      // The applicants of the case, 张伟 chosen as the only one.
      await payout.locator('.ant-select').getByText('张伟').waitFor();
      await payout.getByLabel('金额（元）').fill('200000');
      await payout.getByText('不得超过可用余额 ¥97,850.00').waitFor();
      await payout.getByLabel('金额（元）').fill('50000.00');
      await payout.getByLabel('收款账户（开户行及账号）').fill('中国工商银行大连中山支行 6222 0204 0000 1234 567');
      await payout.getByLabel('说明').fill('第一次发放');
      await screenshotDialog(page, 'funds-04-payout-dialog');
      await submitButton(payout, '提交审批').click();
      await toast(page, '已提交审批：向张伟发放 ¥50,000.00');

      const row = rowIn(card, 'funds-payouts', '张伟');
      await row.getByTestId('payout-state').getByText('待审批', { exact: true }).waitFor();
      await card.getByTestId('funds-balance').getByText('¥97,850.00', { exact: true }).waitFor();
      await card.getByTestId('funds-available').getByText('¥47,850.00', { exact: true }).waitFor();
      // A judge neither approves a payment nor delays one.
      assert.equal(await row.getByRole('button').count(), 0);
      assert.equal(await card.getByRole('button', { name: '批准延缓' }).count(), 0);
      await card.scrollIntoViewIfNeeded();
      await screenshotOf(card, 'funds-05-payout-proposed');
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('lets the bureau head approve the payment on the funds page', async () => {
    assert.ok(caseNumber, 'the first test filed the case');
    const { context, page, errors } = await newPage();
    await showingFailure(page, 'funds-chief-approval', async () => {
      await logIn(page, suite.platform.baseUrl, 'chief.zs');
      await page.getByRole('menuitem', { name: '执行款管理' }).click();
      await page.getByRole('heading', { name: '执行款管理' }).waitFor();
      await page.getByTestId('funds-total-approval').getByText('1', { exact: true }).waitFor();
      await page.getByTestId('funds-total-unpaid').getByText('¥97,850.00', { exact: true }).waitFor();
      const receipt = rowIn(page.locator('body'), 'funds-receipts', caseNumber);
      await receipt.getByRole('link', { name: caseNumber }).waitFor();
      await receipt.getByTestId('receipt-state').getByText(/^待发放 剩 \d+ 天$/).waitFor();
      // Part of it was taken as costs: it can be delayed, no longer reversed.
      await receipt.getByRole('button', { name: '批准延缓' }).waitFor();
      assert.equal(await receipt.getByRole('button', { name: twoChars('冲正') }).count(), 0);
      await screenshot(page, 'funds-06-board-chief');

      // The delay dialog offers the five lawful grounds; left without approving.
      await receipt.getByRole('button', { name: '批准延缓' }).click();
      const delay = dialogWith(page, 'fund-delay');
      await chooseOption(page, delay.getByLabel('延缓事由'), '申请执行人经通知未领取');
      await delay.getByLabel('说明').fill('已于三日前电话通知申请执行人领取');
      await screenshotDialog(page, 'funds-07-delay-dialog');
      await delay.locator('.ant-modal-footer').getByRole('button', { name: twoChars('取消') }).click();
      await delay.waitFor({ state: 'hidden' });

      const payout = rowIn(page.locator('body'), 'funds-payouts', caseNumber);
      await payout.getByTestId('payout-state').getByText('待审批', { exact: true }).waitFor();
      await payout.getByRole('button', { name: twoChars('审批') }).click();
      const decision = dialogWith(page, 'fund-decision');
      await decision.getByText('审批发放：张伟 ¥50,000.00').waitFor();
      await decision.getByText('中国工商银行大连中山支行 6222 0204 0000 1234 567').waitFor();
      await decision.getByLabel('审批意见').fill('同意发放');
      await screenshotDialog(page, 'funds-08-decision-dialog');
      await submitButton(decision, twoChars('提交')).click();
      await toast(page, '已批准发放');
      await payout.getByTestId('payout-state').getByText('待付款', { exact: true }).waitFor();
      await page.getByTestId('funds-total-payment').getByText('1', { exact: true }).waitFor();
      // The bureau head approves; finance's counter records the payment.
      assert.equal(await payout.getByRole('button', { name: '登记付款' }).count(), 0);
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('lets the clerk record the payment, and the card follows', async () => {
    assert.ok(caseUrl, 'the first test filed the case');
    const { context, page, errors } = await newPage();
    await showingFailure(page, 'funds-clerk-payment', async () => {
      await logIn(page, suite.platform.baseUrl, 'clerk.zs');
      await page.goto(`${suite.platform.baseUrl}/funds`);
      const payout = rowIn(page.locator('body'), 'funds-payouts', caseNumber);
      await payout.getByRole('button', { name: '登记付款' }).click();
      const payment = dialogWith(page, 'fund-payment');
      await payment.getByText('登记付款：张伟 ¥50,000.00').waitFor();
      await payment.getByLabel('银行流水号').fill(PAYMENT_SERIAL);
      assert.equal(await payment.getByLabel('付款日').inputValue(), cstDay(0));
      await screenshotDialog(page, 'funds-09-payment-dialog');
      await submitButton(payment, '登记付款').click();
      await toast(page, '已登记付款');
      await page.getByTestId('funds-payouts').getByText('没有待审批或待付款的发放').waitFor();

      await page.goto(caseUrl);
      const card = fundsCard(page);
      const row = rowIn(card, 'funds-payouts', '张伟');
      await row.getByTestId('payout-state').getByText('已发放', { exact: true }).waitFor();
      await row.getByText(PAYMENT_SERIAL).waitFor();
      await row.getByText(`付款 ${cstDay(0)}`).waitFor();
      await card.getByTestId('funds-balance').getByText('¥47,850.00', { exact: true }).waitFor();
      await card.getByTestId('funds-available').getByText('¥47,850.00', { exact: true }).waitFor();
      await card.getByTestId('funds-received').getByText('¥100,000.00', { exact: true }).waitFor();
      await card.getByTestId('funds-paid-out').getByText('¥50,000.00', { exact: true }).waitFor();
      await card.getByTestId('funds-costs').getByText('¥2,150.00', { exact: true }).waitFor();
      // ¥52,150 of the receipt has left the account; the rest is still to pay.
      const receipt = rowIn(card, 'funds-receipts', '李四');
      await receipt.getByText('¥52,150.00', { exact: true }).waitFor();
      await receipt.getByTestId('receipt-state').getByText(/^待发放 剩 \d+ 天$/).waitFor();

      // The ledger: receipt, fee, allocation, disbursement, each in balance.
      await card.getByTestId('funds-ledger').getByText('台账明细（4 笔）').click();
      const ledger = card.getByTestId('funds-ledger');
      for (const type of ['执行款到账', '扣收执行费用', '核算确定领款人或退款人', '发放执行款']) await ledger.getByText(type, { exact: true }).waitFor();
      const state = await funds();
      assert.deepEqual(
        state.payouts.map((p) => [p.state, p.bankSerial]),
        [['paid', PAYMENT_SERIAL]],
      );
      await card.scrollIntoViewIfNeeded();
      await screenshotOf(card, 'funds-10-paid-card');
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('reconciles the bank statement, leaving the unknown line unmatched', async () => {
    assert.ok(caseUrl, 'the first test filed the case');
    tempDir = await mkdtemp(path.join(tmpdir(), 'zhixing-funds-'));
    const bad = path.join(tempDir, 'statement-bad.csv');
    await writeFile(bad, `date,serial,amount,counterparty,memo\n${cstDay(0)},${RECEIPT_SERIAL},100000.00,李四,执行款\n2026/03/02,X1,1.00,王五,日期格式错误\n`);
    const good = path.join(tempDir, 'statement.csv');
    await writeFile(
      good,
      [
        'date,serial,amount,counterparty,memo',
        `${cstDay(0)},${RECEIPT_SERIAL},100000.00,李四,${caseNumber}`,
        `${cstDay(0)},${PAYMENT_SERIAL},-50000.00,张伟,发放执行款`,
        `${cstDay(0)},${UNKNOWN_SERIAL},1234.56,王五,不明来款`,
      ].join('\n'),
    );
    const { context, page, errors } = await newPage();
    await showingFailure(page, 'funds-reconciliation', async () => {
      await logIn(page, suite.platform.baseUrl, 'clerk.zs');
      await page.goto(`${suite.platform.baseUrl}/funds`);
      await page.getByRole('tab', { name: '对账' }).click();
      await page.getByTestId('reconcile-example').locator('pre', { hasText: 'date,serial,amount,counterparty,memo' }).waitFor();
      const input = page.locator('input[type=file]');

      // A malformed statement: the server names the line, shown beside the file.
      await input.setInputFiles(bad);
      await page.getByTestId('reconcile-file').getByText('statement-bad.csv（2 行明细）').waitFor();
      await page.getByRole('button', { name: '开始对账' }).click();
      await page.getByTestId('reconcile-error').getByText(/第 3 行日期无效：2026\/03\/02/).waitFor();
      await screenshot(page, 'funds-11-reconcile-bad-csv');

      await input.setInputFiles(good);
      await page.getByTestId('reconcile-file').getByText('statement.csv（3 行明细）').waitFor();
      assert.equal(await page.getByTestId('reconcile-error').count(), 0, 'the old error goes with the old file');
      await page.getByRole('button', { name: '开始对账' }).click();
      const result = page.getByTestId('reconcile-result');
      await result.getByText('存在未达账项：请核对下列未匹配的记录').waitFor();
      await result.getByTestId('reconcile-matched').getByText('2', { exact: true }).waitFor();
      await result.getByTestId('reconcile-difference').getByText('¥1,234.56', { exact: true }).waitFor();
      await result.getByText('仅对账单有（1）').waitFor();
      const unmatched = result.getByTestId('reconcile-statement-only').locator('.ant-table-row');
      assert.equal(await unmatched.count(), 1);
      await unmatched.getByText(UNKNOWN_SERIAL).waitFor();
      await unmatched.getByText('王五').waitFor();
      await result.getByText('仅台账有（0）').waitFor();
      await screenshot(page, 'funds-12-reconciliation');
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('lets the bureau head reverse a receipt recorded in error', async () => {
    assert.ok(caseUrl, 'the first test filed the case');
    // The clerk books ¥1,000 that never arrived.
    const clerk = await apiSession(suite.platform.baseUrl, 'clerk.zs');
    await clerk.call('POST', `/api/v1/cases/${caseId}/funds/receipts`, { amountFen: 100_000, channel: 'other', payer: '王五', bankSerial: 'BK-ERR-0001' }, 201);
    const { context, page, errors } = await newPage();
    await showingFailure(page, 'funds-chief-reversal', async () => {
      await logIn(page, suite.platform.baseUrl, 'chief.zs');
      await page.goto(caseUrl);
      const card = fundsCard(page);
      await card.getByTestId('funds-balance').getByText('¥48,850.00', { exact: true }).waitFor();
      const wrong = rowIn(card, 'funds-receipts', '王五');
      await wrong.getByRole('button', { name: twoChars('冲正') }).click();
      const dialog = page.locator('.ant-modal').filter({ hasText: '冲正：¥1,000.00' });
      await dialog.getByText('其他，缴款人 王五').waitFor();
      await dialog.getByLabel('冲正理由').fill('误登记，款项实际未到账');
      await screenshotDialog(page, 'funds-16-reverse-dialog');
      await submitButton(dialog, twoChars('冲正')).click();
      await toast(page, '已冲正');
      await wrong.getByTestId('receipt-state').getByText('已冲正', { exact: true }).waitFor();
      assert.equal(await wrong.getByRole('button').count(), 0, 'nothing more to do with it');
      await card.getByTestId('funds-balance').getByText('¥47,850.00', { exact: true }).waitFor();
      await card.getByTestId('funds-received').getByText('¥100,000.00', { exact: true }).waitFor();

      // The ledger keeps both: the receipt marked reversed, the reversal linked to it.
      await card.getByTestId('funds-ledger').getByText('台账明细（6 笔）').click();
      const ledger = card.getByTestId('funds-ledger');
      await ledger.getByText('冲正', { exact: true }).waitFor();
      await ledger.getByRole('button', { name: `已于 ${cstDay(0)} 冲正` }).waitFor();
      await ledger.getByRole('button', { name: `冲正 ${cstDay(0)} 的执行款到账` }).click();
      await card.scrollIntoViewIfNeeded();
      await screenshotOf(card, 'funds-17-reversed-card');
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('reads in English', async () => {
    assert.ok(caseUrl, 'the first test filed the case');
    const { context, page, errors } = await newPage();
    await showingFailure(page, 'funds-english', async () => {
      await logIn(page, suite.platform.baseUrl, 'chief.zs');
      await page.goto(caseUrl);
      await fundsCard(page).getByText('执行款', { exact: true }).waitFor();
      await page.getByText('EN', { exact: true }).click();
      const card = fundsCard(page);
      await card.getByText('Enforcement funds', { exact: true }).waitFor();
      await rowIn(card, 'funds-payouts', '张伟').getByTestId('payout-state').getByText('Paid', { exact: true }).waitFor();
      await rowIn(card, 'funds-receipts', '李四').getByTestId('receipt-state').getByText(/^To pay, \d+ days left$/).waitFor();
      for (const header of ['Arrived', 'Source', 'Payer', 'Amount', 'Pay by', 'State', 'Actions']) await card.getByTestId('funds-receipts').getByRole('columnheader', { name: header, exact: true }).waitFor();
      await card.getByTestId('funds-ledger').getByText('Ledger (6 transactions)').click();
      await card.getByTestId('funds-ledger').getByText('Disbursement from the special account', { exact: true }).waitFor();
      await card.scrollIntoViewIfNeeded();
      await screenshotOf(card, 'funds-13-english-card');
      await page.getByRole('menuitem', { name: 'Funds' }).click();
      await page.getByRole('heading', { name: 'Enforcement funds' }).waitFor();
      await screenshot(page, 'funds-14-english-board');
      await rowIn(page.locator('body'), 'funds-receipts', caseNumber).getByRole('button', { name: 'Approve delay' }).click();
      const delay = dialogWith(page, 'fund-delay');
      await chooseOption(page, delay.getByLabel('Ground'), 'preserved or frozen in another lawsuit');
      await screenshotDialog(page, 'funds-15-english-delay-dialog');
      await delay.locator('.ant-modal-footer').getByRole('button', { name: 'Cancel' }).click();
      await delay.waitFor({ state: 'hidden' });
      await page.getByText('中文', { exact: true }).click();
      await page.getByRole('heading', { name: '执行款管理' }).waitFor();
    });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
