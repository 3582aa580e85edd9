/**
 * 控制措施 in a real browser against the real platform, with real institutions answering: a
 * reference bank and a real-estate registry (the connectors' simulators) listen on loopback,
 * registered by the administrator as pushed-to institutions that hold the platform's signing key.
 * A judge files a case against 李四 for ¥150,000, starts the network inquiry and waits for what
 * the institutions report; orders a freeze of the first deposit, sees the over-seizure guard's
 * verdict before sending (within: the amount still owed, the term and the renewal date), and sees
 * the freeze in force once the bank answers. Ordering a seal of the flat as well is refused by the
 * guard (already covered), with the judge's lawful override offered. The card and the dialogs read
 * in English too; a clerk sees the card without its buttons; the expiry calendar lists the freeze.
 * Then the money: the judge deducts ¥50,000 from the freeze, the bank pays it over (the job loop
 * sends the act), and the 执行款 card shows the receipt (扣划, 待发放 with the days left); the judge
 * proposes paying 张伟, the bureau head approves, the clerk records the payment with the bank's
 * serial number, and the account is empty, the receipt paid out, both steps in the case's history.
 * Screenshots land in test-results/e2e/property-control-*.png.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { InstitutionSimulator, generateKeyPair, postTo, startSimulatorServer, type SimulatorServer } from '@zhixing/connectors';
import { platformSuite } from './support/platform-suite.js';
import { apiSession, type ApiSession } from './support/api-session.js';
import { logIn, screenshot, showingFailure } from './support/browser.js';
import { screenshotDialog, screenshotOf } from './support/element-screenshot.js';
import { checkSurely, cstDay, pressWithKeyboard, twoChars, typePeriod, until } from './support/page-helpers.js';

const VIEWPORT = { width: 1440, height: 900 };
const BANK = '大连测试银行';
const REGISTRY = '大连市不动产登记中心（测试）';
const DEBTOR = { kind: 'person' as const, name: '李四', idNumber: '210202198001251231' };
/** What the simulators hold for 李四 (deterministic from the institution's code and the ID number). */
const DEPOSIT = '62264516506454285';
const FLAT = '辽(2024)大连市不动产权第5630654号';
/** ¥150,000 principal and the enforcement fee on it (诉讼费用交纳办法 art. 14: ¥50 + 1.5 % over ¥10,000 = ¥2,150). */
const OUTSTANDING = '¥152,150.00';
const OUTSTANDING_FEN = 15_215_000;
/** Paid over from the frozen deposit, all of it then paid to the applicant. */
const DEDUCTED_YUAN = '50000.00';
const DEDUCTED = '¥50,000.00';
const DEDUCTED_FEN = 5_000_000;
/** What the freeze holds after the deduction, and what the case still owes. */
const REMAINING = '¥102,150.00';
const APPLICANT = '张伟';
const PAYEE_ACCOUNT = '中国工商银行大连中山支行 6222 0204 0000 1234 567';
const PAYMENT_SERIAL = 'PAY20260302-0077';

const suite = platformSuite(VIEWPORT);
const newPage = () => suite.newPage();
const simulators: SimulatorServer[] = [];
after(async () => {
  for (const s of simulators) await s.close();
});

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface PlatformKey {
  keyId: string;
  alg: 'SM2-SM3' | 'Ed25519';
  publicKey: string;
  courts: string[];
}

/** One reference institution on loopback, answering within a second, registered as pushed-to with its own key. */
async function startInstitution(admin: ApiSession, platformKey: PlatformKey, category: 'bank' | 'realEstateRegistry', code: string, name: string): Promise<void> {
  const pair = generateKeyPair('SM2-SM3');
  const simulator = new InstitutionSimulator({
    category,
    code,
    signer: { keyId: `${code}-1`, alg: pair.alg, privateKey: pair.privateKey, publicKey: pair.publicKey },
    // The institution holds the platform's public key for every court it signs for.
    courtKeys: (party, keyId) =>
      party.startsWith('court:') && keyId === platformKey.keyId
        ? { party, keyId, alg: platformKey.alg, publicKey: platformKey.publicKey, validFrom: '2020-01-01T00:00:00Z', validTo: null, revokedAt: null }
        : undefined,
    latencyMs: { min: 100, max: 600 },
  });
  const server = await startSimulatorServer(simulator, postTo(`${suite.platform.baseUrl}/api/agency/v1/assist/replies`));
  simulators.push(server);
  await admin.call('POST', '/api/v1/institutions', { code, name, category, connection: 'push', endpoint: `${server.url}/assist/v1/requests`, slaSeconds: 600, key: { keyId: `${code}-1`, alg: pair.alg, publicKey: pair.publicKey } }, 201);
}

