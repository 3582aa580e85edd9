/**
 * Reconsiderations by the next-higher court over HTTP, with the shapes the console reads: the
 * district court that made the decision follows its forwarded reconsideration (read-only, named
 * where it went), the intermediate court's queue names the court whose decision it reviews, the
 * case page asks for its own case only, and a second application is a bilingual 409.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { filingRequest } from '@zhixing/services/testing';
import { createTestApp, type Session, type TestApp } from './testing/test-app.js';

interface Correction {
  id: string;
  kind: string;
  status: string;
  decisionId: string;
  caseId: string;
  courtId: string;
  courtName: string;
  courtNameEn: string;
  decisionCourtId: string;
  decisionCourtName: string;
  decisionCourtNameEn: string;
}
interface ErrorBody {
  code: string;
  messageZh: string;
  messageEn: string;
  details?: Record<string, unknown>;
}

let t: TestApp;
let judge: Session;
let clerk: Session;
let cityJudge: Session;
let caseId = '';
let otherCaseId = '';
let decisionId = '';
let reconsideration: Correction;

const list = async (session: Session, query = ''): Promise<Correction[]> => {
  const res = await t.call(session, 'GET', `/api/v1/credit-corrections${query}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json<{ items: Correction[] }>().items;
};

before(async () => {
  t = await createTestApp('2026-03-02T09:00:00+08:00');
  judge = await t.login('judge.zs');
  clerk = await t.login('clerk.zs');
  cityJudge = await t.login('judge.city');
  const president = await t.login('president.zs');
  const filed = await t.call(judge, 'POST', '/api/v1/cases', { ...filingRequest({}), debtors: [{ kind: 'person', name: '冯十二', idNumber: '210202198001011238' }] });
  assert.equal(filed.statusCode, 201, filed.body);
  const c = filed.json<{ id: string; version: number; parties: Array<{ id: string; partyRole: string }> }>();
  caseId = c.id;
  // Another case of the same court, to show the case filter narrows.
  otherCaseId = (await t.call(judge, 'POST', '/api/v1/cases', filingRequest({ debtorName: '另案被执行人有限公司' }))).json<{ id: string }>().id;
  const proposed = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/credit-decisions`, { kind: 'exitRestriction', debtorPartyId: c.parties.find((p) => p.partyRole === 'debtor')!.id, facts: '被执行人拟出境转移资产', subjects: [], onApplicantRequest: true, exOfficioReason: null });
  assert.equal(proposed.statusCode, 201, proposed.body);
  const d = proposed.json<{ id: string; version: number }>();
  const signed = await t.call(president, 'POST', `/api/v1/credit-decisions/${d.id}/review`, { approve: true, expectedVersion: d.version });
  assert.equal(signed.statusCode, 200, signed.body);
  decisionId = d.id;
});
after(() => t.close());

describe('a reconsideration of an exit restriction, sent up to the intermediate court', () => {
  it('the clerk registers it at the district court\'s counter: it names the court that hears it', async () => {
    const res = await t.call(clerk, 'POST', `/api/v1/credit-decisions/${decisionId}/reconsiderations`, { applicantName: '冯十二', reason: '限制出境错误', receivedOn: '2026-03-02' });
    assert.equal(res.statusCode, 201, res.body);
    reconsideration = res.json<Correction>();
    assert.deepEqual(
      { courtId: reconsideration.courtId, courtName: reconsideration.courtName, courtNameEn: reconsideration.courtNameEn, decisionCourtId: reconsideration.decisionCourtId, decisionCourtName: reconsideration.decisionCourtName },
      { courtId: '2102', courtName: '大连市中级人民法院', courtNameEn: 'Dalian Intermediate People\'s Court', decisionCourtId: '210202', decisionCourtName: '大连市中山区人民法院' },
    );
  });

  it('a second application while it is pending is 409 RECONSIDERATION_ALREADY_FILED, in both languages, and writes nothing', async () => {
    const res = await t.call(judge, 'POST', `/api/v1/credit-decisions/${decisionId}/reconsiderations`, { applicantName: '冯十二', reason: '再次申请复议', receivedOn: '2026-03-02' });
    assert.equal(res.statusCode, 409, res.body);
    const body = res.json<ErrorBody>();
    assert.equal(body.code, 'RECONSIDERATION_ALREADY_FILED');
    assert.match(body.messageZh, /复议/);
    assert.match(body.messageEn, /reconsideration/i);
    assert.deepEqual(body.details, { reconsiderationId: reconsideration.id, status: 'pending' });
    assert.equal((await list(judge, `?decisionId=${decisionId}`)).length, 1);
  });

  it('the district court sees it in its list, pending at the intermediate court; its judge, president and clerk cannot decide it', async () => {
    for (const session of [judge, clerk]) {
      const mine = (await list(session)).find((x) => x.id === reconsideration.id);
      assert.deepEqual([mine?.status, mine?.courtName], ['pending', '大连市中级人民法院']);
    }
    assert.equal((await list(judge, '?courtId=210202')).some((x) => x.id === reconsideration.id), true);
    for (const session of [judge, await t.login('president.zs')]) {
      const res = await t.call(session, 'POST', `/api/v1/credit-corrections/${reconsideration.id}/decision`, { grant: true, note: '越权审查' });
      assert.equal(res.statusCode, 404, res.body);
      assert.equal(res.json<ErrorBody>().code, 'OUT_OF_COURT_SCOPE');
    }
    const byClerk = await t.call(clerk, 'POST', `/api/v1/credit-corrections/${reconsideration.id}/decision`, { grant: true, note: '越权审查' });
    assert.equal(byClerk.statusCode, 403, byClerk.body);
    // Another district court sees nothing of it.
    assert.equal((await list(await t.login('judge.xg'))).some((x) => x.id === reconsideration.id), false);
  });

  it('the case page asks for its case or its decision only', async () => {
    assert.deepEqual((await list(judge, `?caseId=${caseId}`)).map((x) => x.id), [reconsideration.id]);
    assert.deepEqual((await list(judge, `?decisionId=${decisionId}&status=pending`)).map((x) => x.id), [reconsideration.id]);
    assert.deepEqual(await list(judge, `?caseId=${otherCaseId}`), []);
    assert.deepEqual(await list(judge, `?caseId=${caseId}&status=granted`), []);
  });

  it('the intermediate court\'s queue names the district court; it decides, and the district court sees the outcome', async () => {
    const heard = (await list(cityJudge)).find((x) => x.id === reconsideration.id);
    assert.deepEqual([heard?.decisionCourtName, heard?.decisionCourtNameEn], ['大连市中山区人民法院', 'Zhongshan District People\'s Court']);
    const res = await t.call(cityJudge, 'POST', `/api/v1/credit-corrections/${reconsideration.id}/decision`, { grant: false, note: '限制出境并无不当，驳回' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await list(judge, `?caseId=${caseId}`))[0]?.status, 'dismissed');
  });
});
