/**
 * 事务大厅, the court's side of the portal's 执行事务大厅, in a real browser against the real
 * platform. Over the public API (no login) someone hands in an objection with a photo on a case the
 * clerk filed, an urgent property clue on it, a complaint and an appointment to 中山 court, and an
 * online filing request. The clerk opens the queue: each kind in its tab with its open count, the
 * days left to each deadline. The objection is registered (立案) and answered, the complaint refused
 * with a reason, and the filing request filed and answered at once — the parties' query codes shown
 * to print and the new case number on the request. A clue answered by the judge while the clerk has
 * it open is a version conflict: the server's message, and the latest state. The submitters read the
 * outcome by receipt number; the city supervisor reads the queue without buttons.
 * Screenshots land in test-results/e2e/submissions-*.png.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { platformSuite } from './support/platform-suite.js';
import { apiSession } from './support/api-session.js';
import { logIn, screenshot, showingFailure } from './support/browser.js';
import { screenshotDialog, screenshotOf } from './support/element-screenshot.js';
import { cstDay, pressWithKeyboard, twoChars, until } from './support/page-helpers.js';
import { seriousViolations } from './support/axe.js';

const VIEWPORT = { width: 1440, height: 900 };
const COURT = '210202';
const COURT_NAME = '大连市中山区人民法院';
// A tiny PNG: the type is read from its signature.
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]).toString('base64');
const OBJECTION_ANSWER = '经审查，异议理由成立，本院已裁定解除对该房屋的查封。';
const COMPLAINT_REASON = '所反映的事项不属于本院执行工作范围，请向有关行政机关反映。';

const suite = platformSuite(VIEWPORT);

interface Receipt {
  receiptNumber: string;
  status: string;
  reply: string | null;
  filedCaseNumber: string | null;
  registerBy: string | null;
  answerBy: string | null;
}

async function submit(body: unknown): Promise<Receipt> {
  const response = await fetch(`${suite.platform.baseUrl}/api/public/v1/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  assert.equal(response.status, 201, text);
  return JSON.parse(text) as Receipt;
}

async function follow(receiptNumber: string): Promise<Receipt> {
  const response = await fetch(`${suite.platform.baseUrl}/api/public/v1/submissions/${encodeURIComponent(receiptNumber)}`);
  assert.equal(response.status, 200);
  return (await response.json()) as Receipt;
}

const drawer = (page: Page): Locator => page.locator('.ant-drawer').filter({ has: page.getByTestId('submission-drawer') });
const dialog = (page: Page): Locator => page.locator('.ant-modal').filter({ has: page.locator('.ant-modal-title') }).last();
const rows = (page: Page): Locator => page.getByTestId('submissions-table').locator('.ant-table-row');

/** Wait for a toast, then for it to go (so the next picture is clean). */
async function toast(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.ant-message-notice').getByText(text).waitFor();
  await until(async () => (await page.locator('.ant-message-notice').count()) === 0, 'the toast to go', 15_000);
}

/** Open one submission from the queue (its receipt number is a link) and wait until the drawer shows it. */
async function openSubmission(page: Page, receiptNumber: string): Promise<Locator> {
  await page.getByRole('link', { name: receiptNumber }).click();
  const d = drawer(page);
  await d.getByTestId('submission-facts').getByText(receiptNumber).waitFor();
  return d;
}

/** Press an act in the drawer's footer and wait for its dialog to be there before touching it. */
async function act(page: Page, testId: string): Promise<Locator> {
  await drawer(page).getByTestId(testId).click();
  const d = dialog(page);
  await d.waitFor({ state: 'visible' });
  await d.locator('textarea').waitFor({ state: 'visible' });
  return d;
}

async function closeDrawer(page: Page): Promise<void> {
  await drawer(page).locator('.ant-drawer-close').click();
  await page.getByTestId('submission-drawer').waitFor({ state: 'detached' });
}

async function openTab(page: Page, name: RegExp, kind: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.waitForURL(new RegExp(`kind=${kind}`));
  await rows(page).first().waitFor();
}

