/**
 * 信用惩戒 in a real browser against the real platform: a judge serves the notice on a seeded
 * case, tries to list the company and is told a consumption restriction must come first, issues
 * the restriction (binding its legal representative), the president signs it; the judge lists the
 * company, the president signs, the list-management page shows it published, and the judge deletes
 * it once the judgment is performed. The administrator registers an agency and sees its key once.
 * Screenshots of every step land in test-results/e2e/credit-*.png for a person to look at.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { platformSuite } from './support/platform-suite.js';
import { logIn, screenshot, showingFailure } from './support/browser.js';
import { screenshotDialog, screenshotOf } from './support/element-screenshot.js';
import { checkByLabel, pressWithKeyboard, twoChars, until } from './support/page-helpers.js';
import { chooseOption } from './support/choose-option.js';

const VIEWPORT = { width: 1440, height: 900 };
/** Seeded by seed-demo.ts: assigned to 王法官 (judge.zs), notice not served yet; its legal representative is 赵强. */
const DEBTOR = '大连北方建材有限公司';
const REPRESENTATIVE_ID = '210203197511117894';
/** The demo airline's key (seed-credit-demo.ts), printed by `zhixing start`. */
const DEMO_AGENCY_KEY = 'zxa_demo-airline-key-2026';

const suite = platformSuite(VIEWPORT);
const newPage = () => suite.newPage();

/** One decision on the case page's 信用惩戒 card, by the measure named in its header. */
const decision = (page: Page, kind: string): Locator => page.getByTestId('credit-decision').filter({ has: page.locator('.ant-card-head', { hasText: kind }) });

