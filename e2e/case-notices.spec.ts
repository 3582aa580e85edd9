/**
 * 公告 and 当事人订阅与通知 on the case page, in a real browser against the real platform. A judge
 * files a case for 张伟 against 李四 and publishes a reward notice of ¥5,000 on the applicant's
 * application; an auction of real estate with a starting price at 60 % of the valuation is refused
 * with the rule and its article (网络司法拍卖规定第十条), and at 80 % it is published. The reward notice
 * is withdrawn with a reason, and the public portal's list keeps only the auction. Then the applicant
 * subscribes on the portal by e-mail, the bureau head assigns the handler (a public step), and the
 * card shows the notification sent by the demo transport — named 演示（日志）, not taken for a
 * delivery. The card reads in English too. Screenshots land in test-results/e2e/notices-*.png.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { platformSuite } from './support/platform-suite.js';
import { apiSession, type ApiSession } from './support/api-session.js';
import { logIn, screenshot, showingFailure } from './support/browser.js';
import { screenshotDialog, screenshotOf } from './support/element-screenshot.js';
import { checkByLabel, cstDay, until } from './support/page-helpers.js';

const VIEWPORT = { width: 1440, height: 900 };
const APPLICANT_ID = '11010519491231002X';
const DEBTOR_ID = '210202198001251231';
const suite = platformSuite(VIEWPORT);

const noticesCard = (page: Page) => page.getByTestId('notices-card');
const notificationsCard = (page: Page) => page.getByTestId('notifications-card');
const publishDialog = (page: Page) => page.locator('.ant-modal').filter({ has: page.getByTestId('publish-notice') });
const footerButton = (dialog: Locator, name: string | RegExp) => dialog.locator('.ant-modal-footer').getByRole('button', { name });
const noticeRow = (page: Page, text: string) => noticesCard(page).locator('.ant-table-row').filter({ hasText: text });

interface Filed {
  id: string;
  caseNumber: string;
  version: number;
  queryCodes: Array<{ partyRole: 'applicant' | 'debtor'; code: string }>;
}
interface PublicNotices {
  items: Array<{ kind: 'reward' | 'auction'; caseNumber: string; title: string }>;
}

/** A case for 张伟 against 李四 (¥150,000), filed by the judge; nobody handles it yet. */
async function fileCase(judge: ApiSession): Promise<Filed> {
  return judge.call<Filed>(
    'POST',
    '/api/v1/cases',
    {
      caseType: 'first',
      cause: '民间借贷纠纷',
      basis: { type: 'judgment', issuer: '大连市中山区人民法院', documentNumber: '（2025）辽0202民初5120号', effectiveDate: cstDay(-60), performanceDeadline: cstDay(-45) },
      applicants: [{ kind: 'person', name: '张伟', idNumber: APPLICANT_ID }],
      debtors: [{ kind: 'person', name: '李四', idNumber: DEBTOR_ID }],
      claims: [{ kind: 'principal', amount: '150000.00' }],
    },
    201,
  );
}

/** Wait for a toast, then for it to go (so the next picture is clean). */
async function toast(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.ant-message-notice').getByText(text).first().waitFor();
  await until(async () => (await page.locator('.ant-message-notice').count()) === 0, 'the toast to go', 15_000);
}

/** Open a dialog from a button and wait until it is there (a click during its fade-in is lost). */
async function openDialog(page: Page, button: Locator, dialog: Locator): Promise<void> {
  await button.click();
  await dialog.waitFor({ state: 'visible' });
  await page.waitForTimeout(350);
}

