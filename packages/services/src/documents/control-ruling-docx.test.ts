import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '@zhixing/contracts';
import { buildControlRulingDocx, type ControlDocumentAct, type ControlPropertyText, type ControlRulingInput } from './control-ruling-docx.js';
import { assertCommon, openDocx } from './testing/assert-docx.js';
import { COMPANY_DEBTOR, COURT, FULL_ID, MASKED_ID, PERSON_DEBTOR } from './testing/fixtures.js';
import { writeSample } from './testing/read-docx.js';

const DEPOSIT: ControlPropertyText = { kindZh: '银行存款', description: '中国工商银行大连分行 活期存款', institutionName: '中国工商银行大连分行', ref: '6222020200112233445' };
const FLAT: ControlPropertyText = { kindZh: '不动产', description: '大连市中山区某某路1号1单元101室', institutionName: '大连市不动产登记中心', ref: '辽（2024）大连市不动产权第0012345号' };
const MACHINE: ControlPropertyText = { kindZh: '其他动产', description: '挖掘机一台', institutionName: '大连某某仓储有限公司', ref: 'SY215C-2020-0088' };

const HELD_DEPOSIT = '被执行人张某某名下的银行存款（中国工商银行大连分行 活期存款，编号：6222020200112233445；协助执行单位：中国工商银行大连分行）';
const ONE_YEAR = '一年，自二〇二六年十一月二十八日起至二〇二七年十一月二十八日止';

const BASE: ControlRulingInput = {
  ...COURT,
  documentNumber: '（2026）辽0202执123号之二',
  debtor: PERSON_DEBTOR,
  applicants: ['大连某某银行股份有限公司'],
  enforcementBasis: '本院（2025）辽0202民初100号民事判决书',
  act: 'freeze',
  property: DEPOSIT,
  amountFen: 1234567,
  termMonths: 12,
  startsOn: '2026-11-28',
  expiresOn: '2027-11-28',
  legalBasis: '《中华人民共和国民事诉讼法》第二百五十三条、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十五条',
};

const PREVIOUS = '（2026）辽0202执123号之一';
const NO_TERM = { termMonths: undefined, startsOn: undefined, expiresOn: undefined } as const;

const CASES: readonly { act: ControlDocumentAct; input: ControlRulingInput; clause: string }[] = [
  {
    act: 'freeze',
    input: BASE,
    clause: `冻结${HELD_DEPOSIT}人民币12,345.67元（大写：壹万贰仟叁佰肆拾伍元陆角柒分），冻结期限为${ONE_YEAR}。`,
  },
  {
    act: 'seal',
    input: { ...BASE, act: 'seal', property: FLAT, amountFen: undefined, termMonths: 36, expiresOn: '2029-11-28' },
    clause:
      '查封被执行人张某某名下的不动产（大连市中山区某某路1号1单元101室，编号：辽（2024）大连市不动产权第0012345号；协助执行单位：大连市不动产登记中心），查封期限为三年，自二〇二六年十一月二十八日起至二〇二九年十一月二十八日止。',
  },
  {
    act: 'impound',
    input: { ...BASE, act: 'impound', property: MACHINE, amountFen: undefined, termMonths: 18, expiresOn: '2028-05-28' },
    clause:
      '扣押被执行人张某某名下的其他动产（挖掘机一台，编号：SY215C-2020-0088；协助执行单位：大连某某仓储有限公司），扣押期限为十八个月，自二〇二六年十一月二十八日起至二〇二八年五月二十八日止。',
  },
  {
    act: 'deduct',
    input: { ...BASE, ...NO_TERM, act: 'deduct', amountFen: 100, previousRulingNumber: PREVIOUS },
    clause: `扣划本院${PREVIOUS}执行裁定冻结的${HELD_DEPOSIT}人民币1.00元（大写：壹元整）。`,
  },
  {
    act: 'release',
    input: {
      ...BASE,
      ...NO_TERM,
      act: 'release',
      amountFen: undefined,
      previousRulingNumber: PREVIOUS,
      legalBasis: '《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第二十八条第一款第（四）项',
    },
    clause: `解除本院${PREVIOUS}执行裁定对${HELD_DEPOSIT}的冻结。`,
  },
  {
    act: 'renew',
    input: { ...BASE, act: 'renew', previousRulingNumber: PREVIOUS, startsOn: '2026-12-01', expiresOn: '2027-12-01' },
    clause: `对${HELD_DEPOSIT}人民币12,345.67元（大写：壹万贰仟叁佰肆拾伍元陆角柒分）续行冻结，续行冻结期限为一年，自二〇二六年十二月一日起至二〇二七年十二月一日止。`,
  },
];

