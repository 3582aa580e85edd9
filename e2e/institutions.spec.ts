/**
 * 协助执行单位 in a real browser against the real platform: the administrator opens the registry
 * from the navigation, registers a bank pushed to over the network with its first Ed25519 key,
 * is told in Chinese when a new key is malformed (checked as typed) or not on the curve (checked by
 * the server), rotates the key (the old one ends), revokes the old one with a reason, filters by
 * category and reads it all in English. A judge has no such entry. Screenshots land in
 * test-results/e2e/institutions-*.png for a person to look at.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { platformSuite } from './support/platform-suite.js';
import { logIn, screenshot, showingFailure } from './support/browser.js';
import { chooseOption } from './support/choose-option.js';
import { screenshotDialog, screenshotOf } from './support/element-screenshot.js';
import { chooseRadio } from './support/page-helpers.js';

const VIEWPORT = { width: 1440, height: 900 };
const BANK = '中国工商银行大连分行';
const ENDPOINT = 'https://icbc-dalian.example.test/zhixing/inbox';

/** An Ed25519 public key as the registry takes it: base64 of its 32 raw bytes. */
const ed25519Key = (): string => generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }).subarray(12).toString('base64');

const suite = platformSuite(VIEWPORT);
const newPage = () => suite.newPage();

