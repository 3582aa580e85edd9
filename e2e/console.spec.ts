/**
 * The staff console in a real browser against the real platform: a judge files a case, finds
 * it, serves the enforcement notice and reads the history; the English switch; inline ID check.
 * Screenshots of every step land in test-results/e2e/ for a person to look at.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startPlatform, type RunningPlatform } from './support/start-server.js';
import { launchBrowser, logIn, screenshot } from './support/browser.js';

const VIEWPORT = { width: 1440, height: 900 };

/** Poll a condition about the page (the list keeps its old rows while the new ones load). */
async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Type a date into an antd DatePicker and confirm it with Enter (which must not send the form). */
async function pickDate(page: Page, id: string, date: string): Promise<void> {
  const input = page.locator(`#${id}`);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await page.keyboard.press('Escape');
}

describe('staff console', { timeout: 240_000 }, () => {
  let platform: RunningPlatform;
  let browser: Browser;
  const suffix = Date.now().toString(36).slice(-5).toUpperCase();
  const debtorName = `大连海岳贸易有限公司${suffix}`;
  let caseUrl = '';

  before(async () => {
    platform = await startPlatform();
    browser = await launchBrowser();
  });

  afterEach(() => {
    const notice = platform?.deathNotice();
    if (notice) console.error(notice);
  });

  after(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('a judge files a case, finds it, serves the notice and sees it in the history, then reads it in English', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    // Log in.
    await page.goto(`${platform.baseUrl}/cases`);
    await page.waitForURL(/\/login$/);
    await page.getByLabel('用户名').waitFor();
    await screenshot(page, '01-login');
    await logIn(page, platform.baseUrl, 'judge.zs');
    await page.getByRole('heading', { name: '案件列表' }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await screenshot(page, '02-case-list');

    // File a case through the form.
    await page.getByRole('menuitem', { name: /立案/ }).click();
    await page.getByRole('heading', { name: '立案' }).waitFor();
    await page.getByLabel('案由').fill('买卖合同纠纷');
    await page.getByLabel('承办人').click();
    await page.locator('.ant-select-item-option', { hasText: '王法官' }).click();
    await page.getByLabel('作出机关').fill('大连市中山区人民法院');
    await page.getByLabel('文书编号').fill('（2026）辽0202民初789号');
    await pickDate(page, 'basis_effectiveDate', '2026-10-09');
    await pickDate(page, 'basis_performanceDeadline', '2026-10-19');
    // Enter in the date pickers did not send the half-filled form (it would have flagged the empty parties).
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.ant-form-item-explain-error').count(), 0);
    assert.match(page.url(), /\/cases\/new$/);

    await page.locator('#applicants_0_name').fill('陈晓明');
    await page.locator('#applicants_0_idNumber').fill('11010519491231002X');
    await page.getByText('校验通过：出生日期 1949-12-31，女').waitFor();

    const debtor = page.locator('.ant-card', { hasText: '被执行人 1' }).last();
    await debtor.getByText('法人或其他组织').click();
    await page.locator('#debtors_0_name').fill(debtorName);
    await page.locator('#debtors_0_creditCode').fill('91350100M000100Y43');
    await page.locator('#debtors_0_legalRepresentative').fill('刘海');
    await page.locator('#claims_0_amount').fill('150000');
    await page.getByText('¥150,000.00').waitFor();
    await screenshot(page, '03-file-case-filled');

    await page.getByRole('button', { name: /^立\s*案$/ }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    caseUrl = page.url();
    const caseNumber = (await page.getByTestId('case-number').textContent()) ?? '';
    assert.match(caseNumber, /^（\d{4}）辽0202执\d+号$/);
    await page.getByTestId('timeline-event').first().waitFor();
    await screenshot(page, '04-case-filed');

    // Find it in the list by the debtor's name.
    await page.getByRole('menuitem', { name: /案件/ }).first().click();
    await page.getByRole('heading', { name: '案件列表' }).waitFor();
    await page.getByLabel('搜索').fill(debtorName);
    await page.getByLabel('搜索').press('Enter');
    await page.waitForURL(/q=/);
    const row = page.locator('.ant-table-row', { hasText: debtorName });
    await until(async () => (await page.locator('.ant-table-row').count()) === 1, 'the list to show only the searched case');
    await row.waitFor();
    await screenshot(page, '05-search-by-party');

    // Open it and serve the notice: the case moves to 执行通知 and the history shows the act.
    await row.getByRole('link', { name: caseNumber }).click();
    await page.waitForURL(caseUrl);
    const eventsBefore = await page.getByTestId('timeline-event').count();
    await page.getByRole('button', { name: '送达执行通知书及报告财产令' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('送达日期').waitFor();
    await screenshot(page, '06-serve-notice-form');
    await dialog.getByRole('button', { name: /确认办理/ }).click();
    await page.getByText('已办理：送达执行通知书及报告财产令').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('timeline-event').nth(eventsBefore).waitFor();
    const newest = page.getByTestId('timeline-event').first();
    assert.match((await newest.textContent()) ?? '', /送达执行通知书及报告财产令/);
    assert.match((await page.locator('.ant-steps-item-process, .ant-steps-item-active').first().textContent()) ?? '', /执行通知/);
    await screenshot(page, '07-notice-served');

    // Reading a full ID number asks for a purpose and warns that the read is recorded.
    await page.getByRole('button', { name: '查看陈晓明的完整号码' }).click();
    const reveal = page.getByRole('dialog');
    await reveal.getByText('本次查看将被记录').waitFor();
    await reveal.getByLabel('查看用途').fill('制作协助执行通知书');
    await screenshot(page, '08-reveal-id-purpose');
    await reveal.getByRole('button', { name: '记录并查看' }).click();
    assert.equal(await reveal.getByTestId('revealed-id').textContent(), '11010519491231002X');
    await reveal.getByRole('button', { name: /完\s*成/ }).click();
    await reveal.waitFor({ state: 'hidden' });

    // Someone else acts first: the stale page is told to refresh instead of overwriting.
    const stale = await context.newPage();
    await stale.goto(caseUrl);
    await stale.getByRole('button', { name: '开始财产调查' }).waitFor();
    await page.getByRole('button', { name: '开始财产调查' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /确认办理/ }).click();
    await page.getByText('已办理：开始财产调查').waitFor();
    await stale.getByRole('button', { name: '开始财产调查' }).click();
    await stale.getByRole('dialog').getByRole('button', { name: /确认办理/ }).click();
    await stale.getByText('已被他人修改，请刷新').waitFor();
    await screenshot(stale, '09-version-conflict');
    await stale.close();

    // Switch to English: labels change, the choice survives a reload.
    await page.getByText('EN', { exact: true }).click();
    await page.getByText('Case history', { exact: true }).waitFor();
    await page.getByText('Next actions', { exact: true }).waitFor();
    await page.getByText('Node deadlines', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await screenshot(page, '10-case-english');
    await page.reload();
    await page.getByText('Case history', { exact: true }).waitFor();
    await page.getByRole('menuitem', { name: /Cases/ }).click();
    await page.getByRole('heading', { name: 'Cases' }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await screenshot(page, '11-case-list-english');

    assert.deepEqual(errors, []);
    await context.close();
  });

  it('refuses a wrong password, checks ID numbers as they are typed, and puts server issues next to their field', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    // A wrong password is refused with a clear message (one try: the account is not locked).
    await page.goto(`${platform.baseUrl}/login`);
    await page.getByLabel('用户名').fill('clerk.zs');
    await page.getByLabel('密码').fill('not-the-password');
    await page.locator('button[type=submit]').click();
    await page.getByRole('alert').getByText('用户名或密码错误').waitFor();

    await logIn(page, platform.baseUrl, 'clerk.zs');
    await page.goto(`${platform.baseUrl}/cases/new`);
    await page.locator('#applicants_0_idNumber').fill('110105194912310021');
    const error = page.locator('#applicants_0_idNumber_help');
    await error.getByText('校验码不符，请核对号码是否输错').waitFor();
    await screenshot(page, '12-bad-id-inline');

    // Fixing the last character clears it.
    await page.locator('#applicants_0_idNumber').fill('11010519491231002X');
    await page.getByText('校验通过：出生日期 1949-12-31，女').waitFor();
    await error.getByText('校验码不符').waitFor({ state: 'detached' });

    // In English the same mistake reads in English, including an error already on screen.
    await page.locator('#applicants_0_idNumber').fill('110105194912310021');
    await error.getByText('校验码不符').waitFor();
    await page.getByText('EN', { exact: true }).click();
    await error.getByText('The check digit does not match: please check for a typo').waitFor();
    await page.getByRole('heading', { name: 'File a case' }).waitFor();
    await screenshot(page, '13-file-case-english');

    // What only the server can know comes back as field issues and lands next to the field.
    await page.getByText('中文', { exact: true }).click();
    await page.locator('#applicants_0_idNumber').fill('11010519491231002X');
    await page.getByLabel('案由').fill('民间借贷纠纷');
    await page.getByLabel('作出机关').fill('大连市中山区人民法院');
    await page.getByLabel('文书编号').fill('（2026）辽0202民初790号');
    await pickDate(page, 'basis_effectiveDate', '2026-10-09');
    await page.locator('#applicants_0_name').fill('陈晓明');
    await page.locator('#debtors_0_name').fill('王大力');
    await page.locator('#debtors_0_idNumber').fill('11010519491231002X');
    await page.locator('#claims_0_amount').fill('2000.5');
    await page.route('**/api/v1/cases', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: JSON.stringify({
              code: 'VALIDATION_FAILED',
              message: '请求内容有误',
              messageZh: '请求内容有误',
              messageEn: 'The request is invalid',
              details: { issues: [{ in: 'body', path: ['debtors', '0', 'idNumber'], messageZh: '被执行人与申请执行人不能是同一人', messageEn: 'The debtor cannot be the applicant' }] },
              requestId: 'e2e',
            }),
          })
        : route.continue(),
    );
    await page.getByRole('button', { name: /^立\s*案$/ }).click();
    await page.locator('#debtors_0_idNumber_help').getByText('被执行人与申请执行人不能是同一人').waitFor();
    assert.match(page.url(), /\/cases\/new$/);
    await screenshot(page, '13b-server-issue-on-field');
    await context.close();
  });

  it('lets a bureau chief see the warning board, use the calculators and log out', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    await logIn(page, platform.baseUrl, 'chief.zs');
    await page.getByRole('menuitem', { name: /预警/ }).click();
    await page.getByRole('heading', { name: '消极执行预警' }).waitFor();
    await page.locator('.ant-table-row, .ant-empty').first().waitFor();
    await screenshot(page, '14-warnings');

    await page.getByRole('menuitem', { name: /计算器/ }).click();
    await page.getByLabel('执行金额').fill('1000000');
    await page.getByRole('button', { name: /计\s*算/ }).click();
    await page.getByText('¥12,400.00').first().waitFor();
    await screenshot(page, '15-fee-calculator');

    await page.getByRole('tab', { name: '迟延履行利息' }).click();
    await page.getByLabel('金钱债务本金').fill('100000');
    await pickDate(page, 'performanceDeadline', '2026-01-01');
    await pickDate(page, 'until', '2026-04-11');
    await page.getByRole('button', { name: '添加一笔还款' }).click();
    await pickDate(page, 'payments_0_date', '2026-02-01');
    await page.locator('#payments_0_amount').fill('50000');
    await page.getByRole('tabpanel').getByRole('button', { name: /计\s*算/ }).click();
    await page.getByText('加倍部分债务利息 =').waitFor();
    await screenshot(page, '16-interest-calculator');

    await page.getByRole('tab', { name: '期间计算' }).click();
    await pickDate(page, 'from', '2026-12-28');
    await page.locator('#days').fill('10');
    await page.getByRole('tabpanel').getByRole('button', { name: /计\s*算/ }).click();
    await page.getByTestId('deadline-result').waitFor();
    await screenshot(page, '17-deadline-calculator');

    // Logging out ends the session: the console is gone until the next login.
    await page.getByRole('button', { name: /退\s*出/ }).click();
    await page.waitForURL(/\/login$/);
    await page.goto(`${platform.baseUrl}/warnings`);
    await page.waitForURL(/\/login$/);
    await page.getByLabel('用户名').waitFor();
    await context.close();
  });
});
