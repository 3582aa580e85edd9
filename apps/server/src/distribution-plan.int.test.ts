/**
 * Distribution among several creditors over HTTP (民诉法解释 arts. 506–510; issue 4): the plan for
 * proceeds in the case account pays costs first, then the mortgagee, then the ordinary claims in
 * proportion — summing exactly to the proceeds; its document is issued; each party's periods run
 * from the day the plan reached them, and the plan stands once every objection period is over
 * without objection.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { filingRequest } from '@zhixing/services/testing';
import { createTestApp, type TestApp } from './testing/test-app.js';

let t: TestApp;
let caseId = '';
before(async () => {
  t = await createTestApp();
  const judge = await t.login('judge.zs');
  const filed = await t.call(judge, 'POST', '/api/v1/cases', filingRequest({ debtors: [{ kind: 'person', name: '李四', idNumber: '210202198001251231' }] }));
  caseId = filed.json<{ id: string }>().id;
  const receipt = await t.call(await t.login('clerk.zs'), 'POST', `/api/v1/cases/${caseId}/funds/receipts`, { amountFen: 1_000_000, channel: 'auction', payer: '网络司法拍卖买受人', bankSerial: 'A-001' });
  assert.equal(receipt.statusCode, 201, receipt.body);
});
after(() => t.close());

interface Plan {
  id: string;
  number: string;
  documentId: string;
  lines: Array<{ creditor: string; tier: string; owedFen: number; paidFen: number; shortfallFen: number }>;
  surplusFen: number;
  parties: Array<{ party: string; objectionDueOn: string; oppositionDueOn: string | null }>;
  unserved: string[];
  unopposed: boolean;
}

const CLAIMS = [
  { creditor: '张伟', basis: '（2025）辽0202民初456号民事判决', amountFen: 600_000 },
  { creditor: '王五', basis: '（2025）辽0203民初77号民事调解书', amountFen: 300_000 },
  { creditor: '中国建设银行大连分行', amountFen: 200_000, priority: { rank: 1, since: '2023-05-06', note: '抵押权' } },
];

describe('distribution plans over HTTP', () => {
  let plan: Plan;

  it('costs, then the mortgagee, then ordinary claims in proportion: exactly the proceeds, with its document', async () => {
    const judge = await t.login('judge.zs');
    const res = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/distribution-plans`, { proceedsSource: '拍卖被执行人名下房产所得价款', amountFen: 1_000_000, costsFen: 10_000, debtorKind: 'naturalPerson', claims: CLAIMS });
    assert.equal(res.statusCode, 201, res.body);
    plan = res.json<Plan>();
    assert.deepEqual(
      plan.lines.map((l) => [l.creditor, l.tier, l.paidFen]),
      [
        ['执行费用', 'costs', 10_000],
        ['中国建设银行大连分行', 'priority', 200_000],
        ['张伟', 'ordinary', 526_667],
        ['王五', 'ordinary', 263_333],
      ],
    );
    assert.equal(plan.lines.reduce((s, l) => s + l.paidFen, 0) + plan.surplusFen, 1_000_000);
    assert.match(plan.number, /之/);
    const doc = await t.call(judge, 'GET', `/api/v1/cases/${caseId}/documents/${plan.documentId}`);
    assert.equal(doc.statusCode, 200);
    assert.equal(doc.rawPayload.subarray(0, 2).toString(), 'PK');
    const listed = (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/controls`)).json<{ documents: Array<{ id: string; sha256: string; kind: string }> }>().documents.find((d) => d.id === plan.documentId)!;
    assert.equal(listed.kind, 'distributionPlan');
    assert.equal(createHash('sha256').update(doc.rawPayload).digest('hex'), listed.sha256);
  });

  it('each party\'s 15-day objection period runs from receipt; unopposed once all are over', async () => {
    const clerk = await t.login('clerk.zs');
    const served = new Date(t.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    assert.deepEqual([...plan.unserved].sort(), ['中国建设银行大连分行', '张伟', '李四', '王五'].sort());
    for (const party of ['张伟', '王五', '李四']) {
      const res = await t.call(clerk, 'POST', `/api/v1/cases/${caseId}/distribution-plans/${plan.id}/service`, { party, planServedOn: served });
      assert.equal(res.statusCode, 200, res.body);
    }
    const wrongOrder = await t.call(clerk, 'POST', `/api/v1/cases/${caseId}/distribution-plans/${plan.id}/service`, { party: '王五', planServedOn: served, objectionNoticeOn: '2020-01-01' });
    assert.equal(wrongOrder.statusCode, 422);
    assert.equal(wrongOrder.json<{ details: { rule: string } }>().details.rule, 'DISTRIBUTION_SERVICE_SEQUENCE_INVALID');
    let read = (await t.call(clerk, 'GET', `/api/v1/cases/${caseId}/distribution-plans`)).json<{ plans: Plan[] }>().plans[0]!;
    assert.equal(read.parties.length, 3);
    assert.deepEqual(read.unserved, ['中国建设银行大连分行']);
    assert.equal(read.unopposed, false);
    const due = read.parties[0]!.objectionDueOn;
    assert.ok(due > served);
    t.clock.advanceMs(30 * 86_400_000);
    const later = await t.login('clerk.zs', { fresh: true });
    read = (await t.call(later, 'GET', `/api/v1/cases/${caseId}/distribution-plans`)).json<{ plans: Plan[] }>().plans[0]!;
    // Every period of those served is over, but the mortgagee was never served: not yet.
    assert.equal(read.unopposed, false);
    const bank = await t.call(later, 'POST', `/api/v1/cases/${caseId}/distribution-plans/${plan.id}/service`, { party: '中国建设银行大连分行', planServedOn: served });
    read = bank.json<Plan>();
    assert.deepEqual([read.unserved, read.unopposed], [[], true]);
  });

  it('refuses more than the account holds, an empty claim list, and another court', async () => {
    const judge = await t.login('judge.zs', { fresh: true });
    const tooMuch = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/distribution-plans`, { proceedsSource: '拍卖价款', amountFen: 2_000_000, debtorKind: 'naturalPerson', claims: CLAIMS });
    assert.equal(tooMuch.json<{ details: { rule: string } }>().details.rule, 'FUNDS_INSUFFICIENT');
    const enterprise = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/distribution-plans`, { proceedsSource: '拍卖价款', amountFen: 1, debtorKind: 'enterprise', claims: CLAIMS });
    assert.equal(enterprise.json<{ details: { rule: string } }>().details.rule, 'DISTRIBUTION_DEBTOR_KIND_MISMATCH');
    const noBasis = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/distribution-plans`, { proceedsSource: '拍卖价款', amountFen: 1, debtorKind: 'naturalPerson', claims: [{ creditor: '赵六', amountFen: 5 }] });
    assert.equal(noBasis.json<{ details: { rule: string } }>().details.rule, 'DISTRIBUTION_BASIS_MISSING');
    const empty = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/distribution-plans`, { proceedsSource: '拍卖价款', amountFen: 1, debtorKind: 'naturalPerson', claims: [] });
    assert.equal(empty.statusCode, 400);
    const xg = await t.call(await t.login('judge.xg'), 'GET', `/api/v1/cases/${caseId}/distribution-plans`);
    assert.equal(xg.statusCode, 404);
  });
});
