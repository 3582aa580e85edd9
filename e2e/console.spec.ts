/**
 * The staff console in a real browser against the real platform: a judge files a case, finds
 * it, serves the enforcement notice and reads the history; the English switch; inline ID check;
 * and 系统管理, where the administrator creates an account, issues an API token, enters a year of
 * the holiday calendar and checks the audit chains. One platform serves every test.
 * Screenshots of every step land in test-results/e2e/ for a person to look at.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { platformSuite } from './support/platform-suite.js';
import { logIn, screenshot, showingFailure } from './support/browser.js';
import { chooseOption } from './support/choose-option.js';
import { cstDay, pickDate, typePeriod, until } from './support/page-helpers.js';
import { screenshotDialog } from './support/element-screenshot.js';

const VIEWPORT = { width: 1440, height: 900 };

const suite = platformSuite(VIEWPORT);

describe('staff console', { timeout: 240_000 }, () => {
  const suffix = Date.now().toString(36).slice(-5).toUpperCase();
  const debtorName = `大连海岳贸易有限公司${suffix}`;
  let caseUrl = '';

  it('a judge files a case, finds it, serves the notice and sees it in the history, then reads it in English', async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    // Log in.
    await page.goto(`${suite.platform.baseUrl}/cases`);
    await page.waitForURL(/\/login$/);
    await page.getByLabel('用户名').waitFor();
    await screenshot(page, '01-login');
    await logIn(page, suite.platform.baseUrl, 'judge.zs');
    await page.getByRole('heading', { name: '案件列表' }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await screenshot(page, '02-case-list');

    // File a case through the form.
    await page.getByRole('menuitem', { name: /立案/ }).click();
    await page.getByRole('heading', { name: '立案' }).waitFor();
    await page.getByLabel('案由').fill('买卖合同纠纷');
    // The application arrived two days ago: the notice period runs from then, not from filing.
    const receivedOn = cstDay(-2);
    await pickDate(page, 'receivedOn', receivedOn);
    await chooseOption(page, page.getByLabel('承办人'), '王法官');
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
    // The parties' portal query codes are shown once, to be printed on their filing notices (issue 5).
    const codes = page.getByRole('dialog').filter({ hasText: '查询码只显示这一次' });
    await codes.getByText('陈晓明').waitFor();
    assert.equal(await codes.getByTestId('query-code').count(), 2);
    assert.match((await codes.getByTestId('query-code').first().textContent()) ?? '', /^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    await screenshotDialog(page, '03b-query-codes');
    // The applicant's filing notice, built by the server from the code shown (never stored there).
    const [notice] = await Promise.all([page.waitForEvent('download'), codes.getByRole('button', { name: '下载陈晓明的立案通知书（含查询码）' }).click()]);
    assert.match(notice.suggestedFilename(), /^（\d{4}）辽0202执\d+号受理案件通知书-陈晓明\.docx$/);
    const noticeBytes = await readFile((await notice.path()));
    assert.equal(noticeBytes.subarray(0, 2).toString('latin1'), 'PK');
    await codes.getByRole('button', { name: '已记录' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    caseUrl = page.url();
    const caseNumber = (await page.getByTestId('case-number').textContent()) ?? '';
    assert.match(caseNumber, /^（\d{4}）辽0202执\d+号$/);
    await page.getByTestId('timeline-event').first().waitFor();
    await page.getByText(`执行通知期限自收到申请之日（${receivedOn}）起算`).waitFor();
    assert.match((await page.locator('.ant-descriptions-item', { hasText: '收到申请日期' }).textContent()) ?? '', new RegExp(receivedOn));
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

    // A stay (中止), which the list tells apart from a deferral (暂缓).
    await page.getByRole('button', { name: '中止执行' }).click();
    const stay = page.getByRole('dialog');
    await chooseOption(page, stay.getByLabel('法定事由'), '案外人对执行标的提出确有理由的异议');
    await stay.getByLabel('中止理由').fill('案外人王某对查封的房产提出书面异议，经审查理由成立');
    await stay.getByRole('button', { name: /确认办理/ }).click();
    await page.getByText('已办理：中止执行').waitFor();
    await stay.waitFor({ state: 'hidden' });

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
    await page.locator('.ant-table-row', { hasText: debtorName }).getByText('Stayed', { exact: true }).waitFor();
    await screenshot(page, '11-case-list-english');

    // Sorting by filing date offers both directions: newest first, then oldest first.
    const filedDates = async () => page.locator('.ant-table-row td:nth-child(7)').allTextContents();
    const sorted = (dates: string[], order: 'asc' | 'desc') => {
      const expected = [...dates].sort();
      return dates.length > 1 && dates.join() === (order === 'asc' ? expected : expected.reverse()).join();
    };
    await page.locator('th', { hasText: 'Filed on' }).click();
    await page.waitForURL(/sort=filedOn$/);
    await until(async () => sorted(await filedDates(), 'desc'), 'the newest filing first');
    await page.locator('th', { hasText: 'Filed on' }).click();
    await page.waitForURL(/sort=filedOn&order=asc$/);
    await until(async () => sorted(await filedDates(), 'asc'), 'the oldest filing first');
    assert.equal(await page.locator('th[aria-sort="ascending"]', { hasText: 'Filed on' }).count(), 1);
    await screenshot(page, '11b-case-list-oldest-first');

    assert.deepEqual(errors, []);
    await context.close();
  });

  it('refuses a wrong password, checks ID numbers as they are typed, and puts server issues next to their field', async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    // A wrong password is refused with a clear message (one try: the account is not locked).
    await page.goto(`${suite.platform.baseUrl}/login`);
    await page.getByLabel('用户名').fill('clerk.zs');
    await page.getByLabel('密码').fill('not-the-password');
    await page.locator('button[type=submit]').click();
    await page.getByRole('alert').getByText('用户名或密码错误').waitFor();

    await logIn(page, suite.platform.baseUrl, 'clerk.zs');
    await page.goto(`${suite.platform.baseUrl}/cases/new`);
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

    // The application cannot be received after the case was filed.
    await pickDate(page, 'filedOn', cstDay(-3));
    await pickDate(page, 'receivedOn', cstDay(-1));
    await page.locator('#receivedOn_help').getByText('收到申请日期不能晚于立案日期').waitFor();
    await screenshot(page, '13c-received-after-filing');
    await context.close();
  });

  it('lets a bureau chief see the warning board, use the calculators and log out', async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    await logIn(page, suite.platform.baseUrl, 'chief.zs');
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
    await page.goto(`${suite.platform.baseUrl}/warnings`);
    await page.waitForURL(/\/login$/);
    await page.getByLabel('用户名').waitFor();
    await context.close();
  });
});

describe('system administration', { timeout: 180_000 }, () => {
  const username = `clerk.xg${Date.now().toString(36).slice(-4)}`;
  const password = 'Xigang#2027-clerk';

  it('an administrator creates a clerk, issues a token, enters 2027’s holidays and checks the audit chains; the clerk then sees their court’s cases', async () => {
    const context = await suite.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.platform.baseUrl });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await showingFailure(page, 'admin', async () => {
      // The administrator lands on 系统管理, with no case menus; a case link leads back there.
      await logIn(page, suite.platform.baseUrl, 'admin');
      await page.waitForURL(/\/admin\/users$/);
      await page.getByRole('heading', { name: '用户管理' }).waitFor();
      await page.getByText('系统管理', { exact: true }).waitFor();
      assert.equal(await page.getByRole('menuitem', { name: /案件|立案|预警/ }).count(), 0);
      await page.locator('.ant-table-row').first().waitFor();
      await screenshot(page, '20-admin-users');
      await page.goto(`${suite.platform.baseUrl}/cases`);
      await page.waitForURL(/\/admin\/users$/);

      // A new clerk for 辽0203. A username that is taken comes back from the server onto its field.
      await page.getByRole('button', { name: '新建账户' }).click();
      const newUser = page.getByRole('dialog');
      await newUser.getByLabel('用户名').fill('judge.xg');
      await newUser.getByLabel('姓名').fill('钱书记员（西岗）');
      await newUser.getByLabel('初始密码').fill(password);
      await newUser.getByText('立案、送达执行通知等事务性工作').waitFor();
      await chooseOption(page, newUser.getByLabel('所属法院'), '辽0203');
      await newUser.getByRole('button', { name: '创建账户' }).click();
      await newUser.locator('#newUser_username_help').getByText('该用户名已被使用，请换一个').waitFor();
      await screenshot(page, '21-admin-username-taken');
      await newUser.getByLabel('用户名').fill(username);
      await newUser.getByRole('button', { name: '创建账户' }).click();
      await page.getByText(`已创建账户：${username}`).waitFor();
      await newUser.waitFor({ state: 'hidden' });
      const createdRow = page.locator('.ant-table-row.zx-row-new');
      await createdRow.getByText(username).waitFor();
      assert.match((await createdRow.textContent()) ?? '', /书记员.*大连市西岗区人民法院/);
      await screenshot(page, '22-admin-user-created');

      // A token for a land registry: shown once, with a copy button and the warning.
      await page.getByRole('button', { name: '签发接口令牌' }).click();
      const tokenDialog = page.getByRole('dialog');
      await tokenDialog.getByLabel('令牌名称').fill('大连市不动产登记中心');
      await tokenDialog.getByText('协助执行单位查控').click();
      await screenshot(page, '23-admin-token-form');
      await tokenDialog.getByRole('button', { name: '签发令牌' }).click();
      const issued = tokenDialog.getByTestId('issued-token');
      await issued.waitFor();
      const token = ((await issued.textContent()) ?? '').trim();
      assert.match(token, /^zxt_[\w-]{40,}$/);
      await tokenDialog.getByText('令牌只显示这一次').waitFor();
      await tokenDialog.getByRole('button', { name: '复制令牌' }).click();
      await page.getByText('已复制到剪贴板').waitFor();
      assert.equal(await page.evaluate<string>('navigator.clipboard.readText()'), token);
      await screenshot(page, '24-admin-token-once');
      // Escape does not throw it away; the explicit button does, and it never comes back.
      await page.keyboard.press('Escape');
      await issued.waitFor();
      await tokenDialog.getByRole('button', { name: '我已保存令牌，关闭' }).click();
      await tokenDialog.waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: '签发接口令牌' }).click();
      assert.equal(await page.getByRole('dialog').getByLabel('令牌名称').inputValue(), '');
      assert.equal(await page.getByText(token).count(), 0);
      await page.getByRole('dialog').getByRole('button', { name: /取\s*消/ }).click();

      // The holiday calendar: 2027 is not built in; enter New Year's Day and a make-up Saturday.
      await page.getByRole('menuitem', { name: /节假日日历/ }).click();
      await page.getByRole('heading', { name: '节假日日历' }).waitFor();
      const coverage = page.getByTestId('calendar-coverage');
      await coverage.getByText('2004–2026 年').waitFor();
      await page.locator('#calendarYear_year').fill('2027');
      await page.getByText('新录入该年度。').waitFor();
      await typePeriod(page, '第 1 段', '2027-01-01', '2027-01-03');
      await page.getByRole('button', { name: '添加调休上班日' }).click();
      const makeup = page.getByLabel('第 1 天');
      await makeup.click();
      // The calendar opens in 2027, where weekdays cannot be picked as make-up days.
      const cell = (date: string) => page.locator(`.ant-picker-dropdown:not(.ant-picker-dropdown-range):not(.ant-picker-dropdown-hidden) .ant-picker-cell[title="${date}"]`);
      assert.match((await cell('2027-01-08').getAttribute('class')) ?? '', /disabled/);
      assert.doesNotMatch((await cell('2027-01-09').getAttribute('class')) ?? '', /disabled/);
      await makeup.fill('2027-01-09');
      await makeup.press('Enter');
      await page.locator('#calendarYear_source').fill('国办发明电〔2026〕X号');
      await page.getByTestId('calendar-summary').getByText('共 3 天放假，1 个调休上班日').waitFor();
      await screenshot(page, '25-admin-calendar-form');
      await page.getByRole('button', { name: /^保\s*存$/ }).click();
      await page.getByText('已保存 2027 年节假日安排').waitFor();
      await coverage.getByText('2027 年').first().waitFor();
      const entered = coverage.locator('.ant-table-row', { hasText: '2027' });
      await entered.getByText('01-01 至 01-03').waitFor();
      await entered.getByText('01-09 周六').waitFor();
      await entered.getByText('国办发明电〔2026〕X号').waitFor();
      assert.match((await coverage.textContent()) ?? '', /连续覆盖至\s*2027 年/);
      await screenshot(page, '26-admin-calendar-saved');
      // 更正 brings the year back into the form as it was entered.
      await entered.getByRole('button', { name: '更正 2027 年' }).click();
      await page.getByText('该年度已录入，保存即为更正。').waitFor();
      assert.equal(await page.getByLabel('第 1 段').inputValue(), '2027-01-01');
      assert.equal(await page.getByLabel('第 1 天').inputValue(), '2027-01-09');

      // The audit check: every court's chain holds, the administrator's own acts included.
      await page.getByRole('menuitem', { name: /审计校验/ }).click();
      await page.getByRole('heading', { name: '审计校验' }).waitFor();
      await page.getByRole('button', { name: '开始校验' }).click();
      await page.getByText(/校验通过：\d+ 个法院的留痕链均完整/).waitFor();
      assert.equal(await page.getByTestId('audit-broken').count(), 0);
      assert.ok((await page.getByTestId('audit-valid').count()) >= 3, 'the intermediate court and both district courts have events');
      await screenshot(page, '27-admin-audit');

      // The same pages in English.
      await page.getByText('EN', { exact: true }).click();
      await page.getByRole('heading', { name: 'Audit check' }).waitFor();
      await page.getByText(/All intact: the chains of \d+ courts hold/).waitFor();
      await screenshot(page, '28-admin-audit-english');
      await page.getByRole('menuitem', { name: /Holiday calendar/ }).click();
      await page.getByText('Covered up to').waitFor();
      await screenshot(page, '29-admin-calendar-english');
      await page.getByRole('menuitem', { name: /Users/ }).click();
      await page.getByRole('button', { name: 'New account' }).click();
      await page.getByRole('dialog').getByText('Files cases and serves notices').waitFor();
      await screenshot(page, '30-admin-new-user-english');
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await page.getByText('中文', { exact: true }).click();
    });
    assert.deepEqual(errors, []);
    await context.close();

    // The new clerk logs in and sees the cases of 辽0203 only.
    const clerkContext = await suite.newContext();
    const clerk = await clerkContext.newPage();
    await showingFailure(clerk, 'new-clerk', async () => {
      await logIn(clerk, suite.platform.baseUrl, username, password);
      await clerk.waitForURL(/\/cases$/);
      await clerk.getByRole('heading', { name: '案件列表' }).waitFor();
      await clerk.locator('.ant-table-row').first().waitFor();
      const numbers = await clerk.locator('.ant-table-row td:first-child').allTextContents();
      assert.ok(numbers.length > 0 && numbers.every((n) => /辽0203执/.test(n)), numbers.join(', '));
      assert.match((await clerk.getByTestId('header-user').textContent()) ?? '', /钱书记员/);
      assert.equal(await clerk.getByText('系统管理').count(), 0);
      await screenshot(clerk, '31-new-clerk-cases');
    });
    await clerkContext.close();
  });
});
