import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildConsumptionRestrictionOrderDocx, type ConsumptionRestrictionOrderInput } from './consumption-restriction-order-docx.js';
import { assertCommon, openDocx } from './testing/assert-docx.js';
import { COMPANY_DEBTOR, COURT, MASKED_ID, NINE_ACTS, OFFICERS, PERSON_DEBTOR } from './testing/fixtures.js';
import { writeSample } from './testing/read-docx.js';

const INPUT: ConsumptionRestrictionOrderInput = {
  ...COURT,
  documentNumber: '（2026）辽0202执123号之二',
  debtor: COMPANY_DEBTOR,
  boundPersons: OFFICERS,
  // Given out of order: printed in item order.
  restrictedActs: [...NINE_ACTS].reverse(),
  legalBasis: '《中华人民共和国民事诉讼法》第二百六十六条、《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条',
  approvedBy: '赵某某',
};

describe('buildConsumptionRestrictionOrderDocx', () => {
  it('lists the nine acts as numbered items and binds the organisation’s persons', async () => {
    const docx = await buildConsumptionRestrictionOrderDocx(INPUT);
    writeSample('consumption-restriction-order.docx', docx);
    const doc = openDocx(docx);
    assertCommon(doc, { title: '限制消费令', documentNumber: '（2026）辽0202执123号之二', debtorName: '大连某某贸易有限公司' });
    assert.ok(doc.text.includes('法定代表人：李某，公民身份号码2102**********6618。'));
    assert.ok(!doc.text.includes('法定代表人：李某。'), 'the legal representative is not listed twice');
    assert.ok(doc.text.includes('被执行人大连某某贸易有限公司及其法定代表人李某、实际控制人王某某不得实施下列'));
    assert.ok(doc.text.includes('\n（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；\n（二）'));
    assert.ok(doc.text.includes('\n（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。\n'));
    assert.ok(doc.text.includes('第三条第二款') && doc.text.includes('因私消费以个人财产'));
    assert.ok(doc.text.includes('第八条的规定') && doc.text.includes('获批准后方可进行'));
    assert.ok(doc.text.includes('第九条的规定') && doc.text.includes('解除限制消费令'));
    assert.ok(doc.text.includes(INPUT.legalBasis));
  });

  it('for a natural person: the masked number, no bound persons, no private-spending notice', async () => {
    const doc = openDocx(await buildConsumptionRestrictionOrderDocx({ ...INPUT, debtor: PERSON_DEBTOR, boundPersons: [] }));
    assert.ok(doc.text.includes(`被执行人：张某某，公民身份号码${MASKED_ID}。`));
    assert.ok(doc.text.includes('被执行人张某某不得实施下列'));
    assert.ok(!doc.text.includes('因私消费'));
  });
});
