import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '@zhixing/contracts';
import { buildRemovalDecisionDocx, type RemovalDecisionInput, type RemovalKind } from './removal-decision-docx.js';
import { assertCommon, openDocx } from './testing/assert-docx.js';
import { COMPANY_DEBTOR, COURT, MASKED_ID, OFFICERS, PERSON_DEBTOR } from './testing/fixtures.js';
import { writeSample } from './testing/read-docx.js';

const BASE: RemovalDecisionInput = {
  ...COURT,
  kind: 'dishonestListing',
  documentNumber: '（2026）辽0202执123号之四',
  debtor: PERSON_DEBTOR,
  ground: { zh: '被执行人已履行生效法律文书确定的全部义务', article: '《最高人民法院关于公布失信被执行人名单信息的若干规定》第十条第一款第（一）项' },
  originalDocumentNumber: '（2026）辽0202执123号之一',
  originalDecisionDate: '2026-06-01',
};

const CASES: readonly { kind: RemovalKind; title: string; decision: string; file: string }[] = [
  { kind: 'dishonestListing', title: '决定书', decision: '决定如下：删除被执行人张某某的失信信息。', file: 'removal-dishonest-listing.docx' },
  { kind: 'consumptionRestriction', title: '解除限制消费令', decision: '解除（2026）辽0202执123号之一限制消费令及对被执行人张某某采取的限制消费措施。', file: 'removal-consumption-restriction.docx' },
  { kind: 'exitRestriction', title: '决定书', decision: '决定如下：解除对被执行人张某某的限制出境措施。', file: 'removal-exit-restriction.docx' },
];

describe('buildRemovalDecisionDocx', () => {
  for (const c of CASES) {
    it(`${c.kind}: ${c.title} citing the original decision and the ground`, async () => {
      const docx = await buildRemovalDecisionDocx({ ...BASE, kind: c.kind });
      writeSample(c.file, docx);
      const doc = openDocx(docx);
      assertCommon(doc, { title: c.title, documentNumber: '（2026）辽0202执123号之四', debtorName: '张某某' });
      assert.ok(doc.text.includes(`公民身份号码${MASKED_ID}`));
      assert.ok(doc.text.includes('于二〇二六年六月一日') && doc.text.includes('（2026）辽0202执123号之一'));
      assert.ok(doc.text.includes(`现因${BASE.ground.zh}，依照${BASE.ground.article}之规定，`));
      assert.ok(doc.text.includes(c.decision), doc.text);
    });
  }

  it('lifts an organisation’s consumption restriction together with its bound persons', async () => {
    const { originalDecisionDate: _omit, ...rest } = BASE;
    const doc = openDocx(await buildRemovalDecisionDocx({ ...rest, kind: 'consumptionRestriction', debtor: COMPANY_DEBTOR, boundPersons: OFFICERS }));
    assert.ok(doc.text.includes('本院在执行（2026）辽0202执123号案件中，发出（2026）辽0202执123号之一限制消费令'));
    assert.ok(doc.text.includes('对被执行人大连某某贸易有限公司及其法定代表人李某、实际控制人王某某采取的限制消费措施'));
  });

  it('refuses an unknown kind', async () => {
    await assert.rejects(buildRemovalDecisionDocx({ ...BASE, kind: 'seizure' as RemovalKind }), (e: unknown) => e instanceof AppError && e.code === 'VALIDATION_FAILED');
  });
});
