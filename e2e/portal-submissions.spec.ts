/**
 * 执行事务大厅 on a phone (issue 5): what a citizen hands in to the court on the portal, and how they
 * follow it. A member of the public files a complaint with the keyboard only — the empty form says
 * what each field needs, a text file is refused whatever its name, a photograph goes with it — gets a
 * receipt number with the court's deadlines, and follows it (已收到). Another books a meeting with the
 * judge (a full time cannot be chosen). A party opens their case and reports the debtor's bank
 * deposit on it, without typing the case number; a clerk answers over the staff API and the portal
 * shows the reply. An online filing request, once the clerk files it, shows the new case's number.
 * The forms speak English too. Every page passes axe-core's WCAG 2.1 A/AA rules with no serious or
 * critical violation. Screenshots land in test-results/e2e/portal-submissions-*.png.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { platformSuite } from './support/platform-suite.js';
import { apiSession } from './support/api-session.js';
import { screenshot, showingFailure } from './support/browser.js';
import { seriousViolations } from './support/axe.js';
import { chooseOption } from './support/choose-option.js';
import { checkByLabel, cstDay } from './support/page-helpers.js';
import { tabToId, tabToRadio, tabToText, tabUntil } from './support/portal-keyboard.js';
import { PNG_FILE, TEXT_AS_PNG, TEXT_FILE, keyboardFilePicker } from './support/portal-files.js';

const PHONE = { width: 390, height: 844 };
const COURT = '大连市中山区人民法院';
const COURT_ID = '210202';
const APPLICANT_ID = '11010519491231002X';
const suite = platformSuite(PHONE, { reducedMotion: true });
const SUBMIT = /^提\s*交$/;
const RECEIPT = (prefix: string) => new RegExp(`^${prefix}\\d{4}-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$`);

async function expectAccessible(page: Page, what: string): Promise<void> {
  // Field messages and upload list items fade in and out (antd's motion): judge the page at rest, not half-transparent text.
  await page.locator('[class*="-appear-active"], [class*="-enter-active"], [class*="-leave-active"]').first().waitFor({ state: 'detached', timeout: 3000 }).catch(() => undefined);
  assert.deepEqual(await seriousViolations(page), [], `${what}: axe-core found serious or critical WCAG violations`);
}

/** The message antd shows under a field. */
const fieldError = (page: Page, message: string) => page.locator('.ant-form-item-explain-error', { hasText: message }).first();

const receiptOf = async (page: Page) => ((await page.getByTestId('receipt-number').textContent()) ?? '').trim();

/** The staff side: a clerk answers a submission of the court's queue, found by its receipt number. */
async function answerAsClerk(base: string, kind: string, receiptNumber: string, reply: string, fileCase: boolean): Promise<void> {
  const clerk = await apiSession(base, 'clerk.zs');
  const queue = await clerk.call<{ items: Array<{ id: string; receiptNumber: string }> }>('GET', `/api/v1/submissions?kind=${kind}`);
  const item = queue.items.find((i) => i.receiptNumber === receiptNumber);
  assert.ok(item, `${receiptNumber} is in the clerk's queue`);
  const detail = await clerk.call<{ version: number }>('GET', `/api/v1/submissions/${item.id}`);
  await clerk.call('POST', `/api/v1/submissions/${item.id}/decisions`, { action: 'answer', reply, fileCase, expectedVersion: detail.version });
}