/** The institutions, and a case against 李四 filed by the judge. */
async function prepare(): Promise<{ caseId: string; caseNumber: string; judge: ApiSession }> {
  const baseUrl = suite.platform.baseUrl;
  const admin = await apiSession(baseUrl, 'admin');
  const platformKey = await admin.call<PlatformKey>('GET', '/api/v1/assist/platform-key');
  await startInstitution(admin, platformKey, 'bank', 'bank-http', BANK);
  await startInstitution(admin, platformKey, 'realEstateRegistry', 're-http', REGISTRY);

  const judge = await apiSession(baseUrl, 'judge.zs');
  const filed = await judge.call<{ id: string; caseNumber: string }>(
    'POST',
    '/api/v1/cases',
    {
      caseType: 'first',
      cause: '民间借贷纠纷',
      basis: { type: 'judgment', issuer: '大连市中山区人民法院', documentNumber: '（2025）辽0202民初3579号', effectiveDate: cstDay(-60), performanceDeadline: cstDay(-45) },
      applicants: [{ kind: 'person', name: '张伟', idNumber: '11010519491231002X' }],
      debtors: [DEBTOR],
      claims: [{ kind: 'principal', amount: '150000.00' }],
    },
    201,
  );
  return { caseId: filed.id, caseNumber: filed.caseNumber, judge };
}

const inquiryCard = (page: Page) => page.getByTestId('network-inquiry-card');
const controlsCard = (page: Page) => page.getByTestId('controls-card');
const propertyRow = (page: Page, ref: string) => inquiryCard(page).getByTestId('inquiry-properties').locator('.ant-table-row').filter({ hasText: ref });
const controlRow = (page: Page, ref: string) => controlsCard(page).getByTestId('controls-table').locator('.ant-table-row').filter({ hasText: ref });
const dialog = (page: Page) => page.locator('.ant-modal').filter({ has: page.getByTestId('control-order') });
const submitButton = (scope: Locator, name: string | RegExp) => scope.locator('.ant-modal-footer').getByRole('button', { name });
const fundsCard = (page: Page) => page.getByTestId('funds-card');
const rowIn = (scope: Locator, testId: string, text: string) => scope.getByTestId(testId).locator('.ant-table-row').filter({ hasText: text });

interface CaseFunds {
  balanceFen: number;
  receipts: Array<{ state: string; daysLeft: number; settledFen: number }>;
  payouts: Array<{ state: string; bankSerial: string | null }>;
}

