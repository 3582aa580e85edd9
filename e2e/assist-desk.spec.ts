/**
 * 协助执行工作台 (传统查控) in a real browser against the real platform. The administrator has
 * registered a vehicle administration that is not networked and issues it a desk key on the
 * institutions page (a new key ends any old one; the key is shown once, with the desk's address).
 * A judge files a case against 李四 and a company and starts the network inquiry. At the vehicle
 * administration, in a browser with no staff session, a wrong key is refused plainly; the right one
 * opens the desk: the institution, and the two requests with the debtors' full identity numbers.
 * The company's request was answered meanwhile at another desk, so answering it again is refused
 * inline with the server's message; 李四's is answered with one vehicle and leaves the list, and
 * the judge finds the vehicle on the case. The judge then orders a seal: the desk downloads the
 * ruling it rests on and confirms it, and the seal is in force. The desk reads in English too, and
 * 退出 forgets the key. Screenshots land in test-results/e2e/assist-desk-*.png.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { platformSuite } from './support/platform-suite.js';
import { apiSession } from './support/api-session.js';
import { logIn, screenshot, showingFailure } from './support/browser.js';
import { screenshotDialog } from './support/element-screenshot.js';
import { checkSurely, chooseRadio, cstDay, twoChars, until } from './support/page-helpers.js';

const VIEWPORT = { width: 1440, height: 900 };
const VEHICLES = '大连市公安局交通警察支队车辆管理所';
const PERSON = '李四';
const PERSON_ID = '210202198001251231';
const COMPANY = '大连滨海重工有限公司';
const COMPANY_CODE = '91350100M000100Y43';
const PLATE = '辽B·12345';

const suite = platformSuite(VIEWPORT);

/** What the tab keeps in sessionStorage (an expression run in the page: this program has no DOM types). */
const STORED_KEY = "window.sessionStorage.getItem('zhixing.deskKey')";

const requestCard = (page: Page, text: string): Locator => page.getByTestId('desk-request').filter({ hasText: text });

