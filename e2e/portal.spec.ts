/**
 * 执行信息公开网 on a phone, as a party and as a member of the public (issue 5). A clerk files a case
 * (the console shows the parties' query codes once), a judge takes it and serves the notice. On a
 * phone-sized screen, with the keyboard only, a member of the public searches the dishonest-debtor
 * list; the applicant mistypes the query code (told plainly, without saying which part was wrong),
 * then opens the case: where it stands, the handler, the money, and the public timeline — nothing of
 * the debtor but the name. The page reads in English too; logging out forgets the access. The debtor,
 * with their own code, reads what is owed today with the doubled interest, the case's account to pay
 * into and what refusing to perform leads to. Every
 * portal page passes axe-core's WCAG 2.1 A/AA rules with no serious or critical violation.
 * Screenshots land in test-results/e2e/portal-*.png.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { platformSuite } from './support/platform-suite.js';
import { apiSession } from './support/api-session.js';
import { logIn, screenshot, showingFailure } from './support/browser.js';
import { screenshotDialog } from './support/element-screenshot.js';
import { seriousViolations } from './support/axe.js';
import { pressWithKeyboard } from './support/page-helpers.js';

const PHONE = { width: 390, height: 844 };
const APPLICANT_ID = '11010519491231002X';
const DEBTOR_ID = '210202198001251231';
const suite = platformSuite(PHONE, { reducedMotion: true });

/** Presses Tab until the element with this id has the focus (keyboard-only use), at most 40 times. */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if ((await page.evaluate('document.activeElement && document.activeElement.id')) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

async function expectAccessible(page: Page, what: string): Promise<void> {
  assert.deepEqual(await seriousViolations(page), [], `${what}: axe-core found serious or critical WCAG violations`);
}

describe('the public portal', { timeout: 300_000 }, () => {
  it('lets the public search the list and a party follow their case on a phone, by keyboard, accessibly', async () => {
    const base = suite.platform.baseUrl;

    // The clerk files the case in the console; the query codes are shown once, to be printed.
    const clerkPage = await suite.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' }).then((c) => c.newPage());
    const clerkApi = await apiSession(base, 'clerk.zs');
    const filed = await clerkApi.call<{ id: string; caseNumber: string; version: number; queryCodes: Array<{ partyRole: string; code: string }> }>('POST', '/api/v1/cases', {
      caseType: 'first',
      cause: '民间借贷纠纷',
      basis: { type: 'judgment', issuer: '大连市中山区人民法院', documentNumber: '（2026）辽0202民初88号', effectiveDate: '2026-06-01', performanceDeadline: '2026-06-16' },
      applicants: [{ kind: 'person', name: '张伟', idNumber: APPLICANT_ID, phone: '13800000000' }],
      debtors: [{ kind: 'person', name: '李四', idNumber: DEBTOR_ID, address: '大连市中山区人民路1号' }],
      claims: [{ kind: 'principal', amount: '80000.00' }],
    });
    const code = filed.queryCodes.find((q) => q.partyRole === 'applicant')!.code;
    await showingFailure(clerkPage, 'portal-clerk', async () => {
      await logIn(clerkPage, base, 'clerk.zs');
      await clerkPage.goto(`${base}/cases/${filed.id}`);
      const row = clerkPage.locator('.ant-table-row', { hasText: '张伟' });
      await row.getByRole('button', { name: '为张伟重新生成查询码' }).waitFor();
      await screenshot(clerkPage, 'portal-00-console-parties');
    });
    const judge = await apiSession(base, 'judge.zs');
    const me = await judge.call<{ id: string }>('GET', '/api/v1/auth/me');
    const chief = await apiSession(base, 'chief.zs');
    const assigned = await chief.call<{ version: number }>('POST', `/api/v1/cases/${filed.id}/actions`, { action: { type: 'assignHandler', handlerId: me.id }, expectedVersion: filed.version });
    await judge.call('POST', `/api/v1/cases/${filed.id}/actions`, { action: { type: 'serveNotice', servedOn: todayInChina() }, expectedVersion: assigned.version });

    const { page, errors } = await suite.newPage();
    await showingFailure(page, 'portal', async () => {
      await page.goto(`${base}/portal`);
      await page.getByRole('heading', { level: 1, name: '执行信息公开网' }).waitFor();
      await expectAccessible(page, 'portal home');
      await screenshot(page, 'portal-01-home-phone');

      // Keyboard only: the list search.
      await tabTo(page, 'name');
      await page.keyboard.type('王某某');
      await page.keyboard.press('Tab');
      await page.keyboard.type('9999');
      await page.keyboard.press('Enter');
      await page.getByText('未查到失信被执行人信息').waitFor();
      // The same search on the consumption-restricted list.
      await page.locator('label', { hasText: '限制消费人员' }).click();
      assert.equal(await page.getByRole('radio', { name: '限制消费人员' }).isChecked(), true);
      await page.locator('#name').press('Enter');
      await page.getByText('未查到限制消费人员信息').waitFor();
      await expectAccessible(page, 'portal home after the searches');

      // Keyboard only: the party login, first with a wrong code.
      await tabTo(page, 'caseNumber');
      await page.keyboard.type(filed.caseNumber);
      await page.keyboard.press('Tab');
      await page.keyboard.type(APPLICANT_ID);
      await page.keyboard.press('Tab');
      await page.keyboard.type('ZZZZ-ZZZZ-ZZZZ');
      await page.keyboard.press('Enter');
      await page.getByRole('alert').filter({ hasText: '案号、证件号码或查询码不正确' }).waitFor();
      await expectAccessible(page, 'portal home with an error');
      await screenshot(page, 'portal-02-wrong-code');
      await tabTo(page, 'queryCode');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(code.toLowerCase());
      await page.keyboard.press('Enter');

      await page.getByRole('heading', { level: 1, name: filed.caseNumber }).waitFor();
      await page.getByText('立案受理').waitFor();
      await page.getByText('确定承办人').waitFor();
      await page.getByText('向被执行人送达执行通知书、报告财产令').waitFor();
      const body = (await page.textContent('body')) ?? '';
      assert.ok(body.includes('张伟（申请执行人，您）'), body);
      assert.ok(body.includes('李四（被执行人）'));
      for (const secret of [DEBTOR_ID, '大连市中山区人民路1号', '13800000000', APPLICANT_ID]) assert.ok(!body.includes(secret), `the party page shows ${secret}`);
      assert.ok(body.includes('¥80,000.00'));
      await page.getByRole('heading', { level: 2, name: '执行标的' }).waitFor();
      await expectAccessible(page, 'party case page');
      await screenshot(page, 'portal-03-case-phone');

      // The same page in English.
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await page.getByRole('heading', { name: 'Progress' }).waitFor();
      await page.getByText('Case filed').waitFor();
      await expectAccessible(page, 'party case page in English');
      await screenshot(page, 'portal-04-case-english');
      await page.getByRole('button', { name: /^中\s*文$/ }).click();

      // Logging out forgets the access: the case page sends the visitor back to the front page.
      await page.getByRole('button', { name: /退出查询/ }).click();
      await page.getByRole('heading', { level: 1, name: '执行信息公开网' }).waitFor();
      await page.goto(`${base}/portal/case`);
      await page.getByRole('heading', { level: 2, name: '当事人案件查询' }).waitFor();

      // The debtor opens the same case with their own code: what is owed today and how to pay it.
      await page.locator('#caseNumber').fill(filed.caseNumber);
      await page.locator('#idNumber').fill(DEBTOR_ID);
      await page.locator('#queryCode').fill(filed.queryCodes.find((q) => q.partyRole === 'debtor')!.code);
      await page.getByRole('button', { name: '查询本案' }).click();
      await page.getByRole('heading', { level: 2, name: '自动履行' }).waitFor();
      await page.getByText('拒不履行的法律后果').waitFor();
      assert.match((await page.getByTestId('case-account').textContent()) ?? '', /^2102022026\d{6}$/);
      await expectAccessible(page, 'debtor case page');
      await screenshot(page, 'portal-05-debtor-perform');
      await page.getByRole('button', { name: /退出查询/ }).click();
    });
    assert.deepEqual(errors, []);

    // The clerk issues the applicant a new code: the dialog shows it once.
    await showingFailure(clerkPage, 'portal-clerk-reissue', async () => {
      const row = clerkPage.locator('.ant-table-row', { hasText: '张伟' });
      await row.getByRole('button', { name: '为张伟重新生成查询码' }).click();
      // (pressed with the keyboard: a click while the bubble aligns itself was lost in a full run)
      await pressWithKeyboard(clerkPage.getByRole('button', { name: /^重新生成$/ }));
      const dialog = clerkPage.getByRole('dialog').filter({ hasText: '查询码只显示这一次' });
      await dialog.waitFor();
      const fresh = ((await dialog.getByTestId('query-code').textContent()) ?? '').trim();
      assert.match(fresh, /^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      assert.notEqual(fresh, code);
      await screenshotDialog(clerkPage, 'portal-06-console-new-code');
    });
  });
});

/** Today in China, as the platform's clock sees it (the notice cannot be served in the future). */
function todayInChina(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