describe('credit discipline', { timeout: 300_000 }, () => {
  let caseUrl = '';

  it('a judge restricts consumption first, lists the company after the president signs, and deletes the listing once performed', async () => {
    const judge = await newPage();
    const page = judge.page;
    const president = await newPage();
    const boss = president.page;

    await showingFailure(page, 'credit-judge', async () => {
      // The seeded case: serve the enforcement notice through the case page.
      await logIn(page, suite.platform.baseUrl, 'judge.zs');
      await page.getByRole('heading', { name: '案件列表' }).waitFor();
      await page.getByLabel('搜索').fill(DEBTOR);
      await page.getByLabel('搜索').press('Enter');
      await page.waitForURL(/q=/);
      const row = page.locator('.ant-table-row', { hasText: DEBTOR });
      await row.getByRole('link').first().click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      caseUrl = page.url();
      await page.getByRole('button', { name: '送达执行通知书及报告财产令' }).click();
      await page.getByRole('dialog').getByRole('button', { name: /确认办理/ }).click();
      await page.getByText('已办理：送达执行通知书及报告财产令').waitFor();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });

      const card = page.getByTestId('credit-card');
      await card.getByText('本案尚无信用惩戒措施').waitFor();
      await card.scrollIntoViewIfNeeded();
      await screenshot(page, 'credit-01-case-card-empty');

      // Listing first: the eligibility check says a consumption restriction must come first.
      await card.getByRole('button', { name: '纳入失信名单' }).click();
      let dialog = page.getByRole('dialog');
      await dialog.getByText('选择失信情形后，系统即核对法定条件。').waitFor();
      await checkByLabel(dialog.getByText(/^第三项：以虚假诉讼/), dialog.getByRole('radio', { name: /^第三项：以虚假诉讼/ }), 'the third listing ground');
      const verdict = dialog.getByTestId('credit-eligibility');
      await verdict.getByText('请先发出限制消费令').waitFor();
      await verdict.getByText(/暂不符合法定条件/).waitFor();
      assert.ok(await dialog.getByRole('button', { name: '提交院长签发' }).isDisabled(), 'submission is blocked while ineligible');
      await screenshotDialog(page, 'credit-02-listing-needs-restriction');
      await dialog.getByRole('button', { name: /取\s*消/ }).click();
      await dialog.waitFor({ state: 'hidden' });

      // 限制消费 for the company, binding its legal representative (name taken from the case).
      await card.getByRole('button', { name: '限制消费', exact: true }).click();
      dialog = page.getByRole('dialog');
      assert.equal(await dialog.locator('#creditProposal_persons_0_name').inputValue(), '赵强');
      await dialog.locator('#creditProposal_facts').fill('被执行人未按执行通知书指定的期间履行给付义务');
      // A typo in the ID number is caught as it is typed.
      await dialog.locator('#creditProposal_persons_0_idNumber').fill('210203197511117895');
      await dialog.locator('#creditProposal_persons_0_idNumber_help').getByText('校验码不符').waitFor();
      await dialog.locator('#creditProposal_persons_0_idNumber').fill(REPRESENTATIVE_ID);
      await dialog.getByText('校验通过：出生日期 1975-11-11，男').waitFor();
      await verdict.getByText('符合法定条件，可以提交院长签发').waitFor();
      await verdict.getByText('至依法解除时止').waitFor();
      await screenshotDialog(page, 'credit-03-restriction-eligible');
      await dialog.getByRole('button', { name: '提交院长签发' }).click();
      await page.getByText(/已提交院长签发：/).waitFor();
      await dialog.waitFor({ state: 'hidden' });
      const restriction = decision(page, '限制消费');
      await restriction.getByTestId('credit-status').getByText('待院长签发').waitFor();
      await restriction.getByText(/赵强/).waitFor();
      await restriction.getByText('2102**********7894').waitFor();
      await screenshot(page, 'credit-04-restriction-pending');
      await screenshotOf(card, 'credit-04b-card-closeup');
    });

    await showingFailure(boss, 'credit-president', async () => {
      // The president finds it under 待签发 and signs it on the case page.
      await logIn(boss, suite.platform.baseUrl, 'president.zs');
      await boss.getByRole('menuitem', { name: /信用惩戒/ }).click();
      await boss.getByRole('heading', { name: '信用惩戒' }).waitFor();
      const pending = boss.getByRole('tabpanel').locator('.ant-table-row', { hasText: DEBTOR });
      await pending.waitFor();
      // The badge counts what waits for signature (the demo data has a listing waiting too).
      const rows = await boss.getByRole('tabpanel').locator('.ant-table-row').count();
      assert.equal((await boss.getByRole('tab', { name: /待签发/ }).textContent())?.replace(/\D/g, ''), String(rows));
      await screenshot(boss, 'credit-05-president-to-sign');
      await pending.getByRole('link').click();
      await boss.waitForURL(caseUrl);
      const restriction = decision(boss, '限制消费');
      await restriction.getByRole('button', { name: twoChars('签发') }).click();
      const dialog = boss.getByRole('dialog');
      await dialog.getByText('签发时系统按当日情况重新核对法定条件', { exact: false }).waitFor();
      await screenshotDialog(boss, 'credit-06-president-sign-dialog');
      await dialog.getByRole('button', { name: twoChars('签发') }).click();
      await boss.getByText(/已签发：/).waitFor();
      await restriction.getByTestId('credit-status').getByText('已发布').waitFor();
    });

    await showingFailure(page, 'credit-judge-listing', async () => {
      // Now the listing is allowed: ground 3, no grace period; its terms are shown before submission.
      await page.reload();
      const card = page.getByTestId('credit-card');
      await decision(page, '限制消费').getByTestId('credit-status').getByText('已发布').waitFor();
      await card.getByRole('button', { name: '纳入失信名单' }).click();
      const dialog = page.getByRole('dialog');
      await checkByLabel(dialog.getByText(/^第三项：以虚假诉讼/), dialog.getByRole('radio', { name: /^第三项：以虚假诉讼/ }), 'the third listing ground');
      await dialog.locator('#creditProposal_facts').fill('被执行人于立案后将名下车辆无偿转让给关联公司，规避执行');
      const verdict = dialog.getByTestId('credit-eligibility');
      await verdict.getByText('符合法定条件，可以提交院长签发').waitFor();
      await verdict.getByText('2 年').waitFor();
      await screenshotDialog(page, 'credit-07-listing-eligible');
      await dialog.getByRole('button', { name: '提交院长签发' }).click();
      await page.getByText(/已提交院长签发：/).waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await decision(page, '失信被执行人名单').getByTestId('credit-status').getByText('待院长签发').waitFor();
    });

    await showingFailure(boss, 'credit-president-listing', async () => {
      await boss.reload();
      const listing = decision(boss, '失信被执行人名单');
      await listing.getByRole('button', { name: twoChars('签发') }).click();
      await boss.getByRole('dialog').getByRole('button', { name: twoChars('签发') }).click();
      await boss.getByText(/已签发：/).waitFor();
      await listing.getByTestId('credit-status').getByText('已发布').waitFor();
      await listing.scrollIntoViewIfNeeded();
      await screenshot(boss, 'credit-08-listing-published');
      await screenshotOf(boss.getByTestId('credit-card'), 'credit-08b-card-closeup');

      // The list-management page shows it under 已发布.
      await boss.getByRole('menuitem', { name: /信用惩戒/ }).click();
      await boss.getByRole('tab', { name: /已发布/ }).click();
      await boss.waitForURL(/tab=published/);
      const published = boss.getByRole('tabpanel').locator('.ant-table-row', { hasText: '失信被执行人名单' });
      await published.filter({ hasText: DEBTOR }).waitFor();
      await screenshot(boss, 'credit-09-list-published');

      // The warnings board can show overdue removals on their own.
      await boss.getByRole('menuitem', { name: /预警/ }).click();
      await boss.getByRole('heading', { name: '消极执行预警' }).waitFor();
      await boss.getByText('失信信息逾期未删除', { exact: true }).click();
      await boss.locator('.ant-table-row, .ant-empty').first().waitFor();
      await screenshot(boss, 'credit-09b-warnings-overdue-removal-filter');
    });

    await showingFailure(page, 'credit-judge-delete', async () => {
      // The judgment is performed: the judge deletes the listing with that ground.
      await page.reload();
      const listing = decision(page, '失信被执行人名单');
      await listing.getByTestId('credit-status').getByText('已发布').waitFor();
      await listing.getByRole('button', { name: twoChars('删除') }).click();
      const dialog = page.getByRole('dialog');
      await chooseOption(page, dialog.getByLabel('删除事由'), '已履行生效法律文书确定的义务');
      await dialog.getByLabel('说明').fill('被执行人已于今日全额履行，申请执行人出具收款确认');
      await screenshotDialog(page, 'credit-10-delete-dialog');
      await dialog.getByRole('button', { name: twoChars('删除') }).click();
      await page.getByText(/已删除失信信息：/).waitFor();
      await listing.getByTestId('credit-status').getByText('已删除').waitFor();
      await listing.scrollIntoViewIfNeeded();
      await screenshot(page, 'credit-11-listing-deleted');

      // A long case history scrolls inside its card (by keyboard too), so the cards below it stay put.
      const history = page.getByTestId('timeline-scroll');
      // (read together: the history may still be reloading with the deletion just recorded)
      const events = page.getByTestId('timeline-event');
      await until(async () => (await page.getByText(`共 ${await events.count()} 条`, { exact: true }).count()) === 1, 'the header to count the acts shown');
      const box = await history.boundingBox();
      assert.ok(box && box.height <= 641, `the history is ${box?.height ?? '?'} px high`);
      assert.ok(await history.evaluate((el: { scrollHeight: number; clientHeight: number }) => el.scrollHeight > el.clientHeight), 'the history scrolls');
      await history.press('End');
      await until(() => history.evaluate((el: { scrollTop: number }) => el.scrollTop > 0), 'End to scroll the history');
      await screenshotOf(page.getByTestId('credit-card'), 'credit-11b-card-closeup');

      // 限制出境 names the company's officers; the check waits for a valid ID number.
      await page.getByTestId('credit-card').getByRole('button', { name: '限制出境', exact: true }).click();
      const exit = page.getByRole('dialog');
      await exit.getByText('限制出境的人员').waitFor();
      await exit.getByTestId('credit-eligibility').locator('.ant-alert').waitFor();
      await exit.getByText('第 1 人的姓名或公民身份号码尚未填写，暂不计入核对。').waitFor();
      await exit.locator('#creditProposal_facts').fill('被执行人未履行义务，且近期有出境记录，可能出境逃避执行');
      await exit.locator('#creditProposal_persons_0_idNumber').fill(REPRESENTATIVE_ID);
      await exit.getByTestId('credit-eligibility').getByText('符合法定条件，可以提交院长签发').waitFor();
      // A refusal only the server can give on submission (the law changed in between) is shown in the dialog, every reason of it.
      const proposals = /\/api\/v1\/cases\/[0-9a-f-]{36}\/credit-decisions$/;
      await page.route(proposals, (route) =>
        route.fulfill({
          status: 422,
          contentType: 'application/json',
          body: JSON.stringify({
            code: 'RULE_VIOLATION',
            message: '不符合法定条件',
            messageZh: '不符合法定条件',
            messageEn: 'A legal rule does not allow this',
            details: { rule: 'EXIT_CASE_NOT_OPEN', problems: [{ code: 'EXIT_CASE_NOT_OPEN', messageZh: '案件已结案，不能再决定限制出境', messageEn: 'The case is closed' }] },
            requestId: 'e2e',
          }),
        }),
      );
      await exit.getByRole('button', { name: '提交院长签发' }).click();
      await exit.getByRole('alert').getByText('案件已结案，不能再决定限制出境').waitFor();
      await screenshotDialog(page, 'credit-11c-exit-restriction-refused');
      await page.unroute(proposals);
      await exit.getByRole('button', { name: /取\s*消/ }).click();
      await exit.waitFor({ state: 'hidden' });

      // The same card in English.
      await page.getByText('EN', { exact: true }).click();
      await page.getByText('Credit discipline', { exact: true }).first().waitFor();
      await decision(page, 'Consumption restriction').getByTestId('credit-status').getByText('Published').waitFor();
      await page.getByTestId('credit-card').scrollIntoViewIfNeeded();
      await screenshotOf(page.getByTestId('credit-card'), 'credit-12-case-card-english');
      await page.getByRole('button', { name: 'Put on the dishonest list' }).click();
      await page.getByRole('dialog').getByText(/^Item 3: Evades enforcement/).click();
      await page.getByRole('dialog').getByTestId('credit-eligibility').getByText(/The legal conditions are met/).waitFor();
      await screenshotDialog(page, 'credit-13-listing-dialog-english');
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await page.getByText('中文', { exact: true }).click();
    });

    assert.deepEqual(judge.errors, []);
    assert.deepEqual(president.errors, []);
    await judge.context.close();
    await president.context.close();
  });

  it('lets the city supervisor filter the list by court and read agency feedback', async () => {
    // The demo airline (seeded, key printed by `zhixing start`) reports an interception and a false-positive claim.
    for (const [n, kind] of [[1, 'intercepted'], [2, 'falsePositive']] as const) {
      const response = await fetch(`${suite.platform.baseUrl}/api/agency/v1/feedback`, {
        method: 'POST',
        headers: { authorization: `Bearer ${DEMO_AGENCY_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          idempotencyKey: `e2e-feedback-${n}`,
          kind,
          scenario: 'flight',
          subject: { kind: 'person', idNumber: REPRESENTATIVE_ID },
          occurredAt: new Date().toISOString(),
          note: kind === 'intercepted' ? '值机时拦截' : '旅客称已履行完毕',
        }),
      });
      assert.equal(response.status, 201, await response.text());
    }
    const { context, page, errors } = await newPage();
    await showingFailure(page, 'credit-supervisor', async () => {
      await logIn(page, suite.platform.baseUrl, 'supervisor.city');
      await page.getByRole('menuitem', { name: /信用惩戒/ }).click();
      await page.getByRole('heading', { name: '信用惩戒' }).waitFor();
      await page.getByRole('tab', { name: /已发布/ }).click();
      await page.getByRole('tabpanel').locator('.ant-table-row').first().waitFor();
      await chooseOption(page, page.getByRole('combobox', { name: '法院' }), '大连市中山区人民法院');
      await page.waitForURL(/courtId=/);
      await page.getByRole('tabpanel').locator('.ant-table-row').first().waitFor();
      await screenshot(page, 'credit-17-supervisor-by-court');
      await page.getByRole('tab', { name: '联合惩戒反馈' }).click();
      await page.getByText('按单位统计').waitFor();
      await page.getByRole('tabpanel').locator('.ant-table-row', { hasText: '误拦异议' }).waitFor();
      await screenshot(page, 'credit-18-supervisor-feedback');
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('lets the administrator register an agency, shows its key once and revokes it', async () => {
    const { context, page, errors } = await newPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.platform.baseUrl });
    await showingFailure(page, 'credit-admin', async () => {
      await logIn(page, suite.platform.baseUrl, 'admin');
      await page.getByRole('menuitem', { name: /联合惩戒单位/ }).click();
      await page.getByRole('heading', { name: '联合惩戒单位' }).waitFor();
      await page.getByRole('button', { name: '登记单位' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('单位名称').fill('大连周水子国际机场测试航空公司');
      await chooseOption(page, dialog.getByLabel('单位类别'), '航空公司');
      await chooseOption(page, dialog.getByLabel('可核查场景'), '乘坐飞机', { multiple: true });
      await screenshot(page, 'credit-14-admin-register-agency');
      await dialog.getByRole('button', { name: '登记并签发密钥' }).click();
      const key = dialog.getByTestId('issued-agency-key');
      await key.waitFor();
      const value = ((await key.textContent()) ?? '').trim();
      assert.match(value, /^zxa_/);
      await dialog.getByRole('button', { name: '复制密钥' }).click();
      await page.getByText('已复制到剪贴板').waitFor();
      await screenshot(page, 'credit-15-admin-agency-key-once');
      await dialog.getByRole('button', { name: '我已保存密钥，关闭' }).click();
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(await page.getByText(value).count(), 0);

      const row = page.locator('.ant-table-row', { hasText: '大连周水子国际机场测试航空公司' });
      await row.getByRole('button', { name: '撤销大连周水子国际机场测试航空公司的密钥' }).click();
      await pressWithKeyboard(page.locator('.ant-popconfirm').getByRole('button', { name: /撤\s*销/ }));
      await page.getByText('已撤销：大连周水子国际机场测试航空公司').waitFor();
      await row.getByText(/已撤销/).waitFor();
      await screenshot(page, 'credit-16-admin-agencies');
    });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
