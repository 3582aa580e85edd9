/**
 * 参与分配 in a real browser against the real platform. A judge files a case for 张伟 against
 * 李四 (¥150,000), and the clerk records ¥10,000 of auction proceeds in the special account. Two
 * more creditors join in: 王五 with his own judgment and 中国建设银行大连分行 with a mortgage on
 * the flat. The judge makes the distribution plan in the 执行款 card: while he fills the dialog a
 * payment is proposed that leaves too little free, and the server's refusal shows in the dialog;
 * once it is rejected the plan is made — costs first, the bank in full, and the rest shared pro
 * rata to the fen (5,266.67 and 2,633.33). The plan's document downloads; the clerk records that
 * 张伟 was served today, and the periods and the plan's state follow. The card reads in English too.
 * Screenshots land in test-results/e2e/distribution-*.png.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { platformSuite } from './support/platform-suite.js';
import { apiSession, type ApiSession } from './support/api-session.js';
import { logIn, showingFailure } from './support/browser.js';
import { screenshotDialog, screenshotOf } from './support/element-screenshot.js';
import { checkSurely, cstDay, twoChars, until } from './support/page-helpers.js';

const VIEWPORT = { width: 1440, height: 900 };
const BANK = '中国建设银行大连分行';

const suite = platformSuite(VIEWPORT);
const newPage = () => suite.newPage();

const section = (page: Page) => page.getByTestId('distribution-section');
const dialogWith = (page: Page, testId: string) => page.locator('.ant-modal').filter({ has: page.getByTestId(testId) });
const submitButton = (dialog: Locator, name: string | RegExp) => dialog.locator('.ant-modal-footer').getByRole('button', { name });
const rowIn = (scope: Locator, testId: string, text: string) => scope.getByTestId(testId).locator('.ant-table-row').filter({ hasText: text });

interface Plan {
  id: string;
  number: string;
  amountFen: number;
  costsFen: number;
  debtorKind: string;
  lines: Array<{ claimIndex: number | null; creditor: string; tier: string; owedFen: number; paidFen: number; shortfallFen: number }>;
  surplusFen: number;
  documentId: string;
  parties: Array<{ party: string; planServedOn: string; objected: boolean; objectionDueOn: string; oppositionDueOn: string | null; lawsuitDueOn: string | null }>;
  unopposed: boolean;
}

/** A case for 张伟 against 李四, filed by the judge, with ¥10,000 of auction proceeds recorded by the clerk. */
async function fileCaseWithProceeds(): Promise<{ caseId: string; judge: ApiSession; applicantId: string }> {
  const judge = await apiSession(suite.platform.baseUrl, 'judge.zs');
  const filed = await judge.call<{ id: string; parties: Array<{ id: string; partyRole: string }> }>(
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
  const clerk = await apiSession(suite.platform.baseUrl, 'clerk.zs');
  await clerk.call('POST', `/api/v1/cases/${filed.id}/funds/receipts`, { amountFen: 1_000_000, channel: 'auction', payer: '买受人', bankSerial: 'A-1' }, 201);
  const applicant = filed.parties.find((p) => p.partyRole === 'applicant');
  assert.ok(applicant, 'the case has its applicant');
  return { caseId: filed.id, judge, applicantId: applicant.id };
}

/** Wait for a toast, then for it to go (so the next picture is clean). */
async function toast(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.ant-message-notice').getByText(text).waitFor();
  await until(async () => (await page.locator('.ant-message-notice').count()) === 0, 'the toast to go', 15_000);
}

/** Type a date into the antd DatePicker with this id and confirm it with Enter (the form keeps Enter). */
async function typeDate(page: Page, id: string, date: string): Promise<void> {
  const input = page.locator(`#${id}`);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await until(async () => (await input.inputValue()) === date, `${id} to read ${date}`);
}

describe('distribution among creditors', { timeout: 420_000 }, () => {
  let caseId = '';
  let caseUrl = '';
  let judge: ApiSession;
  let applicantId = '';
  const plans = async () => (await judge.call<{ plans: Plan[] }>('GET', `/api/v1/cases/${caseId}/distribution-plans`)).plans;

  it('lets the judge make the plan, exact to the fen', async () => {
    ({ caseId, judge, applicantId } = await fileCaseWithProceeds());
    caseUrl = `${suite.platform.baseUrl}/cases/${caseId}`;
    const { context, page, errors } = await newPage();
    await showingFailure(page, 'distribution-judge-plan', async () => {
      await logIn(page, suite.platform.baseUrl, 'judge.zs');
      await page.goto(caseUrl);
      const card = section(page);
      await card.getByText('本案尚未制作财产分配方案').waitFor();
      await page.getByTestId('funds-available').getByText('¥10,000.00', { exact: true }).waitFor();

      await card.getByRole('button', { name: '制作分配方案' }).click();
      const dialog = dialogWith(page, 'distribution-plan-dialog');
      await dialog.getByText('可用余额 ¥10,000.00').waitFor();
      // 李四 is a person: 自然人 is chosen and the organisations' kinds are not offered.
      assert.equal(await dialog.getByRole('radio', { name: '自然人' }).isChecked(), true);
      assert.equal(await dialog.getByRole('radio', { name: '企业法人' }).isDisabled(), true);
      // The applicant comes first, with this case's basis to correct.
      assert.equal(await dialog.getByLabel('第 1 位债权人名称').inputValue(), '张伟');
      assert.equal(await dialog.getByLabel('第 1 位债权人执行依据').inputValue(), '（2025）辽0202民初4680号');

      await dialog.getByLabel('财产来源').fill('拍卖被执行人李四名下房产所得价款');
      await dialog.getByLabel('待分配金额（元）').fill('10000.00');
      await dialog.getByLabel('执行费用（元）').fill('100.00');
      await dialog.getByLabel('第 1 位债权人执行依据').fill('（2025）辽0202民初456号');
      await dialog.getByLabel('第 1 位债权人债权金额').fill('6000.00');
      await dialog.getByRole('button', { name: '添加债权人' }).click();
      await dialog.getByLabel('第 2 位债权人名称').fill('王五');
      await dialog.getByLabel('第 2 位债权人执行依据').fill('（2025）辽0203民初77号');
      await dialog.getByLabel('第 2 位债权人债权金额').fill('3000.00');
      await dialog.getByRole('button', { name: '添加债权人' }).click();
      await dialog.getByLabel('第 3 位债权人名称').fill(BANK);
      await dialog.getByLabel('第 3 位债权人债权金额').fill('2000.00');
      // An ordinary claim needs its basis: the bank's is a mortgage instead.
      await submitButton(dialog, '制作分配方案').click();
      await dialog.getByText('普通债权须有执行依据').waitFor();
      await checkSurely(dialog.getByRole('checkbox', { name: '第 3 位债权人优先受偿', exact: true }), '第 3 位债权人优先受偿');
      await dialog.getByLabel('第 3 位债权人优先顺位').fill('1');
      await typeDate(page, 'distribution-plan_claims_2_since', '2023-05-06');
      await dialog.getByLabel('第 3 位债权人优先权性质').fill('抵押权');
      await until(async () => (await dialog.getByText('普通债权须有执行依据').count()) === 0, 'the basis error to go');
      await dialog.getByTestId('distribution-claims-total').getByText('债权合计 ¥11,000.00；扣除执行费用后可供分配 ¥9,900.00').waitFor();
      await screenshotDialog(page, 'distribution-01-plan-dialog');

      // Meanwhile a payment of ¥500 is proposed: the server refuses a plan for more than is free.
      const proposed = await judge.call<{ id: string }>('POST', `/api/v1/cases/${caseId}/funds/payouts`, { payeePartyId: applicantId, amountFen: 50_000, account: '中国工商银行大连中山支行 6222 0000 0000 0001', note: '' }, 201);
      await submitButton(dialog, '制作分配方案').click();
      const refusal = dialog.getByRole('alert');
      await refusal.getByText(/^案款可用余额 .*9,?500\.00.*，少于拟分配的 .*10,?000\.00/).waitFor();
      // The balance is read again, and the amount checked against it.
      await dialog.getByTestId('distribution-available').getByText('可用余额 ¥9,500.00').waitFor();
      await dialog.getByText('不得超过可用余额 ¥9,500.00').waitFor();
      await screenshotDialog(page, 'distribution-02-refused');
      // The bureau head rejects that payment; once the balance is read again, the plan goes through.
      const chief = await apiSession(suite.platform.baseUrl, 'chief.zs');
      await chief.call('POST', `/api/v1/funds/payouts/${proposed.id}/decision`, { approve: false, note: '拟参与分配' });
      await dialog.getByRole('button', { name: '刷新可用余额' }).click();
      await dialog.getByTestId('distribution-available').getByText('可用余额 ¥10,000.00').waitFor();
      await until(async () => (await dialog.getByText('不得超过可用余额').count()) === 0, 'the amount to fit again');
      await submitButton(dialog, '制作分配方案').click();
      await toast(page, /^已制作财产分配方案 /);
      const [plan] = await plans();
      assert.ok(plan, 'the plan was made');
      await dialog.waitFor({ state: 'hidden' });

      // What the server computed: costs, the mortgage in full, the rest pro rata with the odd fen to the larger remainder.
      assert.deepEqual(
        plan.lines.map((l) => [l.creditor, l.tier, l.owedFen, l.paidFen, l.shortfallFen]),
        [
          ['执行费用', 'costs', 10_000, 10_000, 0],
          [BANK, 'priority', 200_000, 200_000, 0],
          ['张伟', 'ordinary', 600_000, 526_667, 73_333],
          ['王五', 'ordinary', 300_000, 263_333, 36_667],
        ],
      );
      assert.equal(plan.surplusFen, 0);
      assert.equal(plan.debtorKind, 'naturalPerson');
      assert.equal(plan.unopposed, false);

      const view = card.getByTestId('distribution-plan');
      await view.getByText(plan.number, { exact: true }).waitFor();
      await view.getByTestId('plan-status').getByText('待送达', { exact: true }).waitFor();
      const expected: Array<[string, string, string, string, string]> = [
        ['执行费用', '执行费用', '¥100.00', '¥100.00', '¥0.00'],
        [BANK, '优先受偿', '¥2,000.00', '¥2,000.00', '¥0.00'],
        ['张伟', '普通债权', '¥6,000.00', '¥5,266.67', '¥733.33'],
        ['王五', '普通债权', '¥3,000.00', '¥2,633.33', '¥366.67'],
      ];
      const rows = view.getByTestId('distribution-lines').locator('.ant-table-row');
      assert.equal(await rows.count(), 4);
      for (const [i, [creditor, tier, owed, paid, shortfall]] of expected.entries()) {
        const cells = (await rows.nth(i).locator('td').allTextContents()).map((c) => c.trim());
        assert.deepEqual(cells, [String(i + 1), creditor, tier, owed, paid, shortfall], `line ${i + 1}`);
      }
      const total = (await view.getByTestId('distribution-total').locator('td').allTextContents()).map((c) => c.trim());
      assert.deepEqual(total, ['合计', '¥11,100.00', '¥10,000.00', '¥1,100.00']);
      await view.getByTestId('distribution-surplus').getByText('¥0.00', { exact: true }).waitFor();
      // Nothing left the account: the plan only says who gets what.
      await page.getByTestId('funds-available').getByText('¥10,000.00', { exact: true }).waitFor();

      // The plan's document downloads as a Word document.
      const href = await view.getByRole('link', { name: `下载财产分配方案 ${plan.number}` }).getAttribute('href');
      assert.ok(href, 'a download link');
      const docx = await page.request.get(`${suite.platform.baseUrl}${href}`);
      assert.equal(docx.status(), 200);
      assert.match(docx.headers()['content-type'] ?? '', /officedocument\.wordprocessingml/);
      await card.scrollIntoViewIfNeeded();
      await screenshotOf(card, 'distribution-03-plan-made');
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('lets the clerk record that 张伟 was served today, and the periods follow', async () => {
    assert.ok(caseUrl, 'the first test made the plan');
    const { context, page, errors } = await newPage();
    await showingFailure(page, 'distribution-clerk-service', async () => {
      await logIn(page, suite.platform.baseUrl, 'clerk.zs');
      await page.goto(caseUrl);
      const card = section(page);
      const view = card.getByTestId('distribution-plan');
      await view.getByTestId('plan-status').waitFor();
      // The clerk serves documents; the plan is the handler's.
      assert.equal(await card.getByRole('button', { name: '制作分配方案' }).count(), 0);

      await view.getByRole('button', { name: '登记送达' }).click();
      const dialog = dialogWith(page, 'distribution-service-dialog');
      assert.equal(await dialog.locator('#distribution-service_planServedOn').inputValue(), cstDay(0));
      const party = dialog.getByLabel('受送达人');
      await party.click();
      // The plan's creditors and the debtor are offered.
      const options = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
      await options.first().waitFor();
      assert.deepEqual((await options.allTextContents()).map((o) => o.trim()), [BANK, '张伟', '王五', '李四']);
      await party.fill('张伟');
      // Away from the field, so the list closes (Escape would close the dialog).
      await dialog.locator('.ant-modal-title').click();
      await options.first().waitFor({ state: 'hidden' });
      await screenshotDialog(page, 'distribution-04-service-dialog');
      await submitButton(dialog, twoChars('登记')).click();
      await toast(page, '已登记向张伟送达');
      await dialog.waitFor({ state: 'hidden' });

      const [plan] = await (await apiSession(suite.platform.baseUrl, 'clerk.zs')).call<{ plans: Plan[] }>('GET', `/api/v1/cases/${caseId}/distribution-plans`).then((r) => r.plans);
      const served = plan?.parties.find((p) => p.party === '张伟');
      assert.ok(served, 'the service is recorded');
      assert.equal(served.planServedOn, cstDay(0));
      assert.equal(served.oppositionDueOn, null);
      const row = rowIn(view, 'distribution-parties', '张伟');
      await row.getByText(served.objectionDueOn).waitFor();
      const days = Math.round((Date.parse(served.objectionDueOn) - Date.parse(cstDay(0))) / 86_400_000);
      assert.ok(days >= 15, 'fifteen days, carried past a rest day');
      const period = row.getByTestId('period');
      assert.equal(await period.textContent(), `剩 ${days} 天`);
      assert.equal(await period.getAttribute('data-tone'), 'running');
      await view.getByTestId('plan-status').getByText('异议期内', { exact: true }).waitFor();
      await view.getByTestId('distribution-unserved').getByText(`尚未登记送达：${BANK}、王五、李四`).waitFor();
      await view.scrollIntoViewIfNeeded();
      await screenshotOf(view, 'distribution-05-served');
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('reads in English', async () => {
    assert.ok(caseUrl, 'the first test made the plan');
    const { context, page, errors } = await newPage();
    await showingFailure(page, 'distribution-english', async () => {
      await logIn(page, suite.platform.baseUrl, 'judge.zs');
      await page.goto(caseUrl);
      await section(page).getByTestId('distribution-plan').waitFor();
      await page.getByText('EN', { exact: true }).click();
      const card = section(page);
      await card.getByText('Distribution among creditors · plans (1)').waitFor();
      const view = card.getByTestId('distribution-plan');
      await view.getByTestId('plan-status').getByText('Objection period running', { exact: true }).waitFor();
      for (const header of ['Order', 'Creditor', 'Tier', 'Owed', 'Paid', 'Shortfall']) await view.getByTestId('distribution-lines').getByRole('columnheader', { name: header, exact: true }).waitFor();
      await rowIn(view, 'distribution-lines', '张伟').getByText('Ordinary', { exact: true }).waitFor();
      await rowIn(view, 'distribution-lines', BANK).getByText('Priority', { exact: true }).waitFor();
      await rowIn(view, 'distribution-parties', '张伟').getByTestId('period').getByText(/^\d+ days left$/).waitFor();
      await card.scrollIntoViewIfNeeded();
      await screenshotOf(card, 'distribution-06-english');

      await card.getByRole('button', { name: 'Make a distribution plan' }).click();
      const dialog = dialogWith(page, 'distribution-plan-dialog');
      await dialog.getByText('Natural person', { exact: true }).waitFor();
      await checkSurely(dialog.getByRole('checkbox', { name: 'Creditor 1: priority', exact: true }), 'Creditor 1: priority');
      await screenshotDialog(page, 'distribution-07-english-dialog');
      await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('中文', { exact: true }).click();
      await card.getByText('参与分配 · 财产分配方案（1）').waitFor();
    });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