describe('notices and notifications on the case page', { timeout: 300_000 }, () => {
  let filed: Filed;
  let judge: ApiSession;
  let caseUrl = '';

  it('publishes a reward and an auction notice, refuses a price below 70 %, and withdraws the reward', async () => {
    judge = await apiSession(suite.platform.baseUrl, 'judge.zs');
    filed = await fileCase(judge);
    caseUrl = `${suite.platform.baseUrl}/cases/${filed.id}`;
    const { context, page, errors } = await suite.newPage();
    await showingFailure(page, 'notices-publish', async () => {
      await logIn(page, suite.platform.baseUrl, 'judge.zs');
      await page.goto(caseUrl);
      const card = noticesCard(page);
      await card.getByText('本案尚未发布公告').waitFor();
      assert.equal(await card.getByRole('link', { name: /在执行信息公开网查看/ }).getAttribute('href'), '/portal/notices');

      // The reward: on the applicant's application received today, a fixed ¥5,000.
      const reward = publishDialog(page);
      await openDialog(page, card.getByRole('button', { name: '发布悬赏公告' }), reward);
      await reward.getByText('悬赏公告只能依申请执行人的书面申请发布', { exact: false }).waitFor();
      assert.match((await reward.locator('.ant-select').first().textContent()) ?? '', /李四/, 'the only debtor is chosen');
      assert.equal(await reward.getByLabel('收到书面申请日期', { exact: true }).inputValue(), cstDay(0));
      await reward.getByLabel('悬赏金额', { exact: true }).fill('5000');
      await screenshotDialog(page, 'notices-01-reward-dialog');
      await footerButton(reward, '发布悬赏公告').click();
      await toast(page, /已在执行信息公开网发布：悬赏公告/);
      await reward.waitFor({ state: 'hidden' });
      const rewardRow = noticeRow(page, '悬赏公告');
      await rewardRow.getByText('¥5,000.00').waitFor();
      await rewardRow.getByTestId('notice-status').getByText('在公示').waitFor();

      // The auction: real estate valued at ¥1,000,000, first offered at ¥600,000 — below 70 %.
      const auction = publishDialog(page);
      await openDialog(page, card.getByRole('button', { name: '发布拍卖公告' }), auction);
      await checkByLabel(auction.locator('label', { hasText: '不动产' }), auction.getByRole('radio', { name: '不动产' }), 'real estate');
      await auction.getByLabel('拍卖财产', { exact: true }).fill('大连市中山区人民路1号3单元502室住宅，建筑面积89.5平方米');
      await auction.getByLabel('评估价', { exact: true }).fill('1000000');
      await auction.getByLabel('起拍价', { exact: true }).fill('600000');
      await auction.getByLabel('保证金', { exact: true }).fill('100000');
      await auction.getByText(`最早可于 ${cstDay(30)} 开拍`, { exact: false }).waitFor();
      await auction.getByRole('button', { name: '填入最早开拍时间' }).click();
      assert.equal(await auction.getByLabel('开拍时间', { exact: true }).inputValue(), `${cstDay(30)} 10:00`);
      assert.equal(await auction.getByLabel('竞价结束时间', { exact: true }).inputValue(), `${cstDay(31)} 10:00`);
      // The dialog warns at once; the server's refusal is what counts.
      await auction.getByText('不得低于 ¥700,000.00').waitFor();
      await auction.locator('.ant-form-item-explain-warning', { hasText: '起拍价不得低于评估价的百分之七十' }).waitFor();
      await footerButton(auction, '发布拍卖公告').click();
      const refusal = auction.getByTestId('notice-refusal');
      await refusal.getByText('起拍价不得低于评估价的百分之七十', { exact: true }).waitFor();
      await refusal.getByText('依据：网络司法拍卖规定第十条').waitFor();
      await screenshotDialog(page, 'notices-02-auction-refused');
      assert.equal((await judge.call<{ items: unknown[] }>('GET', `/api/v1/cases/${filed.id}/notices`)).items.length, 1, 'nothing published by the refusal');

      // At 80 % of the valuation, with a 12.5 % deposit, it goes out.
      await auction.getByLabel('起拍价', { exact: true }).fill('800000');
      await auction.getByText('应在 ¥40,000.00 至 ¥160,000.00 之间').waitFor();
      await until(async () => (await auction.locator('.ant-form-item-explain-warning').count()) === 0, 'the warnings to clear');
      await footerButton(auction, '发布拍卖公告').click();
      await toast(page, /已在执行信息公开网发布/);
      await auction.waitFor({ state: 'hidden' });
      const auctionRow = noticeRow(page, '拍卖公告');
      await auctionRow.getByText('¥800,000.00').waitFor();
      await auctionRow.getByText(`${cstDay(30)} 10:00`, { exact: false }).waitFor();
      await auctionRow.getByTestId('notice-status').getByText('在公示').waitFor();

      // The reward is withdrawn: the applicant took back the application.
      await rewardRow.getByRole('button', { name: /^撤回公告：悬赏公告/ }).click();
      const withdraw = page.getByRole('dialog').filter({ hasText: '撤回原因' });
      await withdraw.waitFor({ state: 'visible' });
      await page.waitForTimeout(350);
      await withdraw.getByLabel('撤回原因', { exact: true }).fill('申请执行人撤回悬赏申请');
      await screenshotDialog(page, 'notices-03-withdraw-dialog');
      await footerButton(withdraw, /^撤\s*回\s*公\s*告$/).click();
      await toast(page, '公告已撤回');
      await withdraw.waitFor({ state: 'hidden' });
      const status = rewardRow.getByTestId('notice-status');
      await status.getByText('已撤回').waitFor();
      await status.getByText(/撤回：申请执行人撤回悬赏申请/).waitFor();
      assert.equal(await rewardRow.getByRole('button', { name: /撤回/ }).count(), 0, 'a withdrawn notice cannot be withdrawn again');
      await card.scrollIntoViewIfNeeded();
      await screenshotOf(card, 'notices-04-card');
    });
    assert.deepEqual(errors, []);
    await context.close();

    // The portal lists only the auction of this case.
    const response = await fetch(`${suite.platform.baseUrl}/api/public/v1/notices`);
    assert.equal(response.status, 200);
    const mine = ((await response.json()) as PublicNotices).items.filter((n) => n.caseNumber === filed.caseNumber);
    assert.deepEqual(
      mine.map((n) => n.kind),
      ['auction'],
    );
  });

  it('shows the applicant’s subscription and the notification sent by the demo transport', async () => {
    assert.ok(caseUrl, 'the first test filed the case');
    const base = suite.platform.baseUrl;
    // The applicant opens the case on the portal with the code from the filing notice and follows it by e-mail.
    const queryCode = filed.queryCodes.find((q) => q.partyRole === 'applicant')!.code;
    const opened = await fetch(`${base}/api/public/v1/party-sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ caseNumber: filed.caseNumber, idNumber: APPLICANT_ID, queryCode }) });
    assert.equal(opened.status, 201, await opened.clone().text());
    const { token } = (await opened.json()) as { token: string };
    const subscribed = await fetch(`${base}/api/public/v1/party/subscriptions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ channel: 'email', address: 'zhang.wei@example.com' }) });
    assert.equal(subscribed.status, 201, await subscribed.clone().text());
    // A public step after the subscription: the bureau head assigns the judge.
    const chief = await apiSession(base, 'chief.zs');
    const me = await judge.call<{ id: string }>('GET', '/api/v1/auth/me');
    const current = await judge.call<{ version: number }>('GET', `/api/v1/cases/${filed.id}`);
    await chief.call('POST', `/api/v1/cases/${filed.id}/actions`, { action: { type: 'assignHandler', handlerId: me.id }, expectedVersion: current.version });

    const { context, page, errors } = await suite.newPage();
    await showingFailure(page, 'notices-notifications', async () => {
      await logIn(page, base, 'judge.zs');
      await page.goto(caseUrl);
      const card = notificationsCard(page);
      const subscription = card.getByTestId('subscriptions-table').locator('.ant-table-row').filter({ hasText: '张伟（申请执行人）' });
      await subscription.getByText('电子邮件').waitFor();
      await subscription.getByText('z***@example.com').waitFor();
      await subscription.getByText('订阅中').waitFor();
      assert.ok(!((await card.textContent()) ?? '').includes('zhang.wei@example.com'), 'the address is masked');

      // The job loop enqueues and sends every few seconds: refresh until the card shows it sent.
      const sentRow = (text: string) => card.getByTestId('notifications-table').locator('.ant-table-row').filter({ hasText: text }).filter({ has: page.locator('[data-state="sent"]') });
      const sent = sentRow('确定承办人');
      await until(
        async () => {
          if ((await sent.count()) > 0) return true;
          await card.getByRole('button', { name: '刷新' }).click();
          await page.waitForTimeout(1000);
          return (await sent.count()) > 0;
        },
        'the notification to be sent',
        20_000,
      );
      await sent.getByText('已发送').waitFor();
      await sent.getByTestId('notification-transport').getByText('演示（日志）').waitFor();
      await card.getByText('“演示（日志）”表示通知仅写入服务器日志', { exact: false }).waitFor();
      await card.scrollIntoViewIfNeeded();
      await screenshotOf(card, 'notices-05-notifications');

      // In English: the demo is still named as such.
      await page.getByText('EN', { exact: true }).click();
      await card.getByText('Party subscriptions and notifications').waitFor();
      const sentInEnglish = sentRow('Handler assigned');
      await sentInEnglish.getByTestId('notification-transport').getByText('Demo (log)').waitFor();
      await sentInEnglish.getByText('Sent', { exact: true }).waitFor();
      await noticesCard(page).getByText('Withdrawn', { exact: true }).waitFor();
      await screenshot(page, 'notices-06-case-page-english');
      await noticesCard(page).scrollIntoViewIfNeeded();
      await screenshotOf(noticesCard(page), 'notices-07-notices-english');
      await card.scrollIntoViewIfNeeded();
      await screenshotOf(card, 'notices-08-notifications-english');
      await page.getByText('中文', { exact: true }).click();
      await card.getByText('当事人订阅与通知').waitFor();
    });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