describe('the affairs hall on the portal', { timeout: 300_000 }, () => {
  it('takes a complaint with a photograph by keyboard only, refuses a wrong file, and follows it by its receipt number', async () => {
    const base = suite.platform.baseUrl;
    const { page, errors } = await suite.newPage();
    await showingFailure(page, 'portal-submissions-complaint', async () => {
      await page.goto(`${base}/portal`);
      await page.getByRole('heading', { level: 2, name: '执行事务大厅' }).waitFor();
      await expectAccessible(page, 'portal home');
      await screenshot(page, 'portal-submissions-01-home');

      // From the header, by keyboard: the hall lists what can be handed in, with the time limits.
      await tabUntil(page, "el.tagName === 'A' && el.textContent.trim() === '办事大厅'", 'the 办事大厅 link');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: '执行事务大厅' }).waitFor();
      for (const title of ['网上立案申请', '提交财产线索', '执行异议', '举报控告', '约见法官']) await page.getByRole('heading', { level: 2, name: title }).waitFor();
      await page.getByText('15日内决定是否受理，受理后60日内办结。').waitFor();
      await expectAccessible(page, 'affairs hall');
      await screenshot(page, 'portal-submissions-02-hall');
      await tabUntil(page, "el.dataset && el.dataset.kind === 'complaint'", 'the complaint link');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: '举报控告' }).waitFor();

      // Sent empty, the form says under each field what it needs, and goes to the first one.
      await tabToText(page, SUBMIT);
      await page.keyboard.press('Enter');
      for (const message of ['请填写姓名', '请填写联系电话', '请选择法院', '请选择举报控告的对象', '请填写具体内容']) await fieldError(page, message).waitFor();
      await page.getByRole('alert').filter({ hasText: '请按提示修改后再提交' }).waitFor();
      await expectAccessible(page, 'complaint form with errors');
      await screenshot(page, 'portal-submissions-03-complaint-errors');

      await tabToId(page, 'submitter_name');
      await page.keyboard.type('王小明');
      await tabToId(page, 'submitter_phone');
      await page.keyboard.type('1380000');
      await page.keyboard.press('Tab');
      await fieldError(page, '请填写11位手机号，或带区号的固定电话（如 0411-82345678）').waitFor();
      await tabToId(page, 'submitter_phone');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('13812345678');
      await chooseOption(page, page.locator('#courtId'), COURT);
      await tabToRadio(page, 'staff');
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.getByRole('radio', { name: /执行行为/ }).isChecked(), true);
      await tabToId(page, 'content');
      await page.keyboard.type('2026年10月，执行人员接到线索后一直未去查封被执行人的车辆，请求法院督促依法执行。');

      // A text file is refused at once, also when it is named like a picture; the photograph is taken.
      const pick = keyboardFilePicker(page);
      await tabToText(page, /^选择文件$/);
      await pick(TEXT_FILE);
      await page.getByRole('alert').filter({ hasText: '“情况说明.txt”不能上传：仅支持 JPG、PNG、PDF 或 Word（.docx）文件。' }).waitFor();
      await pick(TEXT_AS_PNG);
      await page.getByRole('alert').filter({ hasText: '“伪装的图片.png”不能上传' }).waitFor();
      await expectAccessible(page, 'complaint form with a refused file');
      await screenshot(page, 'portal-submissions-04-wrong-file');
      await pick(PNG_FILE);
      await page.getByText('现场照片.png', { exact: false }).waitFor();
      assert.equal(await page.getByRole('alert').filter({ hasText: '不能上传' }).count(), 0);
      await expectAccessible(page, 'complaint form with a photograph');

      await tabToText(page, SUBMIT);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: '提交成功' }).waitFor();
      const receipt = await receiptOf(page);
      assert.match(receipt, RECEIPT('JB'));
      const body = (await page.textContent('body')) ?? '';
      assert.match(body, /法院应于 \d{4}-\d{2}-\d{2} 前决定是否受理/);
      assert.ok(body.includes('请记下或截图保存回执号'), body);
      assert.ok(body.includes('《信访工作条例》第二十二条、第三十二条'));
      assert.ok(body.includes('王*明'));
      await expectAccessible(page, 'complaint receipt');
      await screenshot(page, 'portal-submissions-05-receipt');

      // Following it: received, the deadline, no reply yet.
      await tabToText(page, /^查询办理进度$/);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: '查询办理进度' }).waitFor();
      assert.equal(((await page.getByTestId('submission-status').textContent()) ?? '').trim(), '已收到');
      await page.getByText('法院尚未答复').waitFor();
      await expectAccessible(page, 'follow page');
      await screenshot(page, 'portal-submissions-06-follow-received');

      // Typed as a person would (lower case), it is found again; a wrong number is said plainly.
      await tabToId(page, 'receiptNumber');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('JB2026-ZZZZZ-ZZZZZ');
      await page.keyboard.press('Enter');
      await page.getByRole('alert').filter({ hasText: '未找到该回执号对应的事项' }).waitFor();
      await page.locator('#receiptNumber').fill(receipt.toLowerCase());
      await page.keyboard.press('Enter');
      await page.getByTestId('submission-status').filter({ hasText: '已收到' }).waitFor();
    });
    assert.deepEqual(errors, []);
  });

  it('books a meeting with the judge in a free time (a full one cannot be chosen)', async () => {
    const base = suite.platform.baseUrl;
    // Two others take both seats of one time first.
    const { slots } = (await (await fetch(`${base}/api/public/v1/courts/${COURT_ID}/appointment-slots`)).json()) as { slots: Array<{ slot: string; free: number }> };
    const firstDay = slots.find((s) => s.free > 0)!.slot.slice(0, 10);
    const dayTimes = slots.filter((s) => s.slot.startsWith(firstDay));
    const [free, full] = [dayTimes[0]!.slot, dayTimes[1]!.slot];
    for (const name of ['赵一', '钱二']) {
      const res = await fetch(`${base}/api/public/v1/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'appointment', courtId: COURT_ID, slot: full, topic: '了解执行进展', submitter: { name, phone: '13900000001', role: 'applicant' } }),
      });
      assert.equal(res.status, 201, await res.text());
    }

    const { page, errors } = await suite.newPage();
    await showingFailure(page, 'portal-submissions-appointment', async () => {
      await page.goto(`${base}/portal/affairs`);
      await page.locator('[data-kind="appointment"]').click();
      await page.getByRole('heading', { level: 1, name: '约见法官' }).waitFor();
      await page.getByText('请先选择法院，再选择预约时间。').waitFor();
      await page.locator('#submitter_name').fill('刘芳');
      await page.locator('#submitter_phone').fill('0411-82345678');
      await chooseOption(page, page.locator('#courtId'), COURT);
      const fullRadio = page.getByRole('radio', { name: `${full.slice(11)}（已约满）` });
      await fullRadio.waitFor({ state: 'attached' });
      assert.equal(await fullRadio.isDisabled(), true);
      await checkByLabel(page.locator('label', { hasText: `${free.slice(11)}（余2）` }), page.getByRole('radio', { name: `${free.slice(11)}（余2）` }), `the time ${free}`);
      await page.locator('#topic').fill('了解本案财产处置进度，并提交补充材料。');
      await expectAccessible(page, 'appointment form');
      await screenshot(page, 'portal-submissions-07-appointment-slots');
      await page.getByRole('button', { name: SUBMIT }).click();
      await page.getByRole('heading', { level: 2, name: '提交成功' }).waitFor();
      assert.match(await receiptOf(page), RECEIPT('YJ'));
      const body = (await page.textContent('body')) ?? '';
      assert.match(body, /法院应于 \d{4}-\d{2}-\d{2} 前确认预约/);
      const [year, month, day] = firstDay.split('-').map(Number);
      assert.match(body, new RegExp(`约见时间：${year}年${month}月${day}日（周.）${free.slice(11)}，请携带身份证件按时到执行事务大厅`));
      await expectAccessible(page, 'appointment receipt');
      await screenshot(page, 'portal-submissions-08-appointment-receipt');
    });
    assert.deepEqual(errors, []);
  });

  it('lets a party report property on their own case, and shows the court\'s answer', async () => {
    const base = suite.platform.baseUrl;
    const clerkApi = await apiSession(base, 'clerk.zs');
    const filed = await clerkApi.call<{ caseNumber: string; queryCodes: Array<{ partyRole: string; code: string }> }>('POST', '/api/v1/cases', {
      caseType: 'first',
      cause: '买卖合同纠纷',
      basis: { type: 'judgment', issuer: COURT, documentNumber: '（2026）辽0202民初321号', effectiveDate: '2026-06-01', performanceDeadline: '2026-06-16' },
      applicants: [{ kind: 'person', name: '张伟', idNumber: APPLICANT_ID, phone: '13800000000' }],
      debtors: [{ kind: 'person', name: '李四', idNumber: '210202198001251231' }],
      claims: [{ kind: 'principal', amount: '60000.00' }],
    });
    const code = filed.queryCodes.find((q) => q.partyRole === 'applicant')!.code;

    const { page, errors } = await suite.newPage();
    let receipt = '';
    await showingFailure(page, 'portal-submissions-party', async () => {
      await page.goto(`${base}/portal`);
      await page.locator('#caseNumber').fill(filed.caseNumber);
      await page.locator('#idNumber').fill(APPLICANT_ID);
      await page.locator('#queryCode').fill(code);
      await page.getByRole('button', { name: '查询本案' }).click();
      await page.getByRole('heading', { level: 2, name: '我要办事' }).waitFor();
      await expectAccessible(page, 'party case page with 我要办事');
      await page.getByRole('heading', { level: 2, name: '我要办事' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'portal-submissions-09-case-affairs');

      // The objection and meeting forms on the case: no case number to type, the court's free times known.
      await page.locator('[data-kind="appointment"]').click();
      await page.getByRole('heading', { level: 1, name: '约见法官' }).waitFor();
      await page.getByRole('radio', { name: /（余2）/ }).first().waitFor({ state: 'attached' });
      assert.equal(await page.locator('#courtId').count(), 0);
      await expectAccessible(page, 'party appointment form');
      await page.goto(`${base}/portal/case/affairs/objection`);
      await page.getByRole('heading', { level: 1, name: '执行异议' }).waitFor();
      await expectAccessible(page, 'party objection form');

      await page.getByRole('link', { name: /返回我的案件/ }).click();
      await page.locator('[data-kind="propertyClue"]').click();
      await page.getByRole('heading', { level: 1, name: '提交财产线索' }).waitFor();
      await page.getByText('您将以本案申请执行人“张伟”的身份提交，无需填写案号。').waitFor();
      assert.equal(await page.locator('#caseNumber').count(), 0);
      await page.locator('#submitter_phone').fill('13800000000');
      await chooseOption(page, page.locator('#propertyType'), '银行存款');
      await page.locator('#description').fill('被执行人李四在中国工商银行大连中山支行开有账户，尾号6688，近期有大额进账。');
      await checkByLabel(page.locator('label', { hasText: '情况紧急' }), page.getByRole('checkbox', { name: /情况紧急/ }), 'urgent');
      await expectAccessible(page, 'party property clue form');
      await screenshot(page, 'portal-submissions-10-clue-form');
      await page.getByRole('button', { name: SUBMIT }).click();
      await page.getByRole('heading', { level: 2, name: '提交成功' }).waitFor();
      receipt = await receiptOf(page);
      assert.match(receipt, RECEIPT('XS'));
      const body = (await page.textContent('body')) ?? '';
      assert.ok(body.includes(filed.caseNumber), body);
      assert.match(body, /法院应于 \d{4}-\d{2}-\d{2} 前核查并答复/);
      await expectAccessible(page, 'property clue receipt');
      await screenshot(page, 'portal-submissions-11-clue-receipt');
    });

    // The clerk checks the clue and answers it; the party reads the answer by the receipt number.
    await answerAsClerk(base, 'propertyClue', receipt, '经核查，已于当日冻结被执行人李四名下工商银行账户存款。', false);
    await showingFailure(page, 'portal-submissions-answered', async () => {
      await page.goto(`${base}/portal/follow/${receipt}`);
      await page.getByTestId('submission-status').filter({ hasText: '已办结' }).waitFor();
      assert.equal(((await page.getByTestId('court-reply').textContent()) ?? '').trim(), '经核查，已于当日冻结被执行人李四名下工商银行账户存款。');
      await expectAccessible(page, 'follow page, answered');
      await screenshot(page, 'portal-submissions-12-follow-answered');
    });
    assert.deepEqual(errors, []);
  });

  it('takes an online filing request and, once filed, shows the case number', async () => {
    const base = suite.platform.baseUrl;
    const { page, errors } = await suite.newPage();
    let receipt = '';
    await showingFailure(page, 'portal-submissions-filing', async () => {
      await page.goto(`${base}/portal/affairs/filingRequest`);
      await page.getByRole('heading', { level: 1, name: '网上立案申请' }).waitFor();
      await page.locator('#submitter_name').fill('陈静');
      await page.locator('#submitter_phone').fill('13700000000');
      await chooseOption(page, page.locator('#courtId'), COURT);
      await page.locator('#application_cause').fill('民间借贷纠纷');
      await chooseOption(page, page.locator('#application_basis_type'), '判决书');
      await page.locator('#application_basis_issuer').fill(COURT);
      await page.locator('#application_basis_documentNumber').fill('（2026）辽0202民初77号');
      await page.locator('#application_basis_effectiveDate').fill(cstDay(-40));
      await page.locator('#application_basis_performanceDeadline').fill(cstDay(-25));
      await page.locator('#application_applicants_0_name').fill('陈静');
      await page.locator('#application_applicants_0_idNumber').fill('11010519491231002X');
      await checkByLabel(page.locator('section', { hasText: '被执行人' }).locator('label', { hasText: '单位' }), page.getByRole('radio', { name: '单位' }).nth(1), 'the debtor is an organisation');
      await page.locator('#application_debtors_0_name').fill('大连某某贸易有限公司');
      await page.locator('#application_debtors_0_creditCode').fill('91350100M000100Y4');
      await page.locator('#application_debtors_0_legalRepresentative').fill('周某');
      await page.locator('#application_claims_0_amount').fill('150000.5.0');
      await page.getByRole('button', { name: SUBMIT }).click();
      await fieldError(page, '请填写18位统一社会信用代码').waitFor();
      await fieldError(page, '请填写大于0的金额，最多两位小数，如 150000.00').waitFor();
      await expectAccessible(page, 'filing request form with errors');
      await screenshot(page, 'portal-submissions-13-filing-errors');
      await page.locator('#application_debtors_0_creditCode').fill('91350100M000100Y43');
      await page.locator('#application_claims_0_amount').fill('150000.00');
      await page.getByRole('button', { name: SUBMIT }).click();
      await page.getByRole('heading', { level: 2, name: '提交成功' }).waitFor();
      receipt = await receiptOf(page);
      assert.match(receipt, RECEIPT('LA'));
      assert.match((await page.textContent('body')) ?? '', /法院应于 \d{4}-\d{2}-\d{2} 前决定是否立案/);
    });

    await answerAsClerk(base, 'filingRequest', receipt, '符合立案条件，已立案执行。', true);
    await showingFailure(page, 'portal-submissions-filed', async () => {
      await page.goto(`${base}/portal/follow/${receipt}`);
      await page.getByTestId('submission-status').filter({ hasText: '已办结' }).waitFor();
      await page.getByText('立案案号').waitFor();
      assert.match((await page.textContent('body')) ?? '', /（\d{4}）辽0202执\d+号/);
      await expectAccessible(page, 'follow page, filed');
      await screenshot(page, 'portal-submissions-14-follow-filed');
    });
    assert.deepEqual(errors, []);
  });

  it('reads in English, validation messages included', async () => {
    const base = suite.platform.baseUrl;
    const { page, errors } = await suite.newPage();
    await showingFailure(page, 'portal-submissions-english', async () => {
      await page.goto(`${base}/portal/affairs`);
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Enforcement affairs hall' }).waitFor();
      await expectAccessible(page, 'affairs hall in English');
      await page.locator('[data-kind="objection"]').click();
      await page.getByRole('heading', { level: 1, name: 'Object to enforcement' }).waitFor();
      await page.getByRole('button', { name: 'Submit' }).click();
      for (const message of ['Please enter full name', 'Please enter case number', 'Please choose kind of objection', 'Please enter facts and reasons']) await fieldError(page, message).waitFor();
      await expectAccessible(page, 'objection form in English with errors');
      await screenshot(page, 'portal-submissions-15-english');
    });
    assert.deepEqual(errors, []);
  });
});
