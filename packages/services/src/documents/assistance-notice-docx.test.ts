import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '@zhixing/contracts';
import { buildAssistanceNoticeDocx, type AssistanceNoticeInput } from './assistance-notice-docx.js';
import type { ControlDocumentAct, ControlPropertyText } from './control-ruling-docx.js';
import { assertCommon, openDocx } from './testing/assert-docx.js';
import { COMPANY_DEBTOR, COURT, FULL_ID, MASKED_ID, PERSON_DEBTOR } from './testing/fixtures.js';
import { writeSample } from './testing/read-docx.js';

const DEPOSIT: ControlPropertyText = { kindZh: '银行存款', description: '中国工商银行大连分行 活期存款', institutionName: '中国工商银行大连分行', ref: '6222020200112233445' };
const FLAT: ControlPropertyText = { kindZh: '不动产', description: '大连市中山区某某路1号1单元101室', institutionName: '大连市不动产登记中心', ref: '辽（2024）大连市不动产权第0012345号' };
const MACHINE: ControlPropertyText = { kindZh: '其他动产', description: '挖掘机一台', institutionName: '大连某某仓储有限公司', ref: 'SY215C-2020-0088' };

const WHO = `被执行人张某某（公民身份号码${MASKED_ID}）`;
const HELD_DEPOSIT = `${WHO}名下的银行存款（中国工商银行大连分行 活期存款，编号：6222020200112233445）`;
const AMOUNT = '人民币12,345.67元（大写：壹万贰仟叁佰肆拾伍元陆角柒分）';
const LAPSE = (zh: string) => `依照《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第二十七条的规定，${zh}期限届满，本院未办理续行${zh}手续的，${zh}的效力消灭。`;

const BASE: AssistanceNoticeInput = {
  ...COURT,
  documentNumber: '（2026）辽0202执123号之三',
  institutionName: '中国工商银行大连分行',
  rulingNumber: '（2026）辽0202执123号之二',
  debtor: PERSON_DEBTOR,
  act: 'freeze',
  property: DEPOSIT,
  amountFen: 1234567,
  termMonths: 12,
  startsOn: '2026-11-28',
  expiresOn: '2027-11-28',
  officers: [
    { name: '王某', badgeNumber: '21020001' },
    { name: '刘某某', badgeNumber: '21020002' },
  ],
};

const NO_TERM = { termMonths: undefined, startsOn: undefined, expiresOn: undefined } as const;

const CASES: readonly { act: ControlDocumentAct; input: AssistanceNoticeInput; request: string; lapse: string | null }[] = [
  {
    act: 'freeze',
    input: BASE,
    request: `冻结${HELD_DEPOSIT}${AMOUNT}，冻结期限为一年，自二〇二六年十一月二十八日起至二〇二七年十一月二十八日止。`,
    lapse: '冻结',
  },
  {
    act: 'seal',
    input: { ...BASE, act: 'seal', institutionName: '大连市不动产登记中心', property: FLAT, amountFen: undefined, termMonths: 36, expiresOn: '2029-11-28' },
    request: `查封${WHO}名下的不动产（大连市中山区某某路1号1单元101室，编号：辽（2024）大连市不动产权第0012345号），查封期限为三年，自二〇二六年十一月二十八日起至二〇二九年十一月二十八日止。`,
    lapse: '查封',
  },
  {
    act: 'impound',
    input: { ...BASE, act: 'impound', institutionName: '大连某某仓储有限公司', property: MACHINE, amountFen: undefined, termMonths: 24, expiresOn: '2028-11-28' },
    request: `扣押${WHO}名下的其他动产（挖掘机一台，编号：SY215C-2020-0088），扣押期限为二年，自二〇二六年十一月二十八日起至二〇二八年十一月二十八日止。`,
    lapse: '扣押',
  },
  {
    act: 'deduct',
    input: { ...BASE, ...NO_TERM, act: 'deduct', amountFen: 100 },
    request: `从${HELD_DEPOSIT}中扣划人民币1.00元（大写：壹元整），划至本院执行款专户。`,
    lapse: null,
  },
  {
    act: 'release',
    input: { ...BASE, ...NO_TERM, act: 'release', amountFen: undefined },
    request: `解除对${HELD_DEPOSIT}的冻结。`,
    lapse: null,
  },
  {
    act: 'renew',
    input: { ...BASE, act: 'renew', startsOn: '2026-12-01', expiresOn: '2027-12-01' },
    request: `对${HELD_DEPOSIT}${AMOUNT}续行冻结，续行冻结期限为一年，自二〇二六年十二月一日起至二〇二七年十二月一日止。`,
    lapse: '冻结',
  },
];

