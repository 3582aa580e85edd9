import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '@zhixing/contracts';
import { buildListingDecisionDocx, type ListingDecisionInput } from './listing-decision-docx.js';
import { assertCommon, openDocx } from './testing/assert-docx.js';
import { COMPANY_DEBTOR, COURT, FULL_ID, MASKED_ID, PERSON_DEBTOR } from './testing/fixtures.js';
import { writeSample } from './testing/read-docx.js';

const INPUT: ListingDecisionInput = {
  ...COURT,
  documentNumber: '（2026）辽0202执123号之一',
  debtor: PERSON_DEBTOR,
  applicants: ['大连某某银行股份有限公司'],
  enforcementBasis: '本院（2025）辽0202民初456号民事判决书',
  ground: { code: 'ableButRefuses', zh: '有履行能力而拒不履行生效法律文书确定义务', item: 1 },
  facts: '经查，被执行人张某某名下有银行存款及车辆，具备履行能力，但在执行通知书指定的期间内拒不履行生效法律文书确定的给付义务。',
  periodYears: null,
  gracePeriodMonths: 2,
  publishOn: '2027-01-28',
  legalBasis: '《中华人民共和国民事诉讼法》第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第五条',
  approvedBy: '赵某某',
  higherCourtName: '辽宁省大连市中级人民法院',
};

describe('buildListingDecisionDocx', () => {
  it('prints the heading, parties, ground, decision, correction notice and Chinese-dated signature', async () => {
    const docx = await buildListingDecisionDocx(INPUT);
    writeSample('listing-decision.docx', docx);
    const doc = openDocx(docx);
    assertCommon(doc, { title: '决定书', documentNumber: '（2026）辽0202执123号之一', debtorName: '张某某' });
    assert.ok(doc.text.includes(`被执行人：张某某，公民身份号码${MASKED_ID}。`));
    assert.ok(doc.text.includes('申请执行人：大连某某银行股份有限公司。'));
    assert.ok(doc.text.includes('第一条第（一）项规定的“有履行能力而拒不履行生效法律文书确定义务”情形'));
    assert.ok(doc.text.includes(`依照${INPUT.legalBasis}之规定，决定如下：`));
    assert.ok(doc.text.includes('一、将被执行人张某某纳入失信被执行人名单。'), 'no period for item 1');
    assert.ok(doc.text.includes('二、给予被执行人张某某二个月宽限期') && doc.text.includes('自二〇二七年一月二十八日起'));
    assert.ok(doc.text.includes('第十一条、第十二条的规定，向本院书面申请纠正'));
    assert.ok(doc.text.includes('十日内向辽宁省大连市中级人民法院申请复议'));
    assert.ok(doc.text.includes('院长　赵某某\n辽宁省大连市中山区人民法院'));
  });

  it('states the period and publishes at once without a grace period; organisations show their code', async () => {
    const doc = openDocx(
      await buildListingDecisionDocx({ ...INPUT, debtor: COMPANY_DEBTOR, ground: { code: 'breachesPropertyReport', zh: '违反财产报告制度', item: 4 }, periodYears: 2, gracePeriodMonths: 0, publishOn: INPUT.decisionDate }),
    );
    assert.ok(doc.text.includes('被执行人：大连某某贸易有限公司，统一社会信用代码91210202MA0Y8K3X2Q。\n法定代表人：李某。'));
    assert.ok(doc.text.includes('纳入失信被执行人名单，纳入期限为二年。'));
    assert.ok(doc.text.includes('失信信息自二〇二六年十一月二十八日起通过全国法院失信被执行人名单信息公布与查询平台向社会公布'));
    assert.ok(doc.text.includes('第一条第（四）项'));
  });

  it('masks a full identity number handed in by mistake', async () => {
    const doc = openDocx(await buildListingDecisionDocx({ ...INPUT, debtor: { ...PERSON_DEBTOR, idNumberMasked: FULL_ID } }));
    assert.ok(!doc.xml.includes(FULL_ID));
    assert.ok(doc.text.includes(MASKED_ID));
  });

  it('refuses out-of-range inputs, naming the field', async () => {
    const field = (path: string) => (e: unknown) => e instanceof AppError && e.code === 'VALIDATION_FAILED' && e.messageEn.startsWith(`${path}:`);
    await assert.rejects(buildListingDecisionDocx({ ...INPUT, gracePeriodMonths: 4 }), field('gracePeriodMonths'));
    await assert.rejects(buildListingDecisionDocx({ ...INPUT, ground: { ...INPUT.ground, item: 7 } }), field('ground.item'));
    await assert.rejects(buildListingDecisionDocx({ ...INPUT, publishOn: '2026-11-27' }), field('publishOn'));
    await assert.rejects(buildListingDecisionDocx({ ...INPUT, applicants: [] }), field('applicants'));
    await assert.rejects(buildListingDecisionDocx({ ...INPUT, decisionDate: '2026-02-30' }), field('decisionDate'));
  });
});