describe('assisting institutions', { timeout: 300_000 }, () => {
  it('lets the administrator register a bank with its first key, rotate the key and revoke the old one', async () => {
    const { context, page, errors } = await newPage();
    const firstKey = ed25519Key();
    const secondKey = ed25519Key();

    await showingFailure(page, 'institutions-admin', async () => {
      await logIn(page, suite.platform.baseUrl, 'admin');
      await page.getByRole('menuitem', { name: /协助执行单位/ }).click();
      await page.waitForURL(/\/admin\/institutions$/);
      await page.getByRole('heading', { name: '协助执行单位' }).waitFor();
      await page.getByText('尚未登记协助执行单位').waitFor();

      // 登记单位: a bank, pushed to, answering within a day, with its first Ed25519 key.
      await page.getByRole('button', { name: '登记单位' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('登记协助执行单位').waitFor();
      await dialog.getByLabel('机构代码').fill('icbc-dalian');
      await dialog.getByLabel('单位名称').fill(BANK);
      await dialog.getByText('请先选择单位类别').waitFor();
      await chooseOption(page, dialog.getByLabel('单位类别'), '银行业金融机构');
      // Only a bank's acts are offered, all ticked.
      for (const act of ['查询', '冻结', '扣划', '解除', '续行']) {
        assert.ok(await dialog.getByRole('checkbox', { name: act }).isChecked(), `${act} is ticked`);
      }
      for (const act of ['查封', '扣押']) assert.equal(await dialog.getByRole('checkbox', { name: act }).count(), 0, `a bank cannot ${act}`);
      assert.ok(await dialog.getByRole('radio', { name: /推送/ }).isChecked(), 'push is the default connection');
      await dialog.getByLabel('答复时限').fill('1440');
      await dialog.getByText('即 24 小时').waitFor();
      await dialog.getByRole('switch', { name: '同时登记首个签名密钥' }).click();
      await dialog.getByLabel('密钥编号').fill('2026-01');
      await chooseRadio(dialog, 'Ed25519');
      await dialog.getByText('Ed25519 公钥：32 字节的 base64，共 44 个字符，以 = 结尾。').waitFor();
      await dialog.getByLabel('公钥').fill(firstKey);
      // Push without an endpoint is caught before sending.
      await dialog.getByRole('button', { name: /^登\s*记$/ }).click();
      await dialog.locator('#registerInstitution_endpoint_help').getByText('推送方式须填写接收地址').waitFor();
      await screenshotDialog(page, 'institutions-02-register-endpoint-missing');
      await dialog.getByRole('textbox', { name: /接收地址$/ }).fill(ENDPOINT);
      await dialog.locator('#registerInstitution_endpoint_help').waitFor({ state: 'detached' });
      await screenshotDialog(page, 'institutions-03-register-dialog');
      await dialog.getByRole('button', { name: /^登\s*记$/ }).click();
      await page.getByText(`已登记：${BANK}`).waitFor();
      await dialog.waitFor({ state: 'hidden' });

      const row = page.locator('.ant-table-row', { hasText: BANK });
      await row.getByText('代码 icbc-dalian · 银行业金融机构').waitFor();
      await row.getByText(ENDPOINT).waitFor();
      await row.getByText('24 小时').waitFor();
      await row.getByTestId('current-key').getByText('2026-01').waitFor();
      await row.getByTestId('current-key').getByText('Ed25519', { exact: true }).waitFor();
      await row.getByText('在用').waitFor();
      assert.equal(await row.locator('.ant-tag').filter({ hasText: /^(查询|冻结|扣划|解除|续行)$/ }).count(), 5);
      await screenshot(page, 'institutions-04-registered');

      // 更换密钥: a malformed key is refused as typed, in Chinese, on the field.
      await row.getByRole('button', { name: `为${BANK}更换密钥` }).click();
      const rotate = page.getByRole('dialog');
      await rotate.getByText(`更换密钥：${BANK}`).waitFor();
      await rotate.getByLabel('密钥编号').fill('2026-02');
      assert.ok(await rotate.getByRole('radio', { name: 'Ed25519' }).isChecked(), 'the algorithm of the current key is proposed');
      await rotate.getByLabel('公钥').fill('abc');
      await rotate.getByRole('button', { name: '登记新密钥' }).click();
      const keyHelp = rotate.locator('#addInstitutionKey_publicKey_help');
      await keyHelp.getByText('不是有效的 Ed25519 公钥（应为 32 字节的 base64，44 个字符）').waitFor();
      await screenshotDialog(page, 'institutions-05-rotate-bad-key');

      // An SM2 key of the right shape but off the curve: the server's refusal lands on the field.
      await chooseRadio(rotate, 'SM2（国密 SM2-SM3）');
      await rotate.getByLabel('公钥').fill(`04${'1'.repeat(128)}`);
      await keyHelp.waitFor({ state: 'detached' });
      await rotate.getByRole('button', { name: '登记新密钥' }).click();
      await keyHelp.getByText('不是有效的 SM2 公钥（应为 04 开头的 130 位十六进制，且为曲线上的点）').waitFor();
      await screenshotDialog(page, 'institutions-06-rotate-server-refusal');

      // A valid Ed25519 key: it becomes current, the first one ends where it begins.
      await chooseRadio(rotate, 'Ed25519');
      await rotate.getByLabel('公钥').fill(secondKey);
      await rotate.getByRole('button', { name: '登记新密钥' }).click();
      await page.getByText(`已登记新密钥 2026-02：${BANK}`).waitFor();
      await rotate.waitFor({ state: 'hidden' });
      await row.getByTestId('current-key').getByText('2026-02').waitFor();
      await row.getByRole('button', { name: '收起密钥' }).waitFor();
      const keys = page.getByTestId('institution-keys');
      const oldKey = keys.locator('.ant-table-row', { hasText: '2026-01' });
      const newKey = keys.locator('.ant-table-row', { hasText: '2026-02' });
      await oldKey.getByText('已到期').waitFor();
      await newKey.getByText('当前有效').waitFor();
      await newKey.getByText('至更换时').waitFor();
      assert.match((await oldKey.textContent()) ?? '', /\d{4}-\d{2}-\d{2} \d{2}:\d{2}.*\d{4}-\d{2}-\d{2} \d{2}:\d{2}/, 'the old key shows when it began and ended');
      await screenshot(page, 'institutions-07-rotated');

      // 作废 the old key: a reason is required.
      await oldKey.getByRole('button', { name: '作废密钥 2026-01' }).click();
      const revoke = page.getByRole('dialog');
      await revoke.getByText('作废密钥 2026-01').first().waitFor();
      await revoke.getByText(`${BANK} · 密钥 2026-01（Ed25519）`).waitFor();
      await revoke.getByRole('button', { name: '作废密钥' }).click();
      await revoke.getByText('请填写作废原因（至少 2 个字）').waitFor();
      await revoke.getByLabel('作废原因').fill('单位报告旧私钥随退役服务器一并移交，存在泄露风险');
      await screenshotDialog(page, 'institutions-08-revoke-dialog');
      await revoke.getByRole('button', { name: '作废密钥' }).click();
      await page.getByText('已作废密钥 2026-01').waitFor();
      await revoke.waitFor({ state: 'hidden' });
      await oldKey.getByText('已作废').waitFor();
      await oldKey.getByText(/作废：单位报告旧私钥随退役服务器一并移交/).waitFor();
      assert.equal(await oldKey.getByRole('button', { name: '作废密钥 2026-01' }).count(), 0, 'a revoked key cannot be revoked again');
      await newKey.getByRole('button', { name: '作废密钥 2026-02' }).waitFor();
      await screenshot(page, 'institutions-09-revoked');
      await screenshotOf(page.locator('.ant-table-wrapper').first(), 'institutions-09b-table-closeup');
      // Folded, the row counts the earlier keys; unfolded again, it lists them.
      await row.getByRole('button', { name: '收起密钥' }).click();
      await keys.waitFor({ state: 'hidden' });
      await row.getByRole('button', { name: '另有 1 个历史密钥（1 个已作废）' }).click();
      await keys.waitFor();

      // The category filter: no land registry is registered; clearing it brings the bank back.
      await chooseOption(page, page.getByLabel('单位类别'), '不动产登记机构');
      await page.getByText('该类别下没有登记的单位').waitFor();
      await chooseOption(page, page.getByLabel('单位类别'), '银行业金融机构');
      await row.waitFor();

      // The same page in English.
      await page.getByText('EN', { exact: true }).click();
      await page.getByRole('heading', { name: 'Assisting institutions' }).waitFor();
      await page.getByRole('menuitem', { name: /Assisting institutions/ }).waitFor();
      await row.getByText('Code icbc-dalian · Bank').waitFor();
      for (const act of ['Inquire', 'Freeze', 'Deduct', 'Release', 'Renew']) await row.getByText(act, { exact: true }).waitFor();
      await row.getByText('Push', { exact: true }).waitFor();
      await row.getByText('24 h').waitFor();
      await row.getByText('In use').waitFor();
      await oldKey.getByText('Revoked', { exact: true }).waitFor();
      await newKey.getByText('Current', { exact: true }).waitFor();
      await page.getByRole('columnheader', { name: 'Can carry out' }).waitFor();
      await screenshot(page, 'institutions-10-english');

      await row.getByRole('button', { name: `Add a key for ${BANK}` }).click();
      const english = page.getByRole('dialog');
      await english.getByText(`Add a key: ${BANK}`).waitFor();
      await english.getByLabel('Key id').fill('2026-03');
      await english.getByLabel('Public key').fill('abc');
      await english.getByRole('button', { name: 'Add key' }).click();
      await english.getByText('Not a valid Ed25519 public key (base64 of 32 bytes, 44 characters)').waitFor();
      await screenshotDialog(page, 'institutions-11-english-rotate');
      await english.getByRole('button', { name: 'Cancel' }).click();
      await english.waitFor({ state: 'hidden' });

      await page.getByRole('button', { name: 'Register an institution' }).click();
      const register = page.getByRole('dialog');
      await chooseOption(page, register.getByLabel('Category'), 'Real estate registry');
      for (const act of ['Inquire', 'Seal', 'Release', 'Renew']) assert.ok(await register.getByRole('checkbox', { name: act }).isChecked(), `${act} is ticked`);
      await register.getByText('Manual', { exact: true }).click();
      assert.ok(await register.getByRole('radio', { name: /Manual/ }).isChecked(), 'manual is chosen');
      await register.getByRole('textbox', { name: /Endpoint$/ }).waitFor({ state: 'detached' });
      await screenshotDialog(page, 'institutions-12-english-register');
      await register.getByRole('button', { name: 'Cancel' }).click();
      await register.waitFor({ state: 'hidden' });
      // Back to Chinese for whoever uses this browser next.
      await page.getByText('中文', { exact: true }).click();
      await page.getByRole('heading', { name: '协助执行单位' }).waitFor();
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('gives a judge no such entry', async () => {
    const { context, page, errors } = await newPage();
    await showingFailure(page, 'institutions-judge', async () => {
      await logIn(page, suite.platform.baseUrl, 'judge.zs');
      await page.getByRole('heading', { name: '案件列表' }).waitFor();
      assert.equal(await page.getByRole('menuitem', { name: /协助执行单位/ }).count(), 0, 'no navigation entry');
      await page.goto(`${suite.platform.baseUrl}/admin/institutions`);
      await page.getByText('页面不存在', { exact: true }).waitFor();
      assert.equal(await page.getByRole('heading', { name: '协助执行单位' }).count(), 0);
      await screenshot(page, 'institutions-13-judge-not-found');
    });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