const field = (path: string) => (e: unknown) => e instanceof AppError && e.code === 'VALIDATION_FAILED' && e.messageEn.startsWith(`${path}:`);

describe('buildAssistanceNoticeDocx', () => {
  for (const c of CASES) {
    it(`${c.act}: addressee, the request with its particulars, ${c.lapse ? 'the lapse reminder' : 'no lapse reminder'}, officers`, async () => {
      const docx = await buildAssistanceNoticeDocx(c.input);
      writeSample(`assistance-notice-${c.act}.docx`, docx);
      const doc = openDocx(docx);
      assertCommon(doc, { title: '协助执行通知书', documentNumber: '（2026）辽0202执123号之三', debtorName: '张某某' });
      assert.ok(doc.text.includes(`\n（2026）辽0202执123号之三\n${c.input.institutionName}：\n`), 'the addressee follows the number');
      assert.ok(doc.text.includes('本院在执行（2026）辽0202执123号案件中，作出（2026）辽0202执123号之二执行裁定。依照该裁定，请你单位协助执行下列事项：\n'));
      assert.ok(doc.text.includes(`事项：\n${c.request}\n`), doc.text);
      assert.equal(doc.text.includes('第二十七条'), c.lapse !== null);
      if (c.lapse) assert.ok(doc.text.includes(`\n${LAPSE(c.lapse)}\n`), doc.text);
      assert.ok(doc.text.includes('\n执行人员：王某，执行公务证号：21020001。\n执行人员：刘某某，执行公务证号：21020002。\n'));
      assert.ok(doc.text.includes('附：本院（2026）辽0202执123号之二执行裁定书副本一份。'));
      assert.ok(!doc.text.includes('院长'), 'a notice is not signed by the president');
    });
  }

  it('releases part of a freeze', async () => {
    const doc = openDocx(await buildAssistanceNoticeDocx({ ...CASES[4]!.input, amountFen: 500000 }));
    assert.ok(doc.text.includes(`解除对${HELD_DEPOSIT}的冻结，解除数额为人民币5,000.00元（大写：伍仟元整）。`));
  });

  it('names an organisation by its credit code, and never prints a full identity number', async () => {
    const org = openDocx(await buildAssistanceNoticeDocx({ ...BASE, debtor: COMPANY_DEBTOR }));
    assert.ok(org.text.includes('冻结被执行人大连某某贸易有限公司（统一社会信用代码91210202MA0Y8K3X2Q）名下的银行存款'));
    const person = openDocx(await buildAssistanceNoticeDocx({ ...BASE, debtor: { ...PERSON_DEBTOR, idNumberMasked: FULL_ID } }));
    assert.ok(!person.xml.includes(FULL_ID));
    assert.ok(person.text.includes(HELD_DEPOSIT));
  });

  it('refuses missing particulars and blank required fields, naming the field', async () => {
    await assert.rejects(buildAssistanceNoticeDocx({ ...BASE, amountFen: undefined }), field('amountFen'));
    await assert.rejects(buildAssistanceNoticeDocx({ ...BASE, termMonths: undefined }), field('termMonths'));
    await assert.rejects(buildAssistanceNoticeDocx({ ...BASE, termMonths: 13, expiresOn: '2027-12-28' }), field('termMonths'));
    await assert.rejects(buildAssistanceNoticeDocx({ ...CASES[3]!.input, amountFen: undefined }), field('amountFen'));
    await assert.rejects(buildAssistanceNoticeDocx({ ...CASES[1]!.input, amountFen: 1 }), field('amountFen'));
    await assert.rejects(buildAssistanceNoticeDocx({ ...CASES[4]!.input, expiresOn: '2027-11-28' }), field('expiresOn'));
    await assert.rejects(buildAssistanceNoticeDocx({ ...BASE, officers: [] }), field('officers'));
    await assert.rejects(buildAssistanceNoticeDocx({ ...BASE, officers: [{ name: '王某', badgeNumber: ' ' }] }), field('officers.0.badgeNumber'));
    await assert.rejects(buildAssistanceNoticeDocx({ ...BASE, institutionName: '' }), field('institutionName'));
    await assert.rejects(buildAssistanceNoticeDocx({ ...BASE, rulingNumber: '' }), field('rulingNumber'));
    await assert.rejects(buildAssistanceNoticeDocx({ ...BASE, property: { ...DEPOSIT, description: '' } }), field('property.description'));
    await assert.rejects(buildAssistanceNoticeDocx({ ...BASE, act: 'inquire' as ControlDocumentAct }), field('act'));
  });
});