/** The inquiry card reads results only when asked (the read is audited): ask until the institutions' answers are in. */
async function waitForProperty(page: Page, refs: readonly string[]): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    let all = true;
    for (const ref of refs) all &&= (await propertyRow(page, ref).count()) > 0;
    if (all) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for the property ${refs.join(', ')}`);
    await page.waitForTimeout(2000);
    await inquiryCard(page).getByRole('button', { name: '刷新' }).click();
  }
}

describe('property controls', { timeout: 420_000 }, () => {
  let caseUrl = '';
  let caseNumber = '';

  /** One person's turn on the case page, in a browser of their own, with no page errors. */
  async function asUser(username: string, name: string, steps: (page: Page) => Promise<void>): Promise<void> {
    const { context, page, errors } = await newPage();
    await showingFailure(page, name, async () => {
      await logIn(page, suite.platform.baseUrl, username);
      await page.goto(caseUrl);
      await page.getByTestId('case-number').getByText(caseNumber).waitFor();
      await steps(page);
    });
    assert.deepEqual(errors, []);
    await context.close();
  }

  it('lets a judge freeze a deposit within the claim, and shows the guard refusing more', async () => {
    const prepared = await prepare();
    caseNumber = prepared.caseNumber;
    caseUrl = `${suite.platform.baseUrl}/cases/${prepared.caseId}`;
    // What the case owes, as the server counts it: the claim and the enforcement fee.
    const owed = await prepared.judge.call<{ outstandingFen: number; controls: unknown[] }>('GET', `/api/v1/cases/${prepared.caseId}/controls`);
    assert.deepEqual({ outstandingFen: owed.outstandingFen, controls: owed.controls.length }, { outstandingFen: OUTSTANDING_FEN, controls: 0 });
    const { context, page, errors } = await newPage();

    await showingFailure(page, 'property-control-judge', async () => {
      await logIn(page, suite.platform.baseUrl, 'judge.zs');
      await page.goto(caseUrl);
      await page.getByTestId('case-number').getByText(caseNumber).waitFor();
      const card = controlsCard(page);
      await card.getByText('控制措施', { exact: true }).waitFor();
      await card.getByText('尚未采取控制措施').waitFor();
      await card.getByTestId('controls-outstanding').getByText(OUTSTANDING, { exact: true }).waitFor();
      await card.getByTestId('controls-covered').getByText('¥0.00', { exact: true }).waitFor();

      // First, the inquiry: the bank and the registry answer over the network.
      await pressWithKeyboard(inquiryCard(page).getByRole('button', { name: '发起网络查控' }));
      await pressWithKeyboard(page.locator('.ant-popover').getByRole('button', { name: '发出查询' }));
      await page.getByText(/^已发出 \d+ 项查询请求/).waitFor();
      await waitForProperty(page, [DEPOSIT, FLAT]);
      await propertyRow(page, DEPOSIT).getByTestId('order-control').waitFor();
      await inquiryCard(page).scrollIntoViewIfNeeded();
      await screenshotOf(inquiryCard(page), 'property-control-01-property-found');

      // The order dialog asks the guard at once: a deposit larger than the claim is frozen for what is owed.
      await propertyRow(page, DEPOSIT).getByTestId('order-control').click();
      const order = dialog(page);
      await order.getByText('采取控制措施：冻结').waitFor();
      const verdict = order.getByTestId('control-verdict');
      const within = verdict.getByText(new RegExp(`^将冻结 ${escapeRegExp(OUTSTANDING)}，期限至 (\\d{4}-\\d{2}-\\d{2})，须在 (\\d{4}-\\d{2}-\\d{2}) 前续行`));
      await within.waitFor({ timeout: 15_000 });
      const preview = await prepared.judge.call<{ term: { expiresOn: string; renewBy: string; months: number } }>('POST', `/api/v1/cases/${prepared.caseId}/controls/preview`, {
        propertyId: await propertyIdOf(prepared.judge, prepared.caseId, DEPOSIT),
      });
      assert.equal(preview.term.months, 12, 'a deposit is frozen for a year at most (民诉法解释 art. 485)');
      assert.match((await within.textContent()) ?? '', new RegExp(`期限至 ${preview.term.expiresOn}，须在 ${preview.term.renewBy} 前续行`));
      await verdict.getByText(`尚欠 ${OUTSTANDING} · 已控制 ¥0.00 · 尚需控制 ${OUTSTANDING}`).waitFor();
      await order.getByText('法定最长 12 个月（民诉法解释第四百八十五条）').waitFor();
      await screenshotDialog(page, 'property-control-02-order-within');

      // Asking for more than is owed: reduce, with a button that takes the allowed amount.
      await order.getByLabel('冻结数额（元）').fill('200000');
      await verdict.getByText(`超过尚需控制的 ${OUTSTANDING}，请减少至 ${OUTSTANDING}`).waitFor();
      assert.equal(await submitButton(order, '作出裁定并发送').isDisabled(), true, 'no order above the claim');
      await screenshotDialog(page, 'property-control-03-order-reduce');
      await verdict.getByTestId('use-allowed').click();
      assert.equal(await order.getByLabel('冻结数额（元）').inputValue(), '152150.00');
      await within.waitFor();
      await until(async () => !(await submitButton(order, '作出裁定并发送').isDisabled()), 'the submit button to be enabled');
      await submitButton(order, '作出裁定并发送').click();
      await page.getByText(/^已作出裁定 .+，协助执行通知书已发往大连测试银行$/).waitFor();
      await order.waitFor({ state: 'hidden' });

      // The control appears at once, and is in force once the bank answers (the card reads again by itself).
      await controlRow(page, DEPOSIT).waitFor();
      await controlRow(page, DEPOSIT).getByTestId('control-state').getByText('已冻结', { exact: true }).waitFor({ timeout: 60_000 });
      const row = controlRow(page, DEPOSIT);
      await row.getByText(OUTSTANDING).waitFor();
      await row.getByText('12 个月').waitFor();
      await row.getByRole('button', { name: twoChars('续行') }).waitFor();
      await row.getByRole('button', { name: twoChars('扣划') }).waitFor();
      await card.getByTestId('controls-covered').getByText(OUTSTANDING, { exact: true }).waitFor();
      await card.getByTestId('controls-needed').getByText('¥0.00', { exact: true }).waitFor();
      await card.getByTestId('control-documents').getByText('裁定书', { exact: true }).waitFor();
      await card.getByTestId('control-documents').getByText('协助执行通知书', { exact: true }).waitFor();
      // The deposit is now shown as held in the inquiry's table too.
      await propertyRow(page, DEPOSIT).getByText('已冻结').waitFor();
      await until(async () => (await page.locator('.ant-message-notice').count()) === 0, 'the toast to go', 15_000);
      await card.scrollIntoViewIfNeeded();
      await screenshot(page, 'property-control-04-frozen');
      await screenshotOf(card, 'property-control-04b-controls-card');

      // The ruling downloads as a Word document.
      const download = await card.getByTestId('control-documents').getByRole('link', { name: /^下载 / }).first().getAttribute('href');
      assert.ok(download, 'a download link');
      const docx = await page.request.get(`${suite.platform.baseUrl}${download}`);
      assert.equal(docx.status(), 200);
      assert.match(docx.headers()['content-type'] ?? '', /officedocument\.wordprocessingml/);

      // The renewal dialog, opened and left.
      await row.getByRole('button', { name: twoChars('续行') }).click();
      const renew = page.locator('.ant-modal').filter({ has: page.getByTestId('control-renew') });
      await renew.getByText(`续行：银行存款 ${DEPOSIT}`).waitFor();
      await screenshotDialog(page, 'property-control-05-renew-dialog');
      await renew.locator('.ant-modal-footer').getByRole('button', { name: twoChars('取消') }).click();
      await renew.waitFor({ state: 'hidden' });

      // Sealing the flat as well: the claim is covered, so the guard says no; the judge may record the lawful ground.
      await propertyRow(page, FLAT).getByTestId('order-control').click();
      await order.getByText('采取控制措施：查封').waitFor();
      await verdict.getByText('明显超标的，不能控制该财产').waitFor({ timeout: 15_000 });
      await verdict.getByText(`本案已控制 ${OUTSTANDING}，足以清偿尚欠的 ${OUTSTANDING}；再控制该财产即超标的（民事诉讼法第二百五十三条）。`).waitFor();
      assert.equal(await order.getByLabel('冻结数额（元）').count(), 0, 'a flat is held whole: no amount');
      const override = order.getByTestId('control-override');
      await override.getByText('财产不可分且被执行人无其他可供执行的财产（查封规定第十九条）').waitFor();
      assert.equal(await submitButton(order, '作出裁定并发送').isDisabled(), true);
      await screenshotDialog(page, 'property-control-06-order-exceeds');
      await checkSurely(override.getByRole('checkbox'), 'the override checkbox');
      await override.getByLabel('理由').fill('该房产为被执行人唯一财产');
      await until(async () => !(await submitButton(order, '作出裁定并发送').isDisabled()), 'the override to enable the submit button');
      await screenshotDialog(page, 'property-control-07-order-override');
      await order.locator('.ant-modal-footer').getByRole('button', { name: twoChars('取消') }).click();
      await order.waitFor({ state: 'hidden' });

      // In English (once the Chinese toasts are gone).
      await until(async () => (await page.locator('.ant-message-notice').count()) === 0, 'the toasts to go', 15_000);
      await page.getByText('EN', { exact: true }).click();
      await card.getByText('Property controls', { exact: true }).waitFor();
      await controlRow(page, DEPOSIT).getByTestId('control-state').getByText('Frozen', { exact: true }).waitFor();
      for (const header of ['Property', 'Institution', 'Control / ruling', 'State', 'Held', 'Term', 'Renew by', 'Actions']) await card.getByRole('columnheader', { name: header, exact: true }).first().waitFor();
      await card.getByTestId('control-documents').getByText('Notice of assistance', { exact: true }).waitFor();
      await card.scrollIntoViewIfNeeded();
      await screenshotOf(card, 'property-control-08-english-card');
      await propertyRow(page, FLAT).getByTestId('order-control').click();
      await order.getByText('Order a control: Seal').waitFor();
      await verdict.getByText('Clearly more than is owed: this property cannot be held').waitFor({ timeout: 15_000 });
      await order.getByTestId('control-override').getByText('The property is indivisible and the debtor has no other property (查封规定 art. 19)').waitFor();
      await screenshotDialog(page, 'property-control-09-english-order-exceeds');
      await order.locator('.ant-modal-footer').getByRole('button', { name: 'Cancel' }).click();
      await order.waitFor({ state: 'hidden' });
      await page.getByText('中文', { exact: true }).click();
      await card.getByText('控制措施', { exact: true }).waitFor();

      // The expiry calendar: nothing within the next 60 days; the freeze within the year.
      await page.getByRole('menuitem', { name: '查封到期' }).click();
      await page.getByRole('heading', { name: '查封到期日历' }).waitFor();
      await page.getByTestId('expiring-controls').getByText('期间内没有届满的控制措施').waitFor();
      await screenshot(page, 'property-control-10-calendar-default');
      await typePeriod(page, '届满期间', cstDay(0), cstDay(366));
      const listed = page.getByTestId('expiring-controls').locator('.ant-table-row').filter({ hasText: caseNumber });
      await listed.waitFor();
      await listed.getByText(preview.term.expiresOn).first().waitFor();
      await listed.getByText('冻结', { exact: true }).waitFor();
      await page.getByTestId('expiring-summary').getByText(/^共 \d+ 项；7 日内须续行 \d+ 项，30 日内 \d+ 项$/).waitFor();
      await screenshot(page, 'property-control-11-calendar-year');
      await listed.getByRole('link', { name: caseNumber }).click();
      await page.getByTestId('case-number').getByText(caseNumber).waitFor();
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('shows a clerk the controls without the buttons', async () => {
    assert.ok(caseUrl, 'the first test filed the case');
    const { context, page, errors } = await newPage();
    await showingFailure(page, 'property-control-clerk', async () => {
      await logIn(page, suite.platform.baseUrl, 'clerk.zs');
      await page.goto(caseUrl);
      const card = controlsCard(page);
      await controlRow(page, DEPOSIT).getByTestId('control-state').getByText('已冻结', { exact: true }).waitFor();
      assert.equal(await card.getByRole('columnheader', { name: '操作' }).count(), 0, 'a clerk acts on no control');
      assert.equal(await card.getByRole('button', { name: twoChars('续行') }).count(), 0);
      await inquiryCard(page).getByRole('button', { name: '刷新' }).click();
      await propertyRow(page, FLAT).waitFor();
      assert.equal(await inquiryCard(page).getByTestId('order-control').count(), 0, 'a clerk orders no control');
      await card.scrollIntoViewIfNeeded();
      await screenshotOf(card, 'property-control-12-clerk-read-only');
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('deducts from the freeze into the case account, and pays the applicant out of it', async () => {
    assert.ok(caseUrl, 'the first test filed the case');
    const judge = await apiSession(suite.platform.baseUrl, 'judge.zs');
    const caseId = caseUrl.slice(caseUrl.lastIndexOf('/') + 1);

    // The judge orders ¥50,000 of the frozen deposit paid over; the bank answers through the job loop.
    await asUser('judge.zs', 'property-control-deduct', async (page) => {
      const card = controlsCard(page);
      const row = controlRow(page, DEPOSIT);
      await row.getByTestId('control-state').getByText('已冻结', { exact: true }).waitFor();
      await row.getByRole('button', { name: twoChars('扣划') }).click();
      const deduct = page.locator('.ant-modal').filter({ has: page.getByTestId('control-deduct') });
      await deduct.getByText(`扣划：银行存款 ${DEPOSIT}`).waitFor();
      await deduct.getByText(`冻结余额 ${OUTSTANDING}`).waitFor();
      await deduct.getByText(`不得超过 ${OUTSTANDING}`).waitFor();
      await deduct.getByLabel('扣划数额（元）').fill(DEDUCTED_YUAN);
      await screenshotDialog(page, 'property-control-21-deduct-dialog');
      await submitButton(deduct, '作出扣划裁定').click();
      await page.locator('.ant-message-notice').getByText('已作出扣划裁定，待协助执行单位办理').waitFor();
      await deduct.waitFor({ state: 'hidden' });

      // The card reads again by itself while the bank has the act to answer: the deducted amount appears without a click.
      await row.getByText(`已扣划 ${DEDUCTED}`, { exact: true }).waitFor({ timeout: 45_000 });
      await row.getByTestId('control-state').getByText('已冻结', { exact: true }).waitFor();
      assert.equal(await row.getByTestId('control-pending').count(), 0, 'the bank has answered');
      await row.getByText(REMAINING, { exact: true }).waitFor();
      await row.getByRole('button', { name: twoChars('扣划') }).waitFor();
      // What the case owes falls by what was paid over, and the rest of the freeze still covers it.
      await card.getByTestId('controls-outstanding').getByText(REMAINING, { exact: true }).waitFor();
      await card.getByTestId('controls-covered').getByText(REMAINING, { exact: true }).waitFor();
      await card.getByTestId('controls-needed').getByText('¥0.00', { exact: true }).waitFor();
      await until(async () => (await page.locator('.ant-message-notice').count()) === 0, 'the toast to go', 15_000);
      await card.scrollIntoViewIfNeeded();
      await screenshotOf(card, 'property-control-22-deducted-card');

      // The money is in the case account, booked from the bank's reply: a deduction, due within 30 days.
      // (The funds card does not read again when the controls card sees the deduction: it is asked to.)
      const funds = fundsCard(page);
      await funds.getByRole('button', { name: '刷新' }).click();
      const receipt = rowIn(funds, 'funds-receipts', BANK);
      await receipt.getByText('扣划', { exact: true }).waitFor();
      await receipt.getByText(DEDUCTED, { exact: true }).first().waitFor();
      const state = receipt.getByTestId('receipt-state');
      await state.getByText(/^待发放 剩 \d+ 天$/).waitFor();
      const booked = await judge.call<CaseFunds>('GET', `/api/v1/cases/${caseId}/funds`);
      assert.equal(booked.receipts.length, 1, 'one receipt, from the bank');
      const [only] = booked.receipts;
      assert.ok(only && only.daysLeft >= 30, 'thirty days, carried past rest days');
      assert.equal(await state.textContent(), `待发放 剩 ${only.daysLeft} 天`);
      await funds.getByTestId('funds-balance').getByText(DEDUCTED, { exact: true }).waitFor();
      await funds.getByTestId('funds-received').getByText(DEDUCTED, { exact: true }).waitFor();
      await funds.getByTestId('funds-available').getByText(DEDUCTED, { exact: true }).waitFor();
      await funds.scrollIntoViewIfNeeded();
      await screenshotOf(funds, 'property-control-23-funds-receipt');

      // The judge proposes paying all of it to 张伟.
      await funds.getByRole('button', { name: '拟发放' }).click();
      const payout = page.locator('.ant-modal').filter({ has: page.getByTestId('fund-payout') });
      await payout.locator('.ant-select').getByText(APPLICANT).waitFor();
      await payout.getByText(`可用余额 ${DEDUCTED}`).waitFor();
      await payout.getByLabel('金额（元）').fill(DEDUCTED_YUAN);
      await payout.getByLabel('收款账户（开户行及账号）').fill(PAYEE_ACCOUNT);
      await payout.getByLabel('说明').fill('发放扣划款');
      await screenshotDialog(page, 'property-control-24-payout-dialog');
      await submitButton(payout, '提交审批').click();
      await page.locator('.ant-message-notice').getByText(`已提交审批：向${APPLICANT}发放 ${DEDUCTED}`).waitFor();
      await payout.waitFor({ state: 'hidden' });
      await rowIn(funds, 'funds-payouts', APPLICANT).getByTestId('payout-state').getByText('待审批', { exact: true }).waitFor();
      await funds.getByTestId('funds-available').getByText('¥0.00', { exact: true }).waitFor();
    });

    // The bureau head approves it on the case card.
    await asUser('chief.zs', 'property-control-approve', async (page) => {
      const funds = fundsCard(page);
      const row = rowIn(funds, 'funds-payouts', APPLICANT);
      await row.getByTestId('payout-state').getByText('待审批', { exact: true }).waitFor();
      await row.getByRole('button', { name: twoChars('审批') }).click();
      const decision = page.locator('.ant-modal').filter({ has: page.getByTestId('fund-decision') });
      await decision.getByText(`审批发放：${APPLICANT} ${DEDUCTED}`).waitFor();
      await decision.getByText(PAYEE_ACCOUNT).waitFor();
      await decision.getByLabel('审批意见').fill('同意发放');
      await submitButton(decision, twoChars('提交')).click();
      await page.locator('.ant-message-notice').getByText('已批准发放').waitFor();
      await decision.waitFor({ state: 'hidden' });
      await row.getByTestId('payout-state').getByText('待付款', { exact: true }).waitFor();
    });

    // Finance's counter records the bank's payment; the account is empty, the receipt paid out.
    await asUser('clerk.zs', 'property-control-payment', async (page) => {
      const funds = fundsCard(page);
      const row = rowIn(funds, 'funds-payouts', APPLICANT);
      await row.getByRole('button', { name: '登记付款' }).click();
      const payment = page.locator('.ant-modal').filter({ has: page.getByTestId('fund-payment') });
      await payment.getByText(`登记付款：${APPLICANT} ${DEDUCTED}`).waitFor();
      await payment.getByLabel('银行流水号').fill(PAYMENT_SERIAL);
      assert.equal(await payment.getByLabel('付款日').inputValue(), cstDay(0));
      await submitButton(payment, '登记付款').click();
      await page.locator('.ant-message-notice').getByText('已登记付款').waitFor();
      await payment.waitFor({ state: 'hidden' });

      await row.getByTestId('payout-state').getByText('已发放', { exact: true }).waitFor();
      await row.getByText(PAYMENT_SERIAL).waitFor();
      await row.getByText(`付款 ${cstDay(0)}`).waitFor();
      await funds.getByTestId('funds-balance').getByText('¥0.00', { exact: true }).waitFor();
      await funds.getByTestId('funds-available').getByText('¥0.00', { exact: true }).waitFor();
      await funds.getByTestId('funds-received').getByText(DEDUCTED, { exact: true }).waitFor();
      await funds.getByTestId('funds-paid-out').getByText(DEDUCTED, { exact: true }).waitFor();
      const receipt = rowIn(funds, 'funds-receipts', BANK);
      await receipt.getByTestId('receipt-state').getByText('已发放', { exact: true }).waitFor();

      // The case's history: the bank's deduction arriving, and the payment.
      const events = page.getByTestId('timeline-event');
      await events.filter({ hasText: '扣划到账' }).filter({ hasText: `${BANK}已扣划` }).filter({ hasText: '¥50,000.00' }).waitFor();
      await events.filter({ hasText: '执行款已发放' }).first().waitFor();
      await until(async () => (await page.locator('.ant-message-notice').count()) === 0, 'the toast to go', 15_000);
      await funds.scrollIntoViewIfNeeded();
      await screenshotOf(funds, 'property-control-25-funds-paid');
      await screenshot(page, 'property-control-26-case-paid');
      await screenshotOf(page.locator('.ant-card').filter({ has: events.first() }), 'property-control-27-history');
    });
    const settled = await judge.call<CaseFunds>('GET', `/api/v1/cases/${caseId}/funds`);
    assert.deepEqual(
      { balance: settled.balanceFen, receipts: settled.receipts.map((r) => [r.state, r.settledFen]), payouts: settled.payouts.map((p) => [p.state, p.bankSerial]) },
      { balance: 0, receipts: [['paid', DEDUCTED_FEN]], payouts: [['paid', PAYMENT_SERIAL]] },
    );
  });
});

/** The id of the property record with this reference, as the inquiry booked it. */
async function propertyIdOf(judge: ApiSession, caseId: string, ref: string): Promise<string> {
  const found = await judge.call<{ properties: Array<{ id: string; ref: string }> }>('GET', `/api/v1/cases/${caseId}/properties`);
  const property = found.properties.find((p) => p.ref === ref);
  assert.ok(property, `property ${ref}`);
  return property.id;
}
