/**
 * 网络查控 on the case page in a real browser against the real platform: the administrator has
 * registered a bank and a real-estate registry (both networked, pull) and a vehicle administration
 * that answers on its assistance desk (not networked); a judge files a case against a company and a
 * person, presses 发起网络查控, is told 3 institutions × 2 debtors will be asked, and sees six
 * requests waiting to be sent (待发送). Pressed again the same day, nothing new is sent. A clerk sees the same panel
 * without the button; the panel reads in English too. Institutions answering is the transport's
 * work and not part of this test. Screenshots land in test-results/e2e/network-inquiry-*.png.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import type { Page } from 'playwright-core';
import { platformSuite } from './support/platform-suite.js';
import { apiSession } from './support/api-session.js';
import { logIn, screenshot, showingFailure } from './support/browser.js';
import { screenshotOf } from './support/element-screenshot.js';
import { cstDay, pressWithKeyboard, twoChars, until } from './support/page-helpers.js';

const VIEWPORT = { width: 1440, height: 900 };
const BANK = '中国建设银行大连分行';
const REGISTRY = '大连市不动产登记中心';
const VEHICLES = '大连市公安局交通警察支队车辆管理所';
const COMPANY = '大连滨海重工有限公司';
const PERSON = '钱海涛';

/** An Ed25519 public key as the registry takes it: base64 of its 32 raw bytes. */
const ed25519Key = (): string => generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }).subarray(12).toString('base64');

const suite = platformSuite(VIEWPORT);
const newPage = () => suite.newPage();

/** The institutions, as the administrator registers them, and a case with two debtors, filed by the judge. */
async function prepare(baseUrl: string): Promise<{ caseId: string; caseNumber: string }> {
  const admin = await apiSession(baseUrl, 'admin');
  const institution = (code: string, name: string, category: string, connection: 'pull' | 'manual') =>
    admin.call('POST', '/api/v1/institutions', { code, name, category, connection, slaSeconds: 86_400, key: { keyId: `${code}-2026`, alg: 'Ed25519', publicKey: ed25519Key() } }, 201);
  await institution('ccb-dalian', BANK, 'bank', 'pull');
  await institution('dalian-realestate', REGISTRY, 'realEstateRegistry', 'pull');
  // Answered by form, not over the network: not part of a network inquiry.
  await institution('dalian-vehicles', VEHICLES, 'vehicleAdministration', 'manual');

  const judge = await apiSession(baseUrl, 'judge.zs');
  const filed = await judge.call<{ id: string; caseNumber: string }>(
    'POST',
    '/api/v1/cases',
    {
      caseType: 'first',
      cause: '借款合同纠纷',
      basis: { type: 'judgment', issuer: '大连市中山区人民法院', documentNumber: '（2025）辽0202民初2468号', effectiveDate: cstDay(-60), performanceDeadline: cstDay(-45) },
      applicants: [{ kind: 'person', name: '张伟', idNumber: '11010519491231002X' }],
      debtors: [
        { kind: 'organisation', name: COMPANY, creditCode: '91350100M000100Y43', legalRepresentative: '钱进' },
        { kind: 'person', name: PERSON, idNumber: '210203197511117894' },
      ],
      claims: [{ kind: 'principal', amount: '380000.00' }],
    },
    201,
  );
  return { caseId: filed.id, caseNumber: filed.caseNumber };
}

const card = (page: Page) => page.getByTestId('network-inquiry-card');
/** The confirmation bubble of 发起网络查控. */
const popconfirm = (page: Page) => page.locator('.ant-popover').filter({ has: page.getByTestId('inquiry-confirm') });
const requestRows = (page: Page) => card(page).getByTestId('inquiry-requests').locator('.ant-table-row');

