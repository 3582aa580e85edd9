/**
 * What the court publishes on the portal, on a phone (issue 5, ADR 0014). A judge files a case and
 * publishes a reward notice and an auction notice on it. A member of the public reads both on 公告
 * (by tab and by court), answers the reward with 提供财产线索 — the property-clue form comes with
 * the case number, is sent by keyboard, and the clue is registered against the notice. On 数据公开 the
 * court's filed count of this month is one more than before the filing, the city's totals are at least
 * the court's, every chart has its figures as a table, a wrong range of months is said plainly, and
 * 下载 CSV downloads the bilingual file. A 终本 search for someone not there says so. The applicant
 * subscribes to case updates by e-mail on their case page (a bad address and the limit of five are
 * said next to the field), sees it listed and removes it; the page reads in English too. Every page
 * state passes axe-core's WCAG 2.1 A/AA rules with no serious or critical violation. Screenshots land
 * in test-results/e2e/portal-publication-*.png.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { platformSuite } from './support/platform-suite.js';
import { apiSession } from './support/api-session.js';
import { screenshot, showingFailure } from './support/browser.js';
import { screenshotOf } from './support/element-screenshot.js';
import { seriousViolations } from './support/axe.js';
import { chooseOption } from './support/choose-option.js';
import { checkByLabel, cstDay, until } from './support/page-helpers.js';
import { tabToId, tabToText, tabUntil } from './support/portal-keyboard.js';

const PHONE = { width: 390, height: 844 };
const COURT = '大连市中山区人民法院';
const COURT_ID = '210202';
const OTHER_COURT = '大连市西岗区人民法院';
const APPLICANT_ID = '11010519491231002X';
const DEBTOR_ID = '210202198001251231';
const AUCTION_PROPERTY = '大连市中山区人民路1号3单元502室住宅，建筑面积89.6平方米';
const suite = platformSuite(PHONE, { reducedMotion: true });
const SUBMIT = /^提\s*交$/;
/** antd's loading icon may still be leaving a button just used ("loading 订 阅"): match the end of the name. */
const SUBSCRIBE = /订\s*阅$/;

interface MonthFigures {
  month: string;
  filed: number;
}
interface Statistics {
  partialMonth: string | null;
  months: MonthFigures[];
  totals: { filed: number };
}

interface Prepared {
  caseNumber: string;
  rewardId: string;
  applicantCode: string;
  /** The court's filed count of this month before the case was filed, and this month. */
  filedBefore: number;
  month: string;
}

let prepared: Promise<Prepared> | null = null;

/** Once per file: the statistics as they were, then the judge files a case and publishes a reward and an auction on it. */
function prepare(base: string): Promise<Prepared> {
  prepared ??= (async () => {
    const stats = (await (await fetch(`${base}/api/public/v1/statistics?courtId=${COURT_ID}`)).json()) as Statistics;
    const month = stats.partialMonth!;
    const filedBefore = stats.months.find((m) => m.month === month)!.filed;

    const judge = await apiSession(base, 'judge.zs');
    const filed = await judge.call<{ id: string; caseNumber: string; parties: Array<{ id: string; partyRole: string }>; queryCodes: Array<{ partyRole: string; code: string }> }>('POST', '/api/v1/cases', {
      caseType: 'first',
      cause: '民间借贷纠纷',
      basis: { type: 'judgment', issuer: COURT, documentNumber: '（2026）辽0202民初902号', effectiveDate: '2026-06-01', performanceDeadline: '2026-06-16' },
      applicants: [{ kind: 'person', name: '张伟', idNumber: APPLICANT_ID, phone: '13800000000' }],
      debtors: [{ kind: 'person', name: '李四', idNumber: DEBTOR_ID }],
      claims: [{ kind: 'principal', amount: '80000.00' }],
    });
    const debtorPartyId = filed.parties.find((p) => p.partyRole === 'debtor')!.id;
    const reward = await judge.call<{ id: string }>('POST', `/api/v1/cases/${filed.id}/notices`, {
      kind: 'reward',
      debtorPartyId,
      applicationReceivedOn: cstDay(0),
      terms: { kind: 'fixed', amount: '5000.00' },
      conditions: '提供本院尚未掌握的被执行人李四名下财产线索，经查证属实并使申请执行人的债权全部或部分实现的。',
    });
    // Real estate: 30 days' notice (网络司法拍卖规定 art. 12), ≥ 70 % of the valuation (art. 10), a 10 % deposit (art. 17), 24 h of bidding (art. 20).
    await judge.call('POST', `/api/v1/cases/${filed.id}/notices`, {
      kind: 'auction',
      debtorPartyId,
      propertyKind: 'realEstate',
      description: AUCTION_PROPERTY,
      valuation: '1000000.00',
      startingPrice: '700000.00',
      deposit: '70000.00',
      startsAt: `${cstDay(31)}T10:00:00+08:00`,
      endsAt: `${cstDay(32)}T10:00:00+08:00`,
      platform: '人民法院诉讼资产网',
    });
    return { caseNumber: filed.caseNumber, rewardId: reward.id, applicantCode: filed.queryCodes.find((q) => q.partyRole === 'applicant')!.code, filedBefore, month };
  })();
  return prepared;
}

