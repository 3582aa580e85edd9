import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildExitRestrictionDecisionDocx, type ExitRestrictionDecisionInput } from './exit-restriction-decision-docx.js';
import { assertCommon, openDocx } from './testing/assert-docx.js';
import { COMPANY_DEBTOR, COURT, MASKED_ID, OFFICERS, PERSON_DEBTOR } from './testing/fixtures.js';
import { writeSample } from './testing/read-docx.js';

const INPUT: ExitRestrictionDecisionInput = {
  ...COURT,
  documentNumber: '（2026）辽0202执123号之三',
  debtor: PERSON_DEBTOR,
  subjects: [{ roleZh: '被执行人', name: '张某某', idNumberMasked: MASKED_ID }],
  legalBasis: '《中华人民共和国民事诉讼法》第二百六十六条、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉执行程序若干问题的解释》第二十三条、第二十四条',
  higherCourtName: '辽宁省大连市中级人民法院',
};

describe('buildExitRestrictionDecisionDocx', () => {
  it('restricts the debtor and gives the ten-day reconsideration notice', async () => {
    const docx = await buildExitRestrictionDecisionDocx(INPUT);
    writeSample('exit-restriction-decision.docx', docx);
    const doc = openDocx(docx);
    assertCommon(doc, { title: '决定书', documentNumber: '（2026）辽0202执123号之三', debtorName: '张某某' });
    assert.equal(doc.text.split(MASKED_ID).length, 2, 'the debtor is listed once');
    assert.ok(doc.text.includes('\n对被执行人张某某限制出境。\n'));
    assert.ok(doc.text.includes('第九条的规定，自收到本决定书之日起十日内向辽宁省大连市中级人民法院申请复议。复议期间，不停止原决定的执行。'));
    assert.ok(!doc.text.includes('院长'), 'no signing president given');
  });

  it('for an organisation restricts its officers by name, and defaults to the next-higher court', async () => {
    const { higherCourtName: _omit, ...rest } = INPUT;
    const doc = openDocx(await buildExitRestrictionDecisionDocx({ ...rest, debtor: COMPANY_DEBTOR, subjects: OFFICERS.slice(0, 1), approvedBy: '赵某某' }));
    assert.ok(doc.text.includes('对被执行人大连某某贸易有限公司的法定代表人李某限制出境。'));
    assert.ok(doc.text.includes('十日内向上一级人民法院申请复议'));
    assert.ok(doc.text.includes('院长　赵某某'));
  });
});