describe('the affairs hall queue', { timeout: 420_000 }, () => {
  const r: Record<'objection' | 'clue' | 'complaint' | 'appointment' | 'filing', Receipt> = {} as never;
  let filedCaseNumber = '';

  it('takes what the public hands in, over the public API', async () => {
    // The clerk files a case for the objection and the clue to be about.
    const clerk = await apiSession(suite.platform.baseUrl, 'clerk.zs');
    const filed = await clerk.call<{ id: string; caseNumber: string }>(
      'POST',
      '/api/v1/cases',
      {
        caseType: 'first',
        cause: '民间借贷纠纷',
        basis: { type: 'judgment', issuer: COURT_NAME, documentNumber: '（2025）辽0202民初5120号', effectiveDate: cstDay(-60), performanceDeadline: cstDay(-45) },
        applicants: [{ kind: 'person', name: '张伟', idNumber: '11010519491231002X' }],
        debtors: [{ kind: 'person', name: '李四', idNumber: '210202198001251231' }],
        claims: [{ kind: 'principal', amount: '80000.00' }],
      },
      201,
    );
    r.objection = await submit({
      kind: 'objection',
      caseNumber: filed.caseNumber,
      submitter: { name: '刘晓明', phone: '13912345678', role: 'outsider', idNumber: '210202198001011238' },
      objectionType: 'outsider',
      request: '请求解除对大连市中山区人民路8号房屋的查封',
      reasons: '该房屋系本人于2024年购买并已付清全款，仅因未办理过户登记在被执行人名下。',
      attachments: [{ fileName: '购房合同.png', contentBase64: PNG }],
    });
    r.clue = await submit({ kind: 'propertyClue', caseNumber: filed.caseNumber, submitter: { name: '张伟', phone: '13800000000', role: 'applicant' }, propertyType: 'vehicle', description: '被执行人名下白色轿车辽B12345，近日准备出售', location: '大连市中山区', urgent: true });
    r.complaint = await submit({ kind: 'complaint', courtId: COURT, submitter: { name: '王芳', phone: '0411-82345678', role: 'public' }, subject: 'other', content: '小区物业公司乱收费，请法院处理。' });
    const slots = (await (await fetch(`${suite.platform.baseUrl}/api/public/v1/courts/${COURT}/appointment-slots`)).json()) as { slots: Array<{ slot: string; free: number }> };
    const slot = slots.slots.find((s) => s.free > 0)!.slot;
    r.appointment = await submit({ kind: 'appointment', courtId: COURT, submitter: { name: '张伟', phone: '13800000000', role: 'applicant' }, slot, topic: '了解案件执行进展，当面提交补充证据' });
    r.filing = await submit({
      kind: 'filingRequest',
      courtId: COURT,
      submitter: { name: '王小红', phone: '13900001111', role: 'applicant', idNumber: '11010519491231002X' },
      application: {
        cause: '买卖合同纠纷',
        basis: { type: 'judgment', issuer: COURT_NAME, documentNumber: '（2025）辽0202民初6231号', effectiveDate: cstDay(-40), performanceDeadline: cstDay(-25) },
        applicants: [{ kind: 'person', name: '王小红', idNumber: '11010519491231002X', phone: '13900001111' }],
        debtors: [{ kind: 'organisation', name: '大连网申贸易有限公司', creditCode: '91350100M000100Y43', legalRepresentative: '赵六', address: '大连市中山区鲁迅路1号' }],
        claims: [
          { kind: 'principal', amount: '56000.00' },
          { kind: 'interest', amount: '1280.50', description: '按LPR计至实际给付之日' },
        ],
      },
    });
    assert.ok(r.objection.registerBy && r.complaint.registerBy && r.filing.answerBy);
  });

  it('lets the clerk register and answer an objection, refuse a complaint and file a case from an online request', async () => {
    assert.ok(r.filing, 'the first test handed them in');
    const { context, page, errors } = await suite.newPage();
    await showingFailure(page, 'submissions-clerk', async () => {
      await logIn(page, suite.platform.baseUrl, 'clerk.zs');
      await page.getByRole('menuitem', { name: '事务大厅' }).click();
      await page.waitForURL(/\/submissions$/);
      await page.getByRole('heading', { name: '执行事务大厅 · 事项办理' }).waitFor();
      await until(async () => (await rows(page).count()) === 5, 'the five submissions in 全部');
      // Each kind's tab counts its open submissions.
      for (const tab of ['全部5', '网上立案1', '财产线索1', '执行异议1', '举报控告1', '约见法官1']) {
        assert.equal(((await page.getByRole('tab', { name: new RegExp(tab.replace(/\d+$/, '')) }).textContent()) ?? '').replace(/\s/g, ''), tab);
      }
      // Days left to each deadline; the urgent clue and the appointment's slot are marked.
      const objection = rows(page).filter({ hasText: r.objection.receiptNumber });
      await objection.getByText('立案期限').waitFor();
      await objection.getByTestId('days-left').getByText(/^剩 \d+ 天$/).waitFor();
      await rows(page).filter({ hasText: r.clue.receiptNumber }).getByTestId('submission-urgent').getByText('紧急').waitFor();
      await rows(page).filter({ hasText: r.appointment.receiptNumber }).getByTestId('submission-slot').getByText(/^预约时段 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/).waitFor();
      await rows(page).filter({ hasText: r.complaint.receiptNumber }).getByText('受理期限').waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, 'submissions-01-queue');

      // The objection: read in full, its photo downloaded, registered (立案) and then answered.
      await openTab(page, /执行异议/, 'objection');
      let d = await openSubmission(page, r.objection.receiptNumber);
      await page.waitForURL(/id=/);
      await d.getByText('案外人对执行标的的异议（民事诉讼法第二百三十八条）').waitFor();
      await d.getByText('13912345678').waitFor();
      await d.getByText('案外人', { exact: true }).waitFor();
      assert.deepEqual(await d.getByTestId('submission-actions').getByRole('button').allTextContents(), ['不予受理', '立 案']);
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, 'submissions-02-objection-drawer');
      const [download] = await Promise.all([page.waitForEvent('download'), d.getByRole('link', { name: '下载附件 购房合同.png' }).click()]);
      assert.equal(download.suggestedFilename(), '购房合同.png');

      let modal = await act(page, 'submission-act-register');
      await modal.getByText(/十五日内审查完毕（本件至 \d{4}-\d{2}-\d{2}）/).waitFor();
      await modal.getByLabel('告知提交人（选填）').fill('已立案审查，承办法官将与您联系。');
      await screenshotDialog(page, 'submissions-03-register-objection');
      await pressWithKeyboard(modal.locator('.ant-modal-footer').getByRole('button', { name: twoChars('立案') }));
      await toast(page, '已立案');
      await modal.waitFor({ state: 'hidden' });
      await d.getByTestId('submission-facts').getByText('已立案，审查中').waitFor();
      assert.deepEqual(await d.getByTestId('submission-actions').getByRole('button').allTextContents(), ['驳回申请', '答 复']);

      modal = await act(page, 'submission-act-answer');
      await pressWithKeyboard(modal.locator('.ant-modal-footer').getByRole('button', { name: twoChars('答复') }));
      await modal.getByText('请填写（至少 2 个字）').waitFor();
      await modal.getByLabel('答复内容').fill(OBJECTION_ANSWER);
      await pressWithKeyboard(modal.locator('.ant-modal-footer').getByRole('button', { name: twoChars('答复') }));
      await toast(page, '已答复，提交人可凭回执号查看');
      await modal.waitFor({ state: 'hidden' });
      await d.getByTestId('submission-facts').getByText('已答复').waitFor();
      assert.equal(await d.getByTestId('submission-actions').count(), 0);
      // The record names who did what and what the submitter was told.
      const history = d.getByTestId('submission-history');
      await history.getByText(`告知提交人：${OBJECTION_ANSWER}`).waitFor();
      await history.getByText('告知提交人：已立案审查，承办法官将与您联系。').waitFor();
      await history.getByText(/办理人：.+（书记员）/).first().waitFor();
      await screenshotOf(history, 'submissions-04-objection-history');
      await closeDrawer(page);

      // The complaint: not for this court; refused with the reason, which is required.
      await openTab(page, /举报控告/, 'complaint');
      d = await openSubmission(page, r.complaint.receiptNumber);
      modal = await act(page, 'submission-act-notAccept');
      await pressWithKeyboard(modal.locator('.ant-modal-footer').getByRole('button', { name: '不予受理' }));
      await modal.getByText('请填写（至少 2 个字）').waitFor();
      await modal.getByLabel('不予受理的理由').fill(COMPLAINT_REASON);
      await screenshotDialog(page, 'submissions-05-refuse-complaint');
      await pressWithKeyboard(modal.locator('.ant-modal-footer').getByRole('button', { name: '不予受理' }));
      await toast(page, '已不予受理，理由已告知提交人');
      await d.getByTestId('submission-facts').getByText('不予受理').waitFor();
      await closeDrawer(page);

      // The online filing request: the application in full, then filed and answered at once.
      await openTab(page, /网上立案/, 'filingRequest');
      d = await openSubmission(page, r.filing.receiptNumber);
      const application = d.getByTestId('submission-content');
      await application.getByText('买卖合同纠纷').waitFor();
      await application.getByText('（2025）辽0202民初6231号').waitFor();
      await application.getByTestId('application-debtors').getByText('91350100M000100Y43').waitFor();
      await application.getByTestId('application-claims').getByText('¥56,000.00').waitFor();
      await application.getByTestId('application-claims').getByText('¥1,280.50').waitFor();
      await screenshotOf(application, 'submissions-06-filing-application');
      modal = await act(page, 'submission-act-answer');
      assert.ok(await modal.getByRole('radio', { name: '据申请立案并答复' }).isChecked());
      assert.equal(await modal.getByLabel('答复内容').inputValue(), '经审查，您的执行申请符合立案条件，本院已立案执行。');
      await screenshotDialog(page, 'submissions-07-file-and-answer');
      await pressWithKeyboard(modal.locator('.ant-modal-footer').getByRole('button', { name: '立案并答复' }));
      // The parties' query codes, shown this once to print for the filing notices.
      const codes = page.locator('.ant-modal').filter({ has: page.getByTestId('query-code') });
      await codes.waitFor();
      const title = (await codes.locator('.ant-modal-title').textContent()) ?? '';
      filedCaseNumber = /（\d{4}）辽0202执\d+号/.exec(title)?.[0] ?? '';
      assert.ok(filedCaseNumber, title);
      assert.equal(await codes.getByTestId('query-code').count(), 2);
      await codes.getByText('大连网申贸易有限公司').waitFor();
      await screenshotDialog(page, 'submissions-08-query-codes');
      await codes.getByRole('button', { name: '已记录' }).click();
      await codes.waitFor({ state: 'hidden' });
      await d.getByTestId('submission-filed-case').getByText(filedCaseNumber).waitFor();
      await d.getByTestId('submission-facts').getByText('已立案', { exact: true }).waitFor();
      await screenshot(page, 'submissions-09-filing-filed');
      await closeDrawer(page);
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('shows the server’s message when someone else acted first, and the latest state', async () => {
    assert.ok(r.clue, 'the first test handed it in');
    const { context, page, errors } = await suite.newPage();
    await showingFailure(page, 'submissions-conflict', async () => {
      await logIn(page, suite.platform.baseUrl, 'clerk.zs');
      await page.goto(`${suite.platform.baseUrl}/submissions?kind=propertyClue`);
      await rows(page).first().waitFor();
      const d = await openSubmission(page, r.clue.receiptNumber);
      await d.getByText('财产可能被转移，3 日内核查').waitFor();
      // Meanwhile the judge answers it.
      const judge = await apiSession(suite.platform.baseUrl, 'judge.zs');
      const queue = await judge.call<{ items: Array<{ id: string; receiptNumber: string }> }>('GET', '/api/v1/submissions?kind=propertyClue');
      const id = queue.items.find((i) => i.receiptNumber === r.clue.receiptNumber)!.id;
      const seen = await judge.call<{ version: number }>('GET', `/api/v1/submissions/${id}`);
      await judge.call('POST', `/api/v1/submissions/${id}/decisions`, { action: 'answer', reply: '已对该车辆采取查封措施。', expectedVersion: seen.version });

      const modal = await act(page, 'submission-act-answer');
      await modal.getByLabel('答复内容').fill('经核查，该车辆已查封。');
      await pressWithKeyboard(modal.locator('.ant-modal-footer').getByRole('button', { name: twoChars('答复') }));
      await modal.waitFor({ state: 'hidden' });
      await d.getByTestId('submission-conflict').getByText('该事项已被他人处理，请刷新后重试').waitFor();
      await d.getByTestId('submission-conflict').getByText('已重新加载，下方为该事项的最新情况。').waitFor();
      await d.getByTestId('submission-facts').getByText('已答复').waitFor();
      await d.getByTestId('submission-history').getByText('告知提交人：已对该车辆采取查封措施。').waitFor();
      assert.equal(await d.getByTestId('submission-actions').count(), 0);
      await screenshot(page, 'submissions-10-conflict');
      await closeDrawer(page);

      // 已办结: what was answered or refused, newest first.
      await page.getByRole('tab', { name: /全部/ }).click();
      await page.getByRole('switch').click();
      await page.waitForURL(/state=closed/);
      await until(async () => (await rows(page).count()) === 4, 'the four closed submissions');
      assert.equal(await page.getByTestId('submission-due').count(), 0);
      await screenshot(page, 'submissions-11-closed');

      // The same queue in English.
      await page.getByText('EN', { exact: true }).click();
      await page.getByRole('tab', { name: /Objections/ }).waitFor();
      await page.getByRole('switch').click();
      await page.waitForURL((url) => !url.search.includes('state=closed'));
      await rows(page).filter({ hasText: r.appointment.receiptNumber }).getByText('To confirm').waitFor();
      await rows(page).filter({ hasText: r.appointment.receiptNumber }).getByText('Confirm by').waitFor();
      await screenshot(page, 'submissions-12-english');
      await openSubmission(page, r.appointment.receiptNumber);
      await drawer(page).getByText('Appointment request', { exact: false }).first().waitFor();
      await screenshot(page, 'submissions-13-english-drawer');
      await closeDrawer(page);
      await page.getByText('中文', { exact: true }).click();
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('tells the submitters by receipt number', async () => {
    assert.ok(filedCaseNumber, 'the clerk filed the request');
    const objection = await follow(r.objection.receiptNumber);
    assert.deepEqual([objection.status, objection.reply], ['answered', OBJECTION_ANSWER]);
    const complaint = await follow(r.complaint.receiptNumber);
    assert.deepEqual([complaint.status, complaint.reply], ['notAccepted', COMPLAINT_REASON]);
    const filing = await follow(r.filing.receiptNumber);
    assert.deepEqual([filing.status, filing.filedCaseNumber], ['answered', filedCaseNumber]);
    assert.equal((await follow(r.appointment.receiptNumber)).status, 'received');
  });

  it('lets the city supervisor read the courts’ queues without acting', async () => {
    const { context, page, errors } = await suite.newPage();
    await showingFailure(page, 'submissions-supervisor', async () => {
      await logIn(page, suite.platform.baseUrl, 'supervisor.city');
      await page.getByRole('menuitem', { name: '事务大厅' }).click();
      const appointment = rows(page).filter({ hasText: r.appointment.receiptNumber });
      await appointment.getByText(COURT_NAME).waitFor();
      await appointment.getByRole('button', { name: `查看 ${r.appointment.receiptNumber}` }).waitFor();
      await screenshot(page, 'submissions-14-supervisor-queue');
      const d = await openSubmission(page, r.appointment.receiptNumber);
      await d.getByTestId('submission-read-only').getByText(`由${COURT_NAME}办理，您可查看，不能操作。`).waitFor();
      assert.equal(await d.getByTestId('submission-actions').count(), 0);
      await screenshot(page, 'submissions-15-supervisor-drawer');
    });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