async function expectAccessible(page: Page, what: string): Promise<void> {
  // Judge the page at rest, not half-faded (antd's motion).
  await page.locator('[class*="-appear-active"], [class*="-enter-active"], [class*="-leave-active"]').first().waitFor({ state: 'detached', timeout: 3000 }).catch(() => undefined);
  assert.deepEqual(await seriousViolations(page), [], `${what}: axe-core found serious or critical WCAG violations`);
}

const fieldError = (page: Page, message: string) => page.locator('.ant-form-item-explain-error', { hasText: message }).first();

/** A figure of a chart's data table: the row (a month, `total`, a closing method) and the column (`filed`, …). */
const tableFigure = async (page: Page, chart: string, row: string, field: string): Promise<string> =>
  ((await page.getByTestId(chart).locator(`tr[data-row="${row}"] td[data-field="${field}"]`).textContent()) ?? '').trim();

describe('what the court publishes on the portal', { timeout: 300_000 }, () => {
  it('shows the reward and auction notices and takes a property clue against the reward, by keyboard', async () => {
    const base = suite.platform.baseUrl;
    const p = await prepare(base);
    const { page, errors } = await suite.newPage();
    let receipt = '';
    await showingFailure(page, 'portal-publication-notices', async () => {
      await page.goto(`${base}/portal`);
      await page.getByRole('heading', { level: 2, name: '公告与数据公开' }).waitFor();
      await tabUntil(page, "el.tagName === 'A' && el.textContent.trim() === '公告'", 'the 公告 link');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: '悬赏公告 · 拍卖公告' }).waitFor();
      const reward = page.locator('[data-notice-kind="reward"]', { hasText: p.caseNumber });
      await reward.getByRole('heading', { level: 2, name: '悬赏公告：查找被执行人李四的财产' }).waitFor();
      const text = (await reward.textContent()) ?? '';
      assert.ok(text.includes('¥5,000.00'), text);
      assert.ok(text.includes('2102**********1231'), text);
      assert.ok(!text.includes(DEBTOR_ID), 'the full ID number is never shown');
      await expectAccessible(page, 'reward notices');
      await screenshot(page, 'portal-publication-01-rewards');

      // The auction tab: the property, its prices and bidding time.
      await page.getByRole('tab', { name: '拍卖公告' }).click();
      const auction = page.locator('[data-notice-kind="auction"]', { hasText: p.caseNumber });
      await auction.getByRole('heading', { level: 2, name: AUCTION_PROPERTY.slice(0, 40) }).waitFor();
      const auctionText = (await auction.textContent()) ?? '';
      for (const part of ['不动产', '第一次拍卖', '¥700,000.00', '¥1,000,000.00', '¥70,000.00', `${cstDay(31)} 10:00 至 ${cstDay(32)} 10:00`, '人民法院诉讼资产网']) assert.ok(auctionText.includes(part), `${part} in ${auctionText}`);
      await expectAccessible(page, 'auction notices');
      await screenshot(page, 'portal-publication-02-auctions');

      // By court: another court has none; the case's court has it.
      await page.getByRole('tab', { name: '悬赏公告' }).click();
      await chooseOption(page, page.locator('#notice-court'), OTHER_COURT);
      await page.getByText('暂无悬赏公告').waitFor();
      await expectAccessible(page, 'no reward notice at another court');
      await chooseOption(page, page.locator('#notice-court'), COURT);
      await reward.waitFor();

      // 提供财产线索: the affairs hall's form, on the notice's case, as a member of the public.
      await reward.getByRole('link', { name: /提供财产线索/ }).click();
      await page.getByRole('heading', { level: 1, name: '提交财产线索' }).waitFor();
      await page.getByText(`您正在回应案号为${p.caseNumber}的悬赏公告`).waitFor();
      assert.equal(await page.locator('#caseNumber').inputValue(), p.caseNumber);
      assert.match((await page.locator('.ant-form-item', { has: page.locator('#submitter_role') }).textContent()) ?? '', /社会公众/);
      await tabToId(page, 'submitter_name');
      await page.keyboard.type('赵敏');
      await tabToId(page, 'submitter_phone');
      await page.keyboard.type('13912345678');
      await chooseOption(page, page.locator('#propertyType'), '车辆');
      await tabToId(page, 'description');
      await page.keyboard.type('被执行人李四名下有一辆白色轿车，车牌号辽B·12345，常停放在中山区人民路1号地下车库。');
      await expectAccessible(page, 'property clue form for a reward');
      await screenshot(page, 'portal-publication-03-clue-form');
      await tabToText(page, SUBMIT);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: '提交成功' }).waitFor();
      receipt = ((await page.getByTestId('receipt-number').textContent()) ?? '').trim();
      assert.match(receipt, /^XS\d{4}-/);
      assert.ok(((await page.textContent('body')) ?? '').includes(p.caseNumber));
      await expectAccessible(page, 'clue receipt');
      await screenshot(page, 'portal-publication-04-clue-receipt');
    });
    assert.deepEqual(errors, []);

    // The clerk's queue has the clue registered against the reward notice (财产调查规定 art. 23).
    const clerk = await apiSession(base, 'clerk.zs');
    const queue = await clerk.call<{ items: Array<{ id: string; receiptNumber: string }> }>('GET', '/api/v1/submissions?kind=propertyClue');
    const item = queue.items.find((i) => i.receiptNumber === receipt);
    assert.ok(item, `${receipt} is in the clerk's queue`);
    const detail = await clerk.call<{ rewardNoticeId: string | null }>('GET', `/api/v1/submissions/${item.id}`);
    assert.equal(detail.rewardNoticeId, p.rewardId);
  });

  it('shows the open statistics by court and range, with tables and a CSV download', async () => {
    const base = suite.platform.baseUrl;
    const p = await prepare(base);
    const { page, errors } = await suite.newPage();
    await showingFailure(page, 'portal-publication-statistics', async () => {
      await page.goto(`${base}/portal`);
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '数据公开' }).click();
      await page.getByRole('heading', { level: 1, name: '执行数据公开' }).waitFor();
      await page.getByTestId('stats-showing').filter({ hasText: '全市法院' }).waitFor();
      await page.getByText(`${p.month} 为本月，数据截至今日，仍会增加`).waitFor();
      const filedChart = page.getByTestId('chart-filed-closed');
      assert.match((await filedChart.locator('.zx-portal-chart[role="img"]').getAttribute('aria-label')) ?? '', /^柱状图，全市法院.*共收案 \d+ 件、结案 \d+ 件/);
      await expectAccessible(page, 'statistics of the city');
      await screenshot(page, 'portal-publication-05-statistics');
      const cityFiled = Number(/\d+/.exec((await page.getByTestId('total-filed').textContent()) ?? '')![0]);

      // The court where the case was filed: this month has one more case than before.
      await chooseOption(page, page.locator('#stats-court'), COURT);
      await page.getByTestId('stats-showing').filter({ hasText: COURT }).waitFor();
      await filedChart.getByRole('button', { name: '显示数据表' }).click();
      await filedChart.getByRole('table').waitFor();
      assert.equal(await tableFigure(page, 'chart-filed-closed', p.month, 'filed'), String(p.filedBefore + 1));
      assert.match((await filedChart.locator(`tr[data-row="${p.month}"] th`).textContent()) ?? '', /（本月，未完）/);
      const courtFiled = Number(await tableFigure(page, 'chart-filed-closed', 'total', 'filed'));
      assert.ok(cityFiled >= courtFiled, `the city's ${cityFiled} filed ≥ the court's ${courtFiled}`);
      await expectAccessible(page, 'statistics of a court with the table open');
      await screenshotOf(filedChart, 'portal-publication-06-chart-table');

      // A range of months: the last six; a first month after the last is refused plainly.
      const from = shiftMonth(p.month, -5);
      await typeMonth(page, 'stats-from', from);
      await page.getByTestId('stats-showing').filter({ hasText: `${from} 至 ${p.month}` }).waitFor();
      assert.equal(await filedChart.locator('tbody tr').count(), 7, 'six months and the total');
      await typeMonth(page, 'stats-to', shiftMonth(p.month, -8));
      await page.getByRole('alert').filter({ hasText: '起始月份不能晚于截止月份' }).waitFor();
      await expectAccessible(page, 'statistics with a wrong range');
      await page.getByRole('button', { name: '最近12个月' }).click();
      await page.getByTestId('stats-showing').filter({ hasText: `${shiftMonth(p.month, -11)} 至 ${p.month}` }).waitFor();

      // 下载 CSV: the same figures as a bilingual file.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /下载 CSV/ }).click()]);
      const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
      const [header = '', ...rows] = csv.split('\r\n');
      assert.ok(header.startsWith('月份 Month'), header);
      assert.ok(rows.some((r) => r.startsWith(`${p.month},${COURT},${p.filedBefore + 1},`)), csv);
    });
    assert.deepEqual(errors, []);
  });

  it('says plainly when a 终本 search finds no one', async () => {
    const base = suite.platform.baseUrl;
    const { page, errors } = await suite.newPage();
    await showingFailure(page, 'portal-publication-terminated', async () => {
      await page.goto(`${base}/portal`);
      await checkByLabel(page.locator('label', { hasText: '终本案件' }), page.getByRole('radio', { name: '终本案件' }), 'the 终本 list');
      await page.getByText('终结本次执行程序（终本）').waitFor();
      await tabToId(page, 'name');
      await page.keyboard.type('王某某');
      await page.keyboard.press('Tab');
      await page.keyboard.type('9999');
      await page.keyboard.press('Enter');
      await page.getByText('未查到终本案件信息').waitFor();
      await expectAccessible(page, '终本 search without a result');
      await screenshotOf(page.locator('.ant-card', { has: page.getByRole('search') }), 'portal-publication-07-terminated-none');
    });
    assert.deepEqual(errors, []);
  });

  it('lets a party subscribe to case updates and unsubscribe, in Chinese and English', async () => {
    const base = suite.platform.baseUrl;
    const p = await prepare(base);
    const { page, errors } = await suite.newPage();
    await showingFailure(page, 'portal-publication-subscriptions', async () => {
      await page.goto(`${base}/portal`);
      await page.locator('#caseNumber').fill(p.caseNumber);
      await page.locator('#idNumber').fill(APPLICANT_ID);
      await page.locator('#queryCode').fill(p.applicantCode);
      await page.getByRole('button', { name: '查询本案' }).click();
      const card = page.locator('.ant-card', { has: page.getByRole('heading', { level: 2, name: '订阅案件进展' }) });
      await card.waitFor();
      await card.getByText('每条通知都附有退订链接').waitFor();
      await card.getByText('尚未订阅').waitFor();

      // A bad address is refused next to the field; a good one is listed.
      await page.locator('#address').fill('zhang.wei-at-example.com');
      await card.getByRole('button', { name: SUBSCRIBE }).click();
      await fieldError(page, '电子邮箱格式不正确').waitFor();
      await expectAccessible(page, 'subscription with a bad address');
      await page.locator('#address').fill('zhang.wei@example.com');
      await card.getByRole('button', { name: SUBSCRIBE }).click();
      await card.getByText('已订阅：zhang.wei@example.com').waitFor();
      await page.getByTestId('subscriptions').getByText('zhang.wei@example.com').waitFor();
      await expectAccessible(page, 'subscription listed');
      await screenshotOf(card, 'portal-publication-08-subscribed');

      await card.getByRole('button', { name: '取消订阅 zhang.wei@example.com' }).click();
      await card.getByText('已取消订阅：zhang.wei@example.com').waitFor();
      await page.getByTestId('subscriptions').getByText('尚未订阅').waitFor();
    });

    // Five addresses taken elsewhere (another session of the same party): a sixth is refused next to the field.
    const session = (await (
      await fetch(`${base}/api/public/v1/party-sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ caseNumber: p.caseNumber, idNumber: APPLICANT_ID, queryCode: p.applicantCode }) })
    ).json()) as { token: string };
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${base}/api/public/v1/party/subscriptions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
        body: JSON.stringify({ channel: 'sms', address: `1380000000${i}` }),
      });
      assert.equal(res.status, 201, await res.text());
    }
    await showingFailure(page, 'portal-publication-subscription-limit', async () => {
      await page.reload();
      const card = page.locator('.ant-card', { has: page.getByRole('heading', { level: 2, name: '订阅案件进展' }) });
      await until(async () => (await page.getByTestId('subscriptions').getByRole('button', { name: /^取消订阅 / }).count()) === 5, 'five subscriptions listed');
      await page.locator('#address').fill('li.na@example.com');
      await card.getByRole('button', { name: SUBSCRIBE }).click();
      await fieldError(page, '最多订阅5个地址，请先取消不用的订阅。').waitFor();
      await expectAccessible(page, 'subscription refused at the limit');

      // In English.
      await page.getByRole('button', { name: 'English', exact: true }).click();
      const english = page.locator('.ant-card', { has: page.getByRole('heading', { level: 2, name: 'Get case updates' }) });
      await english.getByText('Every message carries a link that unsubscribes you').waitFor();
      await fieldError(page, 'At most 5 addresses: unsubscribe one you no longer need first.').waitFor();
      await english.getByRole('radio', { name: 'Text message' }).waitFor({ state: 'attached' });
      await english.getByRole('button', { name: 'Unsubscribe 13800000000' }).click();
      await english.getByText('Unsubscribed: 13800000000').waitFor();
      await expectAccessible(page, 'subscriptions in English');
      await screenshotOf(english, 'portal-publication-09-subscriptions-english');
      await page.goto(`${base}/portal/notices?kind=auction`);
      await page.getByRole('heading', { level: 1, name: 'Reward and auction notices' }).waitFor();
      await page.locator('[data-notice-kind="auction"]').getByText('Starting price').waitFor();
      await expectAccessible(page, 'auction notices in English');
      await screenshot(page, 'portal-publication-10-notices-english');
      await page.getByRole('button', { name: /^中\s*文$/ }).click();
    });
    assert.deepEqual(errors, []);
  });
});

/** `2026-11` moved by `by` months. */
function shiftMonth(month: string, by: number): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  const i = y * 12 + (m - 1) + by;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Type a month into an antd month picker and confirm it with Enter. */
async function typeMonth(page: Page, id: string, month: string): Promise<void> {
  const input = page.locator(`#${id}`);
  await input.click();
  await input.fill(month);
  await input.press('Enter');
  await page.keyboard.press('Escape');
  await until(async () => (await input.inputValue()) === month, `${id} = ${month}`);
}