/** A desk call made outside the browser: another person at the institution, with the same key. */
async function deskCall<T>(method: 'GET' | 'POST', path: string, key: string, body?: unknown): Promise<T> {
  const response = await fetch(`${suite.platform.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

describe('the assistance desk', { timeout: 300_000 }, () => {
  it('lets a vehicle administration not on the network answer the court’s inquiry and seal by form', async () => {
    const base = suite.platform.baseUrl;
    // First, the administrator registers the vehicle administration, answering on the desk within 7 days.
    const adminApi = await apiSession(base, 'admin');
    await adminApi.call('POST', '/api/v1/institutions', { code: 'dl-vehicles', name: VEHICLES, category: 'vehicleAdministration', connection: 'manual', slaSeconds: 604_800 }, 201);

    // The administrator issues its desk key in the console and reads it from the dialog.
    const admin = await suite.newPage();
    let deskKey = '';
    await showingFailure(admin.page, 'assist-desk-admin', async () => {
      const page = admin.page;
      await logIn(page, base, 'admin');
      await page.getByRole('menuitem', { name: /协助执行单位/ }).click();
      const row = page.locator('.ant-table-row', { hasText: VEHICLES });
      await row.getByText('人工（传统查控）').waitFor();
      assert.equal(await row.getByRole('button', { name: `为${VEHICLES}更换密钥` }).count(), 0, 'a desk institution has no signing keys to rotate');
      await row.getByRole('button', { name: `为${VEHICLES}签发工作台密钥` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(`签发工作台密钥：${VEHICLES}`).waitFor();
      await dialog.getByText('原密钥将立即失效').waitFor();
      await dialog.getByText('如此前已为该单位签发过工作台密钥，签发新密钥后原密钥立即停止使用，该单位须改用新密钥。').waitFor();
      await screenshotDialog(page, 'assist-desk-01-issue-confirm');
      await dialog.getByRole('button', { name: '签发密钥' }).click();
      await dialog.getByText(`工作台密钥已签发：${VEHICLES}`).waitFor();
      deskKey = ((await dialog.getByTestId('issued-desk-key').textContent()) ?? '').trim();
      assert.match(deskKey, /^zxi_/);
      assert.equal((await dialog.getByTestId('desk-address').textContent())?.trim(), `${base}/assist-desk`);
      await dialog.getByText('密钥只显示这一次').waitFor();
      await screenshotDialog(page, 'assist-desk-02-key-issued');
      await dialog.getByRole('button', { name: '我已保存密钥，关闭' }).click();
      await dialog.waitFor({ state: 'hidden' });
    });
    assert.deepEqual(admin.errors, []);
    await admin.context.close();

    // A judge files a case against 李四 and a company and starts the network inquiry.
    const judge = await apiSession(base, 'judge.zs');
    const filed = await judge.call<{ id: string; caseNumber: string }>(
      'POST',
      '/api/v1/cases',
      {
        caseType: 'first',
        cause: '民间借贷纠纷',
        basis: { type: 'judgment', issuer: '大连市中山区人民法院', documentNumber: '（2025）辽0202民初3579号', effectiveDate: cstDay(-60), performanceDeadline: cstDay(-45) },
        applicants: [{ kind: 'person', name: '张伟', idNumber: '11010519491231002X' }],
        debtors: [
          { kind: 'person', name: PERSON, idNumber: PERSON_ID },
          { kind: 'organisation', name: COMPANY, creditCode: COMPANY_CODE, legalRepresentative: '钱进' },
        ],
        claims: [{ kind: 'principal', amount: '380000.00' }],
      },
      201,
    );
    const started = await judge.call<{ requested: number; institutions: number; debtors: number }>('POST', `/api/v1/cases/${filed.id}/network-inquiries`, {}, 201);
    assert.deepEqual([started.requested, started.institutions, started.debtors], [2, 1, 2]);

    // At the vehicle administration: a browser with no staff session.
    const { context, page, errors } = await suite.newPage();
    await showingFailure(page, 'assist-desk-desk', async () => {
      await page.goto(`${base}/assist-desk`);
      await page.getByRole('heading', { name: '协助执行工作台' }).waitFor();
      assert.equal(await page.getByLabel('用户名').count(), 0, 'no staff login');
      const keyField = page.getByLabel('工作台密钥');
      assert.equal(await keyField.getAttribute('type'), 'password');

      // A wrong key is refused, plainly.
      await keyField.fill('zxi_not-the-key');
      await page.getByRole('button', { name: '进入工作台' }).click();
      const refusal = page.getByRole('alert').filter({ hasText: '无法进入工作台' });
      await refusal.getByText('协助执行单位身份验证失败：工作台密钥缺失、错误或已被替换').waitFor();
      await refusal.getByText('请核对密钥是否完整；如密钥已被重新签发，旧密钥即失效，请向法院索取新密钥。').waitFor();
      await screenshot(page, 'assist-desk-03-wrong-key');

      // The right key opens the desk: the institution and its two requests, oldest first.
      await keyField.fill(deskKey);
      await keyField.press('Enter');
      await page.getByRole('heading', { name: VEHICLES }).waitFor();
      await page.getByText('公安交通管理部门（车辆） · 机构代码 dl-vehicles').waitFor();
      await page.getByRole('heading', { name: '待答复的请求（2）' }).waitFor();
      const personCard = requestCard(page, PERSON);
      await personCard.getByTestId('desk-subject-id').getByText(PERSON_ID, { exact: true }).waitFor();
      await personCard.getByText(filed.caseNumber).first().waitFor();
      await personCard.getByText('大连市中山区人民法院').first().waitFor();
      await personCard.getByText(/执行公务证号/).waitFor();
      await personCard.getByText('查询被执行人在本单位的财产').waitFor();
      await personCard.getByText('查询', { exact: true }).waitFor();
      await personCard.getByText('协助查询通知书', { exact: true }).waitFor();
      await personCard.getByText('电子通知，无单独文件').waitFor();
      assert.equal(await personCard.getByRole('button', { name: /^下载/ }).count(), 0, 'the inquiry notice has no file');
      await requestCard(page, COMPANY).getByText(COMPANY_CODE, { exact: true }).waitFor();
      assert.equal(await page.evaluate<string | null>(STORED_KEY), deskKey, 'kept in this tab');
      await screenshot(page, 'assist-desk-04-requests');

      // Reloaded, the tab keeps the key.
      await page.reload();
      await page.getByRole('heading', { name: '待答复的请求（2）' }).waitFor();

      // Meanwhile a colleague answers the company's request at another desk: answering it here is refused inline.
      const listed = await deskCall<{ requests: Array<{ id: string; subject: { name: string } }> }>('GET', '/api/agency/v1/assist/desk', deskKey);
      const companyRequest = listed.requests.find((r) => r.subject.name === COMPANY);
      assert.ok(companyRequest);
      await deskCall('POST', `/api/agency/v1/assist/desk/requests/${companyRequest.id}/answer`, deskKey, { answeredBy: '车管所 赵警官', body: { type: 'inquiryResult', holdings: [] } });
      await requestCard(page, COMPANY).getByRole('button', { name: `填报答复：${filed.caseNumber}（查询）` }).click();
      let dialog = page.getByRole('dialog');
      await dialog.getByText(`填报答复：查询 · ${filed.caseNumber}`).waitFor();
      await checkSurely(dialog.getByRole('checkbox', { name: '未查询到财产' }), '未查询到财产');
      await dialog.getByLabel('填报人').fill('车管所 王警官');
      await dialog.getByRole('button', { name: '提交答复' }).click();
      await dialog.getByRole('alert').getByText('答复未被接受：该请求已有答复；另一份不同的答复不予入账').waitFor();
      await screenshotDialog(page, 'assist-desk-05-already-answered');
      await dialog.getByRole('button', { name: '刷新列表' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('heading', { name: '待答复的请求（1）' }).waitFor();
      await requestCard(page, COMPANY).waitFor({ state: 'detached' });

      // 李四's request: one vehicle, valued at 50,000.00 yuan. The name of who answers is required.
      await personCard.getByRole('button', { name: `填报答复：${filed.caseNumber}（查询）` }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByText(`填报答复：查询 · ${filed.caseNumber}`).waitFor();
      assert.ok(await dialog.getByRole('radio', { name: '填报查询结果' }).isChecked());
      await dialog.getByText('机动车', { exact: true }).waitFor();
      await dialog.getByLabel('账号 / 登记号').fill(PLATE);
      await dialog.getByLabel('财产说明').fill('小型轿车 大众朗逸 2021 款，初次登记 2021-03-02，机动车状态：正常');
      await dialog.getByLabel('参考价值').fill('50000');
      await dialog.getByRole('button', { name: '提交答复' }).click();
      await dialog.getByText('填写参考价值时须注明估值依据').waitFor();
      await dialog.getByText('请填写填报人姓名').waitFor();
      await dialog.getByLabel('估值依据').fill('同型号二手车市场参考价');
      await dialog.getByLabel('参考价值').fill('50,000.00');
      await dialog.getByLabel('填报人').fill('车管所 王警官');
      await dialog.getByText('请填写填报人姓名').waitFor({ state: 'detached' });
      await screenshotDialog(page, 'assist-desk-06-answer-form');
      await dialog.getByRole('button', { name: '提交答复' }).click();
      await page.getByText(`已提交答复：${filed.caseNumber}（查询）`).waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await personCard.waitFor({ state: 'detached' });
      await page.getByRole('heading', { name: '待答复的请求（0）' }).waitFor();
      await until(async () => (await page.evaluate<string | undefined>('document.activeElement?.id')) === 'desk-pending', 'keyboard focus on the list once the card is gone');
      await page.getByText('目前没有待答复的请求').waitFor();
      await screenshot(page, 'assist-desk-07-answered');

      // The judge's case now lists the vehicle, valued in fen.
      const properties = await judge.call<{ properties: Array<{ id: string; ref: string; kind: string; valuationFen: number | null; valuationBasis: string | null }>; requests: Array<{ state: string }> }>('GET', `/api/v1/cases/${filed.id}/properties`);
      assert.deepEqual(
        properties.properties.map((p) => [p.kind, p.ref, p.valuationFen, p.valuationBasis]),
        [['vehicle', PLATE, 5_000_000, '同型号二手车市场参考价']],
      );
      assert.deepEqual(properties.requests.map((r) => r.state).sort(), ['answered', 'answered']);

      // The judge seals the vehicle: the order reaches the desk with its ruling and notice.
      await judge.call('POST', `/api/v1/cases/${filed.id}/controls`, { propertyId: properties.properties[0]!.id }, 201);
      await page.getByRole('button', { name: twoChars('刷新', { afterIcon: true }) }).click();
      await page.getByRole('heading', { name: '待答复的请求（1）' }).waitFor();
      const sealCard = requestCard(page, PLATE);
      await sealCard.getByText('查封', { exact: true }).waitFor();
      await sealCard.getByText('查封下列财产').waitFor();
      await sealCard.getByText(PERSON_ID).waitFor();
      await sealCard.getByText('执行裁定书', { exact: true }).waitFor();
      await sealCard.getByText('协助执行通知书', { exact: true }).waitFor();
      await sealCard.getByText(/\d+ 个月/).waitFor();
      await screenshot(page, 'assist-desk-08-seal-request');
      const [download] = await Promise.all([page.waitForEvent('download'), sealCard.getByRole('button', { name: /^下载执行裁定书/ }).click()]);
      assert.match(download.suggestedFilename(), /\.docx$/);
      const file = await readFile(await download.path());
      assert.equal(file.subarray(0, 2).toString(), 'PK', 'a .docx as issued');

      // In English.
      await page.getByText('EN', { exact: true }).click();
      await page.getByRole('heading', { name: 'Requests to answer (1)' }).waitFor();
      await page.getByText('Vehicle administration · code dl-vehicles').waitFor();
      await sealCard.getByText('Seal', { exact: true }).waitFor();
      await sealCard.getByText('ID number').waitFor();
      await sealCard.getByText('Notice of assistance', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Leave' }).waitFor();
      await sealCard.getByRole('button', { name: `Answer ${filed.caseNumber} (Seal)` }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByText(`Answer: Seal · ${filed.caseNumber}`).waitFor();
      await checkSurely(dialog.getByRole('radio', { name: 'Done', exact: true }), 'Done');
      await dialog.getByLabel('Control reference').waitFor();
      await dialog.getByLabel('Took effect on').waitFor();
      await chooseRadio(dialog, 'Decline');
      await dialog.getByLabel('Reason for declining').waitFor();
      await screenshotDialog(page, 'assist-desk-09-english-answer');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await screenshot(page, 'assist-desk-10-english');
      await page.getByText('中文', { exact: true }).click();
      await page.getByRole('heading', { name: '待答复的请求（1）' }).waitFor();

      // The seal is done: its reference, in force from today.
      await sealCard.getByRole('button', { name: `填报答复：${filed.caseNumber}（查封）` }).click();
      dialog = page.getByRole('dialog');
      await checkSurely(dialog.getByRole('radio', { name: '已办理' }), '已办理');
      await dialog.getByLabel('控制编号').fill('CG-2026-0001');
      await dialog.getByLabel('填报人').fill('车管所 王警官');
      await screenshotDialog(page, 'assist-desk-11-seal-answer');
      await dialog.getByRole('button', { name: '提交答复' }).click();
      await page.getByText(`已提交答复：${filed.caseNumber}（查封）`).waitFor();
      await sealCard.waitFor({ state: 'detached' });
      const controls = await judge.call<{ controls: Array<{ state: string; controlRef: string | null; startsOn: string | null }> }>('GET', `/api/v1/cases/${filed.id}/controls`);
      assert.deepEqual(controls.controls.map((c) => [c.state, c.controlRef, c.startsOn]), [['inEffect', 'CG-2026-0001', cstDay(0)]]);

      // 退出 forgets the key: the tab is back at the door.
      await until(async () => (await page.locator('.ant-message-notice').count()) === 0, 'the toasts to go', 15_000);
      await page.getByRole('button', { name: twoChars('退出', { afterIcon: true }) }).click();
      await page.getByLabel('工作台密钥').waitFor();
      assert.equal(await page.evaluate<string | null>(STORED_KEY), null);
      await page.reload();
      await page.getByLabel('工作台密钥').waitFor();
      await screenshot(page, 'assist-desk-12-left');
      await page.getByText('EN', { exact: true }).click();
      await page.getByLabel('Desk key').waitFor();
      await page.getByRole('button', { name: 'Open the desk' }).waitFor();
      await screenshot(page, 'assist-desk-13-english-door');
      await page.getByText('中文', { exact: true }).click();
      await page.getByLabel('工作台密钥').waitFor();
    });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