const field = (path: string) => (e: unknown) => e instanceof AppError && e.code === 'VALIDATION_FAILED' && e.messageEn.startsWith(`${path}:`);

describe('buildControlRulingDocx', () => {
  for (const c of CASES) {
    it(`${c.act}: parties, recital and the operative clause`, async () => {
      const docx = await buildControlRulingDocx(c.input);
      writeSample(`control-ruling-${c.act}.docx`, docx);
      const doc = openDocx(docx);
      assertCommon(doc, { title: '执行裁定书', documentNumber: '（2026）辽0202执123号之二', debtorName: '张某某' });
      assert.ok(doc.text.includes('申请执行人：大连某某银行股份有限公司。'));
      assert.ok(doc.text.includes(`被执行人：张某某，公民身份号码${MASKED_ID}。`));
      assert.ok(doc.text.includes('申请执行人大连某某银行股份有限公司与被执行人张某某一案中，执行依据为本院（2025）辽0202民初100号民事判决书。'));
      assert.ok(doc.text.includes(`依照${c.input.legalBasis}之规定，裁定如下：\n${c.clause}\n本裁定送达后立即生效。\n`), doc.text);
      assert.ok(doc.text.includes('《中华人民共和国民事诉讼法》第二百三十六条的规定，向本院提出书面异议。执行异议审查和复议期间，不停止执行。'));
      assert.equal(doc.text.includes('第二百三十八条'), c.act !== 'release', 'an outsider objects to a control, not to its release');
    });
  }

  it('states the ground of default for a new control and the previous ruling for a renewal', async () => {
    const freeze = openDocx(await buildControlRulingDocx(BASE)).text;
    assert.ok(freeze.includes('因被执行人张某某未按执行通知书履行生效法律文书确定的义务，依照'));
    const renew = openDocx(await buildControlRulingDocx(CASES[5]!.input)).text;
    assert.ok(renew.includes(`本院此前作出${PREVIOUS}执行裁定，对被执行人张某某的财产采取了冻结措施，期限即将届满。因被执行人张某某仍未履行`));
  });

  it('releases part of a freeze, and deducts without a prior freeze (民诉法解释 art. 484)', async () => {
    const part = openDocx(await buildControlRulingDocx({ ...CASES[4]!.input, amountFen: 500000 })).text;
    assert.ok(part.includes(`的冻结，解除数额为人民币5,000.00元（大写：伍仟元整）。`));
    const { previousRulingNumber: _omit, ...direct } = CASES[3]!.input;
    assert.ok(openDocx(await buildControlRulingDocx(direct)).text.includes(`\n扣划${HELD_DEPOSIT}人民币1.00元（大写：壹元整）。\n`));
  });

  it('releases a control on property the domain does not know as 查封、扣押、冻结', async () => {
    const doc = openDocx(await buildControlRulingDocx({ ...CASES[4]!.input, property: { ...MACHINE, kindZh: '字画' } }));
    assert.ok(doc.text.includes('执行裁定对被执行人张某某名下的字画（挖掘机一台，编号：SY215C-2020-0088；协助执行单位：大连某某仓储有限公司）的查封、扣押、冻结。'));
  });

  it('prints an organisation with its credit code, and masks a full identity number handed in by mistake', async () => {
    const org = openDocx(await buildControlRulingDocx({ ...BASE, debtor: COMPANY_DEBTOR, approvedBy: '赵某某' }));
    assert.ok(org.text.includes('被执行人：大连某某贸易有限公司，统一社会信用代码91210202MA0Y8K3X2Q。\n法定代表人：李某。'));
    assert.ok(org.text.includes('冻结被执行人大连某某贸易有限公司名下的银行存款'));
    assert.ok(org.text.includes('院长　赵某某'));
    const person = openDocx(await buildControlRulingDocx({ ...BASE, debtor: { ...PERSON_DEBTOR, idNumberMasked: FULL_ID } }));
    assert.ok(!person.xml.includes(FULL_ID));
    assert.ok(person.text.includes(MASKED_ID));
  });

  it('refuses an act without the amount, term or previous ruling it needs, naming the field', async () => {
    await assert.rejects(buildControlRulingDocx({ ...BASE, amountFen: undefined }), field('amountFen'));
    await assert.rejects(buildControlRulingDocx({ ...BASE, amountFen: 0 }), field('amountFen'));
    await assert.rejects(buildControlRulingDocx({ ...CASES[3]!.input, amountFen: undefined }), field('amountFen'));
    await assert.rejects(buildControlRulingDocx({ ...BASE, termMonths: undefined }), field('termMonths'));
    await assert.rejects(buildControlRulingDocx({ ...CASES[1]!.input, startsOn: undefined }), field('startsOn'));
    await assert.rejects(buildControlRulingDocx({ ...CASES[2]!.input, expiresOn: undefined }), field('expiresOn'));
    await assert.rejects(buildControlRulingDocx({ ...CASES[4]!.input, previousRulingNumber: undefined }), field('previousRulingNumber'));
    await assert.rejects(buildControlRulingDocx({ ...CASES[5]!.input, previousRulingNumber: ' ' }), field('previousRulingNumber'));
  });

  it('refuses particulars that do not belong to the act', async () => {
    await assert.rejects(buildControlRulingDocx({ ...CASES[1]!.input, amountFen: 100 }), field('amountFen'));
    await assert.rejects(buildControlRulingDocx({ ...CASES[3]!.input, termMonths: 12 }), field('termMonths'));
    await assert.rejects(buildControlRulingDocx({ ...BASE, previousRulingNumber: PREVIOUS }), field('previousRulingNumber'));
    await assert.rejects(buildControlRulingDocx({ ...BASE, act: 'auction' as ControlDocumentAct }), field('act'));
  });

  it('holds terms to 民诉法解释 art. 485 and to the printed dates', async () => {
    // Deposits one year, movables two, real estate three.
    await assert.rejects(buildControlRulingDocx({ ...BASE, termMonths: 13, expiresOn: '2027-12-28' }), field('termMonths'));
    await assert.rejects(buildControlRulingDocx({ ...CASES[2]!.input, termMonths: 25, expiresOn: '2028-12-28' }), field('termMonths'));
    await assert.rejects(buildControlRulingDocx({ ...CASES[1]!.input, termMonths: 37, expiresOn: '2029-12-28' }), field('termMonths'));
    await assert.rejects(buildControlRulingDocx({ ...BASE, expiresOn: '2027-11-29' }), field('expiresOn'));
    await assert.rejects(buildControlRulingDocx({ ...BASE, expiresOn: '2026-11-28' }), field('expiresOn'));
    await assert.rejects(buildControlRulingDocx({ ...BASE, startsOn: '2026-02-30' }), field('startsOn'));
    await assert.rejects(buildControlRulingDocx({ ...BASE, startsOn: '2025-10-01', expiresOn: '2026-10-01' }), field('expiresOn'));
    // A renewal is decided before the current term ends.
    await assert.rejects(buildControlRulingDocx({ ...CASES[5]!.input, startsOn: '2026-11-27', expiresOn: '2027-11-27' }), field('startsOn'));
  });

  it('refuses blank required text, naming the field', async () => {
    await assert.rejects(buildControlRulingDocx({ ...BASE, property: { ...DEPOSIT, ref: ' ' } }), field('property.ref'));
    await assert.rejects(buildControlRulingDocx({ ...BASE, property: { ...DEPOSIT, kindZh: '' } }), field('property.kindZh'));
    await assert.rejects(buildControlRulingDocx({ ...BASE, legalBasis: '' }), field('legalBasis'));
    await assert.rejects(buildControlRulingDocx({ ...BASE, enforcementBasis: '' }), field('enforcementBasis'));
    await assert.rejects(buildControlRulingDocx({ ...BASE, applicants: [] }), field('applicants'));
    await assert.rejects(buildControlRulingDocx({ ...BASE, decisionDate: '2026-02-30' }), field('decisionDate'));
  });
});