/** Each request row as "institution | debtor | state", sorted. */
async function rowsOf(page: Page): Promise<string[]> {
  const rows = requestRows(page);
  const out: string[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const cells = rows.nth(i).locator('td');
    const institution = (await cells.nth(0).locator('.ant-typography').textContent()) ?? '';
    out.push(`${institution} | ${(await cells.nth(1).textContent()) ?? ''} | ${(await cells.nth(2).textContent()) ?? ''}`);
  }
  return out.sort();
}

describe('network inquiry', { timeout: 300_000 }, () => {
  let caseUrl = '';

  it('lets a judge start the inquiry once a day and shows each request waiting to be sent', async () => {
    const { caseId, caseNumber } = await prepare(suite.platform.baseUrl);
    caseUrl = `${suite.platform.baseUrl}/cases/${caseId}`;
    const { context, page, errors } = await newPage();

    await showingFailure(page, 'network-inquiry-judge', async () => {
      await logIn(page, suite.platform.baseUrl, 'judge.zs');
      await page.goto(caseUrl);
      await page.getByTestId('case-number').getByText(caseNumber).waitFor();
      const panel = card(page);
      await panel.getByText('网络查控', { exact: true }).waitFor();
      await panel.getByText('查询被执行人在各协助执行单位的财产；结果到达后自动入账。').waitFor();
      await panel.getByText('尚未发起网络查控').waitFor();
      await panel.getByText('尚未发现财产').waitFor();
      await panel.getByText('查控到的财产（0）').waitFor();
      await panel.scrollIntoViewIfNeeded();
      await screenshot(page, 'network-inquiry-01-not-started');
      await screenshotOf(panel, 'network-inquiry-01b-card-not-started');

      // The confirmation counts the institutions that inquire (the desk one too) and the debtors.
      await pressWithKeyboard(panel.getByRole('button', { name: '发起网络查控' }));
      const confirm = page.getByTestId('inquiry-confirm');
      await confirm.getByText('将向 3 家协助执行单位查询 2 名被执行人的财产，共 6 项请求。今日已发出的请求不会重复发送。').waitFor();
      await popconfirm(page).getByText('发起网络查控？').waitFor();
      await screenshotOf(popconfirm(page), 'network-inquiry-02-confirm');
      await screenshot(page, 'network-inquiry-02b-confirm-page');
      // Cancelling sends nothing.
      await pressWithKeyboard(popconfirm(page).getByRole('button', { name: twoChars('取消') }));
      await confirm.waitFor({ state: 'hidden' });
      await panel.getByText('尚未发起网络查控').waitFor();

      await pressWithKeyboard(panel.getByRole('button', { name: '发起网络查控' }));
      await pressWithKeyboard(popconfirm(page).getByRole('button', { name: '发出查询' }));
      await page.getByText('已发出 6 项查询请求（3 家单位 × 2 名被执行人）').waitFor();
      await panel.getByRole('button', { name: /查询请求（6）/ }).waitFor();
      await requestRows(page).nth(5).waitFor();
      assert.deepEqual(await rowsOf(page), [
        `${BANK} | ${COMPANY} | 待发送`,
        `${BANK} | ${PERSON} | 待发送`,
        `${REGISTRY} | ${COMPANY} | 待发送`,
        `${REGISTRY} | ${PERSON} | 待发送`,
        `${VEHICLES} | ${COMPANY} | 待发送`,
        `${VEHICLES} | ${PERSON} | 待发送`,
      ]);
      await requestRows(page).filter({ hasText: BANK }).first().getByText('银行业金融机构').waitFor();
      await requestRows(page).filter({ hasText: REGISTRY }).first().getByText('不动产登记机构').waitFor();
      const progress = panel.getByTestId('inquiry-progress');
      await progress.getByText('已答复 0').waitFor();
      await progress.getByText('待答复 6').waitFor();
      await progress.getByText('未办理或超时 0').waitFor();
      await progress.getByText('共 6 项请求').waitFor();
      await panel.getByText('尚未发现财产').waitFor();
      await screenshot(page, 'network-inquiry-03-queued');
      await screenshotOf(panel, 'network-inquiry-03b-card-closeup');

      // The same day again: the server sends nothing new, and says so.
      await pressWithKeyboard(panel.getByRole('button', { name: '发起网络查控' }));
      await pressWithKeyboard(popconfirm(page).getByRole('button', { name: '发出查询' }));
      await page.getByText('今日已向各单位发出查询，本次未发送新的请求（6 项今日已发送）').waitFor();
      await panel.getByRole('button', { name: /查询请求（6）/ }).waitFor();
      assert.equal(await requestRows(page).count(), 6, 'no request was added');
      await screenshot(page, 'network-inquiry-04-second-press');

      // The request table folds away under its header.
      await panel.getByRole('button', { name: /查询请求（6）/ }).click();
      await panel.getByTestId('inquiry-requests').waitFor({ state: 'hidden' });
      await panel.getByRole('button', { name: /查询请求（6）/ }).click();
      await panel.getByTestId('inquiry-requests').waitFor();

      // In English (once the Chinese toasts are gone).
      await until(async () => (await page.locator('.ant-message-notice').count()) === 0, 'the toasts to go', 15_000);
      await page.getByText('EN', { exact: true }).click();
      await panel.getByText('Network inquiry', { exact: true }).waitFor();
      await panel.getByText('Asks the assisting institutions what property the debtors hold; answers are booked automatically as they arrive.').waitFor();
      await panel.getByRole('button', { name: 'Start network inquiry' }).waitFor();
      await panel.getByRole('button', { name: /Requests \(6\)/ }).waitFor();
      assert.equal(await requestRows(page).filter({ hasText: 'Queued' }).count(), 6);
      await requestRows(page).filter({ hasText: BANK }).first().getByText('Bank', { exact: true }).waitFor();
      await requestRows(page).filter({ hasText: REGISTRY }).first().getByText('Real estate registry', { exact: true }).waitFor();
      for (const header of ['Institution', 'Debtor', 'State', 'Requested', 'Answered', 'Note']) await panel.getByRole('columnheader', { name: header, exact: true }).first().waitFor();
      await panel.getByTestId('inquiry-progress').getByText('Waiting 6').waitFor();
      await panel.getByText('Property found (0)').waitFor();
      await panel.getByText('No property found yet').waitFor();
      await panel.getByText('Reading these results is recorded in the case log.').waitFor();
      await pressWithKeyboard(panel.getByRole('button', { name: 'Start network inquiry' }));
      await page.getByTestId('inquiry-confirm').getByText('3 institutions will be asked about 2 debtor(s): 6 requests. Requests already sent today are not sent again.').waitFor();
      await screenshot(page, 'network-inquiry-05-english');
      await pressWithKeyboard(popconfirm(page).getByRole('button', { name: 'Send' }));
      await page.getByText('Already sent today: nothing new was sent (6 requests sent earlier today)').waitFor();
      await screenshotOf(panel, 'network-inquiry-05b-english-card');
      // Back to Chinese for whoever uses this browser next.
      await page.getByText('中文', { exact: true }).click();
      await panel.getByText('网络查控', { exact: true }).waitFor();
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('shows a clerk the requests without the button', async () => {
    assert.ok(caseUrl, 'the first test filed the case');
    const { context, page, errors } = await newPage();
    await showingFailure(page, 'network-inquiry-clerk', async () => {
      await logIn(page, suite.platform.baseUrl, 'clerk.zs');
      await page.goto(caseUrl);
      const panel = card(page);
      await panel.getByRole('button', { name: /查询请求（6）/ }).waitFor();
      assert.equal(await requestRows(page).filter({ hasText: '待发送' }).count(), 6);
      await panel.getByText('尚未发现财产').waitFor();
      assert.equal(await panel.getByRole('button', { name: '发起网络查控' }).count(), 0, 'a clerk cannot start an inquiry');
      await panel.scrollIntoViewIfNeeded();
      await screenshotOf(panel, 'network-inquiry-06-clerk-read-only');
    });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
