/**
 * 信用惩戒 after the decision, in a real browser against the real platform: a correction request is
 * registered, decided in the queue and dismissed; the applicant's reconsideration lands in the
 * intermediate court's queue, named as the district court's decision, and is decided there; the
 * district court follows it read-only, and its clerk opens 信用惩戒 to the corrections queue only. A
 * necessary consumption is permitted and the permit revoked; a replaced legal representative is
 * released on his own; a passport is bound to a person debtor and unbound; the bureau chief reads
 * the agency check log. A listing with a 1-month grace period waits in 宽限期, and a closed case's
 * restriction left on the list past its 3 working days shows red on the list page.
 * Screenshots land in test-results/e2e/followup-*.png for a person to look at.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startPlatform, type RunningPlatform } from './support/start-server.js';
import { launchBrowser, logIn, screenshot, showingFailure } from './support/browser.js';
import { screenshotDialog, screenshotOf } from './support/element-screenshot.js';
import { checkByLabel, checkSurely, cstDay, twoChars, typePeriod, until } from './support/page-helpers.js';
import { apiSession, type ApiSession } from './support/api-session.js';
import { chooseOption } from './support/choose-option.js';

const VIEWPORT = { width: 1440, height: 900 };
/** Seeded by seed-demo.ts / seed-credit-demo.ts: notice served, a published consumption restriction binding 赵强, and a listing awaiting the president. */
const LISTED = '大连远航船舶服务有限公司';
/** Seeded the same way, without the listing: it is closed in the past to make its removal overdue. */
const CLOSED = '大连蓝湾餐饮有限公司';
/** Seeded, assigned, notice not served yet: restricted here, then listed with a grace period. */
const GRACE = '大连北方建材有限公司';
const REPRESENTATIVE_ID = '210203197511117894';
const PERSON_DEBTOR = { name: '孙立新', idNumber: '210202198503151230' };
const DEMO_AGENCY_KEY = 'zxa_demo-airline-key-2026';

interface Decision {
  id: string;
  kind: string;
  status: string;
  version: number;
}
interface Correction {
  id: string;
  kind: 'correction' | 'reconsideration';
  status: string;
  decisionId: string;
  courtName: string;
}

let platform: RunningPlatform;
let browser: Browser;
let dataDir = '';

before(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'zhixing-e2e-followup-'));
  platform = await startPlatform({ dataDir });
  browser = await launchBrowser();
});

afterEach(() => {
  const notice = platform?.deathNotice();
  if (notice) console.error(notice);
});

after(async () => {
  await browser?.close();
  await platform?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const newPage = async (): Promise<{ context: BrowserContext; page: Page; errors: string[] }> => {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
};

/** One decision on the case page's 信用惩戒 card, by the measure named in its header. */
const decision = (page: Page, kind: string): Locator => page.getByTestId('credit-decision').filter({ has: page.locator('.ant-card-head', { hasText: kind }) });

async function caseIdOf(api: ApiSession, debtor: string): Promise<string> {
  const list = await api.call<{ items: Array<{ id: string }> }>('GET', `/api/v1/cases?q=${encodeURIComponent(debtor)}`);
  assert.equal(list.items.length, 1, `one case of ${debtor}`);
  return list.items[0]!.id;
}

const decisionsOf = async (api: ApiSession, caseId: string): Promise<Decision[]> => (await api.call<{ items: Decision[] }>('GET', `/api/v1/cases/${caseId}/credit-decisions`)).items;

async function sign(president: ApiSession, d: Decision): Promise<void> {
  await president.call('POST', `/api/v1/credit-decisions/${d.id}/review`, { approve: true, reason: null, expectedVersion: d.version });
}

describe('credit discipline after the decision', { timeout: 420_000 }, () => {
  it('registers a correction, dismisses it in the queue, and sends the reconsideration to the intermediate court', async () => {
    const judgeApi = await apiSession(platform.baseUrl, 'judge.zs');
    const presidentApi = await apiSession(platform.baseUrl, 'president.zs');
    const caseId = await caseIdOf(judgeApi, LISTED);
    // The seeded listing waits for the president; he signs it, so it is published.
    const listing = (await decisionsOf(judgeApi, caseId)).find((d) => d.kind === 'dishonestListing' && d.status === 'pendingApproval');
    assert.ok(listing, 'the seeded listing proposal');
    await sign(presidentApi, listing);
    // Two older requests about the same listing, so the queue shows what is urgent: one with 2 days left, one overdue.
    await judgeApi.call('POST', `/api/v1/credit-decisions/${listing.id}/corrections`, { applicantName: '远航船舶职工代表', ground: 'inaccurateInformation', reason: '公布的法定代表人姓名有误', receivedOn: cstDay(-13) });
    await judgeApi.call('POST', `/api/v1/credit-decisions/${listing.id}/corrections`, { applicantName: '大连远航船舶服务有限公司债权人', ground: 'shouldNotBeListed', reason: '纳入时已提供担保，不应纳入', receivedOn: cstDay(-20) });

    const { context, page, errors } = await newPage();
    await showingFailure(page, 'followup-correction', async () => {
      await logIn(page, platform.baseUrl, 'judge.zs');
      await page.goto(`${platform.baseUrl}/cases/${caseId}`);
      const item = decision(page, '失信被执行人名单');
      await item.getByTestId('credit-status').getByText('已发布').waitFor();
      await item.getByRole('button', { name: '登记纠正申请' }).click();
      const dialog = page.getByRole('dialog');
      assert.equal(await dialog.getByLabel('申请人').inputValue(), LISTED);
      await dialog.getByText('第三项：失信信息应予删除').click();
      await dialog.getByLabel('申请理由').fill('被执行人已于纳入后全额履行，申请删除失信信息，附银行转账凭证');
      await screenshotDialog(page, 'followup-01-register-correction');
      await dialog.getByRole('button', { name: twoChars('登记') }).click();
      await page.getByText(/已登记纠正申请，应于 \d{4}-\d{2}-\d{2} 前审查/).waitFor();
      await dialog.waitFor({ state: 'hidden' });
      const registered = item.getByTestId('credit-correction').filter({ hasText: '失信信息应予删除' });
      await registered.getByTestId('correction-status').getByText('待审查').waitFor();
      await item.scrollIntoViewIfNeeded();
      await screenshotOf(item, 'followup-02-listing-with-correction');

      // The queue on the credit page: pending first, amber with ≤ 3 days left, red when overdue.
      await page.getByRole('menuitem', { name: /信用惩戒/ }).click();
      await page.getByRole('tab', { name: /纠正与复议/ }).click();
      await page.waitForURL(/tab=corrections/);
      const rows = page.getByRole('tabpanel').locator('.ant-table-row');
      await rows.first().waitFor();
      assert.equal(await rows.count(), 3);
      const mine = rows.filter({ hasText: LISTED }).filter({ hasText: '第三项' });
      await mine.getByText(/剩 1[45] 天/).waitFor();
      await rows.filter({ hasText: '职工代表' }).locator('[data-urgency="soon"]').waitFor();
      await rows.filter({ hasText: '债权人' }).locator('[data-urgency="overdue"]').waitFor();
      assert.ok(((await rows.filter({ hasText: '债权人' }).getAttribute('class')) ?? '').includes('zx-row-overdue'), 'the overdue request is marked red');
      await screenshot(page, 'followup-03-corrections-queue');

      // The judge dismisses it; the applicant may apply for reconsideration within 10 days.
      await mine.getByRole('button', { name: /审查.*纠正申请/ }).click();
      const decide = page.getByRole('dialog');
      await decide.getByText('理由不成立，驳回').click();
      await decide.getByLabel('审查意见').fill('经核查，被执行人尚未履行完毕，申请理由不成立');
      await screenshotDialog(page, 'followup-04-decide-dismiss');
      await decide.getByRole('button', { name: '作出决定' }).click();
      await page.getByText(/已驳回；申请人可于 \d{4}-\d{2}-\d{2} 前申请复议/).waitFor();
      await decide.waitFor({ state: 'hidden' });
      await mine.getByTestId('correction-status').getByText('已驳回').waitFor();
      // The same queue in English.
      await page.getByText('EN', { exact: true }).click();
      await page.getByRole('tab', { name: /Corrections & reviews/ }).waitFor();
      await rows.filter({ hasText: 'Item 3: The information should be deleted' }).getByText('Dismissed').waitFor();
      await screenshot(page, 'followup-04b-corrections-queue-english');
      await page.getByText('中文', { exact: true }).click();
      await page.getByRole('tab', { name: /纠正与复议/ }).waitFor();

      // Back on the case: the dismissed request can go to the higher court.
      await page.goto(`${platform.baseUrl}/cases/${caseId}`);
      await item.getByRole('button', { name: '登记复议申请' }).click();
      const recon = page.getByRole('dialog');
      await recon.getByText(/可于 \d{4}-\d{2}-\d{2} 前申请/).waitFor();
      await recon.getByLabel('申请理由').fill('不服驳回决定，请求上一级法院复议');
      await screenshotDialog(page, 'followup-05-register-reconsideration');
      await recon.getByRole('button', { name: '登记并报送上一级法院' }).click();
      await page.getByText(/已报送上一级法院，应于 \d{4}-\d{2}-\d{2} 前作出复议决定/).waitFor();
      await recon.waitFor({ state: 'hidden' });
      // On the case: the reconsideration, pending at the intermediate court, with no decide button;
      // the dismissed request has gone up once, so it cannot be registered again.
      const forwarded = item.getByTestId('credit-correction').filter({ hasText: '复议申请' });
      await forwarded.getByTestId('correction-status').getByText('待审查').waitFor();
      await forwarded.getByText('复议法院：大连市中级人民法院', { exact: false }).waitFor();
      assert.equal(await forwarded.getByRole('button', { name: /审查/ }).count(), 0);
      assert.equal(await item.getByRole('button', { name: '登记复议申请' }).count(), 0);
      await item.scrollIntoViewIfNeeded();
      await screenshotOf(item, 'followup-05b-case-reconsideration-forwarded');

      // The district court's queue follows it, read-only: it is the intermediate court's to decide.
      await page.goto(`${platform.baseUrl}/credit?tab=corrections`);
      const sent = page.getByRole('tabpanel').locator('.ant-table-row', { hasText: '复议申请' });
      await sent.waitFor();
      await sent.getByTestId('correction-hearing-court').getByText('复议法院：大连市中级人民法院').waitFor();
      await sent.getByTestId('correction-status').getByText('待审查').waitFor();
      await sent.getByText('由上一级法院审查').waitFor();
      assert.equal(await sent.getByRole('button').count(), 0, 'no decide button on a reconsideration heard above');
      // The tab's count is what this court must decide: the two older requests, not the one above.
      assert.match((await page.getByRole('tab', { name: /纠正与复议/ }).textContent()) ?? '', /2/);
      await screenshot(page, 'followup-05c-district-queue-forwarded');
    });
    assert.deepEqual(errors, []);
    await context.close();

    // Neither the district judge nor its president can decide it, even by calling the API.
    const cityApi = await apiSession(platform.baseUrl, 'judge.city');
    const reconsideration = (await cityApi.call<{ items: Correction[] }>('GET', '/api/v1/credit-corrections')).items.find((c) => c.kind === 'reconsideration' && c.decisionId === listing.id);
    assert.ok(reconsideration, 'the reconsideration is in the intermediate court’s queue');
    for (const district of [judgeApi, presidentApi]) {
      await district.call('POST', `/api/v1/credit-corrections/${reconsideration.id}/decision`, { grant: false, note: '越权审查' }, 404);
    }

    const city = await newPage();
    await showingFailure(city.page, 'followup-reconsideration', async () => {
      const page = city.page;
      await logIn(page, platform.baseUrl, 'judge.city');
      await page.goto(`${platform.baseUrl}/credit?tab=corrections`);
      const row = page.getByRole('tabpanel').locator('.ant-table-row', { hasText: '复议申请' });
      await row.waitFor();
      await row.getByTestId('correction-decision-court').getByText('原决定法院：大连市中山区人民法院').waitFor();
      await screenshot(page, 'followup-06-intermediate-court-queue');
      await row.getByRole('button', { name: /审查.*复议申请/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('上一级法院复议', { exact: false }).first().waitFor();
      await dialog.getByText('理由不成立，驳回').click();
      await dialog.getByLabel('审查意见').fill('原审查结论正确，驳回复议申请');
      await screenshotDialog(page, 'followup-07-intermediate-decides');
      await dialog.getByRole('button', { name: '作出决定' }).click();
      await page.getByText('已驳回', { exact: true }).first().waitFor();
      await row.getByTestId('correction-status').getByText('已驳回').waitFor();
    });
    assert.deepEqual(city.errors, []);
    await city.context.close();
    // The district court sees the outcome, and still may not decide it (the server says 404).
    const after = (await judgeApi.call<{ items: Correction[] }>('GET', `/api/v1/credit-corrections?decisionId=${listing.id}`)).items.find((c) => c.id === reconsideration.id);
    assert.equal(after?.status, 'dismissed');
    assert.equal(after?.courtName, '大连市中级人民法院');
  });

  it('opens 信用惩戒 to a clerk with the corrections queue only: registering and following, not deciding', async () => {
    const { context, page, errors } = await newPage();
    await showingFailure(page, 'followup-clerk-queue', async () => {
      await logIn(page, platform.baseUrl, 'clerk.zs');
      await page.getByRole('menuitem', { name: /信用惩戒/ }).click();
      await page.waitForURL(/\/credit/);
      const tabs = page.getByRole('tab');
      await tabs.first().waitFor();
      assert.deepEqual((await tabs.allTextContents()).map((text) => text.replace(/\d+/g, '').trim()), ['纠正与复议']);
      const rows = page.getByRole('tabpanel').locator('.ant-table-row');
      await rows.first().waitFor();
      // The reconsideration sent up from this court, decided there, with the hearing court named.
      const sent = rows.filter({ hasText: '复议申请' });
      await sent.getByTestId('correction-hearing-court').getByText('复议法院：大连市中级人民法院').waitFor();
      await sent.getByTestId('correction-status').getByText('已驳回').waitFor();
      assert.equal(await page.getByRole('tabpanel').getByRole('button', { name: /审查/ }).count(), 0, 'a clerk decides nothing');
      assert.equal(await page.locator('.ant-alert-error').count(), 0, 'no error banner');
      await screenshot(page, 'followup-05d-clerk-corrections-queue');
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('permits a necessary consumption and revokes it, and releases a replaced legal representative', async () => {
    const judgeApi = await apiSession(platform.baseUrl, 'judge.zs');
    const caseId = await caseIdOf(judgeApi, LISTED);
    const { context, page, errors } = await newPage();
    await showingFailure(page, 'followup-permit', async () => {
      await logIn(page, platform.baseUrl, 'judge.zs');
      await page.goto(`${platform.baseUrl}/cases/${caseId}`);
      const restriction = decision(page, '限制消费');
      await restriction.getByTestId('credit-status').getByText('已发布').waitFor();
      await restriction.getByRole('button', { name: '准许必要消费' }).click();
      const dialog = page.getByRole('dialog');
      await chooseOption(page, dialog.getByLabel('准许的人员'), '赵强');
      await chooseOption(page, dialog.getByLabel('申请事由'), '本人或近亲属就医');
      await dialog.getByLabel('具体情况').fill('赵强之母在北京住院手术，需乘飞机前往陪护');
      await checkSurely(dialog.getByRole('checkbox', { name: '乘坐飞机', exact: true }), '乘坐飞机');
      await typePeriod(page, '准许期间', cstDay(1), cstDay(4));
      await screenshotDialog(page, 'followup-08-permit-dialog');
      await dialog.getByRole('button', { name: twoChars('准许') }).click();
      await page.getByText(`已准许：${cstDay(1)} 至 ${cstDay(4)}`).waitFor();
      await dialog.waitFor({ state: 'hidden' });
      const permits = restriction.getByTestId('credit-permits');
      await permits.getByTestId('permit-status').getByText('有效').waitFor();
      await restriction.scrollIntoViewIfNeeded();
      await screenshotOf(restriction, 'followup-09-permit-granted');

      // The permit is revoked with a reason.
      await permits.getByRole('button', { name: /撤销对赵强的准许/ }).click();
      const revoke = page.getByRole('dialog');
      await revoke.getByLabel('撤销理由').fill('经核实，申请人已改乘火车前往');
      await screenshotDialog(page, 'followup-10-revoke-permit');
      await revoke.getByRole('button', { name: twoChars('撤销') }).click();
      await page.getByText('已撤销准许').waitFor();
      await revoke.waitFor({ state: 'hidden' });
      await permits.getByTestId('permit-status').getByText('已撤销').waitFor();

      // 赵强 was replaced as legal representative: he alone is released (善意文明执行意见 17(2)).
      await restriction.getByRole('button', { name: '解除赵强的限制' }).click();
      const lift = page.getByRole('dialog');
      await lift.getByText('善意文明执行意见第17条第（2）项', { exact: true }).waitFor();
      await lift.getByLabel('说明').fill('2026 年 5 月经股东会决议变更法定代表人，已办理变更登记，赵强非实际控制人');
      await screenshotDialog(page, 'followup-11-release-person');
      await lift.getByRole('button', { name: twoChars('解除') }).click();
      await page.getByText('已解除赵强的限制消费').waitFor();
      await lift.waitFor({ state: 'hidden' });
      await restriction.getByTestId('credit-subject').filter({ hasText: '赵强' }).getByText(/已解除/).waitFor();
      assert.equal(await restriction.getByRole('button', { name: '解除赵强的限制' }).count(), 0);
      await restriction.getByTestId('credit-status').getByText('已发布').waitFor();
      await screenshotOf(restriction, 'followup-12-person-released');
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('lets a clerk bind a passport to a person debtor and unbind it', async () => {
    const judgeApi = await apiSession(platform.baseUrl, 'judge.zs');
    const filed = await judgeApi.call<{ id: string }>('POST', '/api/v1/cases', {
      caseType: 'first',
      cause: '民间借贷纠纷',
      basis: { type: 'judgment', issuer: '大连市中山区人民法院', documentNumber: '（2025）辽0202民初2001号', effectiveDate: cstDay(-60), performanceDeadline: cstDay(-45) },
      applicants: [{ kind: 'person', name: '张伟', idNumber: '11010519491231002X' }],
      debtors: [{ kind: 'person', ...PERSON_DEBTOR }],
      claims: [{ kind: 'principal', amount: '80000.00' }],
    });
    const { context, page, errors } = await newPage();
    await showingFailure(page, 'followup-documents', async () => {
      await logIn(page, platform.baseUrl, 'clerk.zs');
      await page.goto(`${platform.baseUrl}/cases/${filed.id}`);
      const parties = page.locator('.ant-card', { has: page.getByText('当事人', { exact: true }) });
      const debtorRow = parties.locator('.ant-table-row', { hasText: PERSON_DEBTOR.name });
      await debtorRow.getByRole('button', { name: `为${PERSON_DEBTOR.name}绑定出行证件` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('证件号码').fill('e12345678');
      assert.equal(await dialog.getByLabel('证件号码').inputValue(), 'E12345678');
      await screenshotDialog(page, 'followup-13-bind-passport');
      await dialog.getByRole('button', { name: twoChars('绑定') }).click();
      await page.getByText(`已绑定：${PERSON_DEBTOR.name}`).waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await debtorRow.getByTestId('party-documents').getByText('护照').waitFor();
      const masked = ((await debtorRow.getByTestId('party-documents').locator('.zx-mono').first().textContent()) ?? '').trim();
      assert.ok(masked.startsWith('E1') && masked.endsWith('78') && !masked.includes('345'), `the number is masked: ${masked}`);
      await parties.scrollIntoViewIfNeeded();
      await screenshotOf(parties, 'followup-14-passport-bound');

      await debtorRow.getByRole('button', { name: /解除护照.*的绑定/ }).click();
      const unbind = page.getByRole('dialog');
      await unbind.getByLabel('解除理由').fill('证件号码登记错误');
      await unbind.getByRole('button', { name: '解除绑定' }).click();
      await page.getByText('已解除绑定', { exact: true }).waitFor();
      await unbind.waitFor({ state: 'hidden' });
      await until(async () => (await debtorRow.getByTestId('party-documents').getByText('护照').count()) === 0, 'the passport to leave the row');
      await parties.getByText('已解除绑定的证件（1）').click();
      await parties.getByText(/证件号码登记错误/).waitFor();
      await screenshotOf(parties, 'followup-15-passport-unbound');
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('lets the bureau chief read who checked whom, and says the reading is audited', async () => {
    const response = await fetch(`${platform.baseUrl}/api/agency/v1/checks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${DEMO_AGENCY_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ subject: { kind: 'person', idNumber: REPRESENTATIVE_ID }, scenario: 'flight' }),
    });
    assert.equal(response.status, 200, await response.text());
    const { context, page, errors } = await newPage();
    await showingFailure(page, 'followup-check-log', async () => {
      await logIn(page, platform.baseUrl, 'chief.zs');
      await page.getByRole('menuitem', { name: /信用惩戒/ }).click();
      await page.getByRole('tab', { name: '核查记录' }).click();
      await page.getByTestId('check-log-audited').getByText('查询核查记录本身也会记入审计留痕').waitFor();
      await page.getByText('选择条件后点击“查询”').waitFor();
      await page.getByLabel('被核查人证件号码').fill(REPRESENTATIVE_ID);
      await page.getByRole('button', { name: /查\s*询/ }).click();
      const row = page.getByRole('tabpanel').locator('.ant-table-row', { hasText: '演示航空公司' }).first();
      await row.waitFor();
      await row.getByText('乘坐飞机').waitFor();
      await row.getByText('2102**********7894').waitFor();
      assert.equal(await page.getByText(REPRESENTATIVE_ID).count(), 0, 'the full number is not shown');
      await screenshot(page, 'followup-16-check-log');
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('shows a listing with a 1-month grace period, and a removal overdue in red after a restart', async () => {
    const judgeApi = await apiSession(platform.baseUrl, 'judge.zs');
    const presidentApi = await apiSession(platform.baseUrl, 'president.zs');
    // 北方建材: notice served, consumption restricted and signed (the listing needs it first).
    const graceCase = await caseIdOf(judgeApi, GRACE);
    const kase = await judgeApi.call<{ version: number; filedOn: string; parties: Array<{ id: string; partyRole: string }> }>('GET', `/api/v1/cases/${graceCase}`);
    await judgeApi.call('POST', `/api/v1/cases/${graceCase}/actions`, { action: { type: 'serveNotice', servedOn: kase.filedOn }, expectedVersion: kase.version });
    const debtorPartyId = kase.parties.find((p) => p.partyRole === 'debtor')!.id;
    const restriction = await judgeApi.call<Decision>('POST', `/api/v1/cases/${graceCase}/credit-decisions`, {
      kind: 'consumptionRestriction',
      debtorPartyId,
      facts: '被执行人未按执行通知书指定的期间履行给付义务',
      boundPersons: [{ role: 'legalRepresentative', name: '赵强', idNumber: REPRESENTATIVE_ID }],
      onApplicantRequest: true,
    });
    await sign(presidentApi, restriction);

    const judge = await newPage();
    await showingFailure(judge.page, 'followup-grace', async () => {
      const page = judge.page;
      await logIn(page, platform.baseUrl, 'judge.zs');
      await page.goto(`${platform.baseUrl}/cases/${graceCase}`);
      await page.getByTestId('credit-card').getByRole('button', { name: '纳入失信名单' }).click();
      const dialog = page.getByRole('dialog');
      await checkByLabel(dialog.getByText(/^第三项：以虚假诉讼/), dialog.getByRole('radio', { name: /^第三项：以虚假诉讼/ }), 'the third listing ground');
      await dialog.locator('#creditProposal_facts').fill('被执行人于立案后将名下车辆无偿转让给关联公司，规避执行');
      await dialog.getByText('1 个月', { exact: true }).click();
      await dialog.getByTestId('credit-eligibility').getByText('符合法定条件，可以提交院长签发').waitFor();
      await dialog.getByRole('button', { name: '提交院长签发' }).click();
      await page.getByText(/已提交院长签发：/).waitFor();
      await dialog.waitFor({ state: 'hidden' });
    });
    const listing = (await decisionsOf(judgeApi, graceCase)).find((d) => d.kind === 'dishonestListing')!;
    await sign(presidentApi, listing);
    await showingFailure(judge.page, 'followup-grace-signed', async () => {
      const page = judge.page;
      await page.reload();
      const item = decision(page, '失信被执行人名单');
      const status = item.getByTestId('credit-status');
      await status.getByText(/^宽限期至 \d{4}-\d{2}-\d{2}$/).waitFor();
      const publishOn = ((await status.textContent()) ?? '').replace('宽限期至 ', '').trim();
      assert.ok(publishOn > cstDay(27) && publishOn <= cstDay(32), `published about a month from now: ${publishOn}`);
      await item.getByText('1 个月', { exact: true }).waitFor();
      await item.scrollIntoViewIfNeeded();
      await screenshotOf(item, 'followup-17-listing-in-grace');
      await page.getByRole('menuitem', { name: /信用惩戒/ }).click();
      await page.getByRole('tab', { name: /宽限期内/ }).click();
      const row = page.getByRole('tabpanel').locator('.ant-table-row', { hasText: GRACE });
      await row.getByText(`宽限期至 ${publishOn}`).waitFor();
      await row.getByText(publishOn, { exact: true }).waitFor();
      await screenshot(page, 'followup-18-credit-in-grace');
    });
    assert.deepEqual(judge.errors, []);
    await judge.context.close();

    // 蓝湾 was performed in full three weeks ago and its case closed then; the restriction was never lifted.
    const closedCase = await caseIdOf(judgeApi, CLOSED);
    const closing = await judgeApi.call<{ version: number }>('GET', `/api/v1/cases/${closedCase}`);
    await judgeApi.call('POST', `/api/v1/cases/${closedCase}/actions`, { action: { type: 'close', method: 'performed', reason: '被执行人已全部履行', on: cstDay(-21) }, expectedVersion: closing.version });
    // The daily credit scan (it also runs at start-up) gives the removal its due date: 3 working days after the closing.
    await platform.stop();
    platform = await startPlatform({ dataDir });

    const chief = await newPage();
    await showingFailure(chief.page, 'followup-overdue', async () => {
      const page = chief.page;
      await logIn(page, platform.baseUrl, 'chief.zs');
      await page.getByRole('menuitem', { name: /信用惩戒/ }).click();
      await page.getByRole('tab', { name: /待删除/ }).click();
      await page.waitForURL(/tab=removalDue/);
      const row = page.getByRole('tabpanel').locator('.ant-table-row', { hasText: CLOSED });
      await row.waitFor();
      await row.getByText('已超期').waitFor();
      assert.ok(((await row.getAttribute('class')) ?? '').includes('zx-row-overdue'), 'the overdue removal row is marked red');
      assert.match((await page.getByRole('tab', { name: /待删除/ }).textContent()) ?? '', /逾期 1/);
      await screenshot(page, 'followup-19-overdue-removal');
    });
    assert.deepEqual(chief.errors, []);
    await chief.context.close();
  });
});
