/**
 * The credit acts the console takes over HTTP, with the shapes the console reads: a permit shown
 * on its decision and revoked (限高规定 art. 8), a travel document listed, unbound and bound again,
 * and a listing given its removal due date when the case is stayed for bankruptcy (失信规定 art. 10
 * ¶1 item 5). The agency side sees each act through its feed and its checks.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { filingRequest } from '@zhixing/services/testing';
import { scanCreditDecisions } from '@zhixing/services';
import { createTestApp, type Session, type TestApp } from './testing/test-app.js';

const PERSON = '210202199002021352';
const HOLDER = '210203197503037894';

let t: TestApp;
let judge: Session;
let clerk: Session;
let president: Session;
let key = '';

interface Permit {
  id: number;
  subjectId: number;
  reason: string;
  description: string | null;
  scenarios: string[];
  from: string;
  to: string;
  grantedBy: { id: string; displayName: string; role: string };
  grantedAt: string;
  revokedAt: string | null;
  revokedBy: { id: string } | null;
  revokedReason: string | null;
  active: boolean;
}
interface Decision {
  id: string;
  version: number;
  status: string;
  kind: string;
  subjects: Array<{ id: number }>;
  permits: Permit[];
  removal: { ground: string | null; arisenOn: string | null; dueOn: string | null; note: string | null } | null;
}
interface ErrorBody {
  code: string;
  messageZh: string;
  messageEn: string;
}

before(async () => {
  t = await createTestApp('2026-03-02T09:00:00+08:00');
  judge = await t.login('judge.zs');
  clerk = await t.login('clerk.zs');
  president = await t.login('president.zs');
  const res = await t.call(await t.login('admin'), 'POST', '/api/v1/agencies', { name: '测试航空公司', category: 'airline', scenarios: ['flight'], scopes: ['check', 'feed'] });
  assert.equal(res.statusCode, 201, res.body);
  key = res.json<{ apiKey: string }>().apiKey;
});
after(() => t.close());

async function noticedCase(debtors: unknown[]) {
  const filed = await t.call(judge, 'POST', '/api/v1/cases', { ...filingRequest({}), debtors });
  assert.equal(filed.statusCode, 201, filed.body);
  let c = filed.json<{ id: string; version: number; parties: Array<{ id: string; partyRole: string }> }>();
  const me = (await t.call(judge, 'GET', '/api/v1/auth/me')).json<{ id: string }>();
  c = (await t.call(await t.login('chief.zs'), 'POST', `/api/v1/cases/${c.id}/actions`, { action: { type: 'assignHandler', handlerId: me.id }, expectedVersion: c.version })).json();
  const served = await t.call(judge, 'POST', `/api/v1/cases/${c.id}/actions`, { action: { type: 'serveNotice', servedOn: '2026-03-02' }, expectedVersion: c.version });
  assert.equal(served.statusCode, 200, served.body);
  c = served.json();
  return { caseId: c.id, version: c.version, debtorPartyId: c.parties.find((p) => p.partyRole === 'debtor')!.id };
}

async function signed(caseId: string, proposal: unknown): Promise<Decision> {
  const proposed = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/credit-decisions`, proposal);
  assert.equal(proposed.statusCode, 201, proposed.body);
  const d = proposed.json<Decision>();
  const res = await t.call(president, 'POST', `/api/v1/credit-decisions/${d.id}/review`, { approve: true, expectedVersion: d.version });
  assert.equal(res.statusCode, 200, res.body);
  return res.json<Decision>();
}

const decisionsOf = async (caseId: string) => (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/credit-decisions`)).json<{ items: Decision[] }>().items;

/** Polls the agency check until it answers `decision` (the index syncs every 200 ms). */
async function until(decision: string, subject: unknown): Promise<{ decision: string; reasons: string[] }> {
  const start = performance.now();
  for (;;) {
    const r = await t.agencyCall(key, 'POST', '/api/agency/v1/checks', { subject, scenario: 'flight' });
    const body = r.json<{ decision: string; reasons: string[] }>();
    if (body.decision === decision) return body;
    if (performance.now() - start > 5000) assert.fail(`still ${r.body}`);
    await sleep(20);
  }
}

function assertBilingual(res: { statusCode: number; body: string; json: <T>() => T }, status: number, code: string): void {
  assert.equal(res.statusCode, status, res.body);
  const body = res.json<ErrorBody>();
  assert.equal(body.code, code);
  assert.match(body.messageZh, /[\u4e00-\u9fa5]/);
  assert.match(body.messageEn, /[a-z]/i);
}

describe('a permit, seen on its decision and revoked over HTTP', () => {
  let caseId = '';
  let decision: Decision;
  let permitId = 0;
  before(async () => {
    const c = await noticedCase([{ kind: 'person', name: '郑九', idNumber: PERSON }]);
    caseId = c.caseId;
    decision = await signed(caseId, { kind: 'consumptionRestriction', debtorPartyId: c.debtorPartyId, facts: '未按执行通知履行', onApplicantRequest: true });
    await until('deny', { kind: 'person', idNumber: PERSON });
  });

  it('a decision without permits shows an empty list', () => {
    assert.deepEqual(decision.permits, []);
  });

  it('granted, the permit is on the decision the console reads, active, and the check allows', async () => {
    const res = await t.call(judge, 'POST', `/api/v1/credit-decisions/${decision.id}/permits`, { subjectId: decision.subjects[0]!.id, reason: 'medicalTreatment', description: '赴京就医', scenarios: ['flight'], from: '2026-03-02', to: '2026-03-04' });
    assert.equal(res.statusCode, 201, res.body);
    permitId = res.json<{ permitId: number }>().permitId;
    const p = (await decisionsOf(caseId)).find((d) => d.id === decision.id)!.permits;
    assert.equal(p.length, 1);
    assert.deepEqual(
      { ...p[0]!, grantedBy: p[0]!.grantedBy.role, grantedAt: typeof p[0]!.grantedAt },
      { id: permitId, subjectId: decision.subjects[0]!.id, reason: 'medicalTreatment', description: '赴京就医', scenarios: ['flight'], from: '2026-03-02', to: '2026-03-04', grantedBy: 'judge', grantedAt: 'string', revokedAt: null, revokedBy: null, revokedReason: null, active: true },
    );
    await until('allow', { kind: 'person', idNumber: PERSON });
  });

  it('another court\'s judge and a clerk cannot revoke it', async () => {
    const xg = await t.login('judge.xg');
    assertBilingual(await t.call(xg, 'POST', `/api/v1/credit-decisions/${decision.id}/permits/${permitId}/revoke`, { reason: '就医已取消' }), 404, 'OUT_OF_COURT_SCOPE');
    assertBilingual(await t.call(clerk, 'POST', `/api/v1/credit-decisions/${decision.id}/permits/${permitId}/revoke`, { reason: '就医已取消' }), 403, 'FORBIDDEN');
    assertBilingual(await t.call(judge, 'POST', `/api/v1/credit-decisions/${decision.id}/permits/${permitId + 1000}/revoke`, { reason: '就医已取消' }), 404, 'NOT_FOUND');
  });

  it('revoked: 200 { ok: true }, the check denies again, the airline\'s feed says so, the view shows who and why', async () => {
    const res = await t.call(judge, 'POST', `/api/v1/credit-decisions/${decision.id}/permits/${permitId}/revoke`, { reason: '  就医行程取消  ' });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { ok: true });
    await until('deny', { kind: 'person', idNumber: PERSON });
    const feed = (await t.agencyCall(key, 'GET', '/api/agency/v1/changes?limit=1000')).json<{ items: Array<{ op: string; subjectId: string | null; detail: { permitId?: number; scenarios?: string[] } | null }> }>();
    const revoked = feed.items.find((i) => i.op === 'revokePermit')!;
    assert.ok(revoked, JSON.stringify(feed.items.map((i) => i.op)));
    assert.equal(revoked.subjectId, PERSON);
    assert.equal(revoked.detail?.permitId, permitId);
    assert.deepEqual(revoked.detail?.scenarios, ['flight']);
    const p = (await decisionsOf(caseId)).find((d) => d.id === decision.id)!.permits[0]!;
    assert.equal(p.active, false);
    assert.equal(p.revokedReason, '就医行程取消');
    assert.equal(p.revokedBy?.id, (await t.call(judge, 'GET', '/api/v1/auth/me')).json<{ id: string }>().id);
    const events = (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/events`)).json<{ items: Array<{ action: string }> }>().items;
    assert.ok(events.some((e) => e.action === 'revokePermit'));
  });

  it('revoking it again is 409 PERMIT_NOT_ACTIVE, in both languages', async () => {
    assertBilingual(await t.call(judge, 'POST', `/api/v1/credit-decisions/${decision.id}/permits/${permitId}/revoke`, { reason: '重复撤销' }), 409, 'PERMIT_NOT_ACTIVE');
  });
});

describe('a travel document, listed, unbound and bound again over HTTP', () => {
  let caseId = '';
  let partyId = '';
  let holder = { caseId: '', partyId: '' };
  before(async () => {
    const c = await noticedCase([{ kind: 'person', name: '郑九', idNumber: PERSON }]);
    caseId = c.caseId;
    partyId = c.debtorPartyId;
    const h = await noticedCase([{ kind: 'person', name: '杨十九', idNumber: HOLDER }]);
    holder = { caseId: h.caseId, partyId: h.debtorPartyId };
  });

  it('bound, it is listed masked with who bound it', async () => {
    assert.equal((await t.call(clerk, 'POST', `/api/v1/cases/${caseId}/parties/${partyId}/documents`, { docType: 'passport', docNumber: 'E55512345' })).statusCode, 201);
    const list = await t.call(judge, 'GET', `/api/v1/cases/${caseId}/identity-documents`);
    assert.equal(list.statusCode, 200, list.body);
    const items = list.json<{ items: Array<Record<string, unknown> & { boundBy: { role: string } }> }>().items;
    assert.equal(items.length, 1);
    assert.deepEqual(Object.keys(items[0]!).sort(), ['boundAt', 'boundBy', 'docNumberMasked', 'docType', 'id', 'partyId', 'partyName', 'unboundAt', 'unboundReason']);
    assert.deepEqual({ partyId: items[0]!.partyId, partyName: items[0]!.partyName, docType: items[0]!.docType, docNumberMasked: items[0]!.docNumberMasked, boundBy: items[0]!.boundBy.role, unboundAt: items[0]!.unboundAt }, { partyId, partyName: '郑九', docType: 'passport', docNumberMasked: 'E5*****45', boundBy: 'clerk', unboundAt: null });
    assert.ok(!list.body.includes('55512'));
  });

  it('unbound: 200 { ok: true }; the airline\'s check by passport no longer finds the person; again is 409', async () => {
    const id = (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/identity-documents`)).json<{ items: Array<{ id: number }> }>().items[0]!.id;
    // The wrong party (the other case's) does not find it.
    assertBilingual(await t.call(clerk, 'POST', `/api/v1/cases/${holder.caseId}/parties/${holder.partyId}/documents/${id}/unbind`, { reason: '登记错误' }), 404, 'NOT_FOUND');
    const res = await t.call(clerk, 'POST', `/api/v1/cases/${caseId}/parties/${partyId}/documents/${id}/unbind`, { reason: '护照号码登记错误' });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { ok: true });
    const r = await until('allow', { kind: 'document', docType: 'passport', docNumber: 'E55512345' });
    assert.deepEqual(r.reasons, ['DOCUMENT_NOT_BOUND']);
    const listed = (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/identity-documents`)).json<{ items: Array<{ unboundAt: string | null; unboundReason: string | null }> }>().items[0]!;
    assert.ok(listed.unboundAt);
    assert.equal(listed.unboundReason, '护照号码登记错误');
    assertBilingual(await t.call(clerk, 'POST', `/api/v1/cases/${caseId}/parties/${partyId}/documents/${id}/unbind`, { reason: '重复' }), 409, 'DOCUMENT_ALREADY_UNBOUND');
  });

  it('the document may be bound to its real holder afterwards', async () => {
    const res = await t.call(clerk, 'POST', `/api/v1/cases/${holder.caseId}/parties/${holder.partyId}/documents`, { docType: 'passport', docNumber: 'E55512345' });
    assert.equal(res.statusCode, 201, res.body);
    const items = (await t.call(judge, 'GET', `/api/v1/cases/${holder.caseId}/identity-documents`)).json<{ items: Array<{ partyName: string; unboundAt: string | null }> }>().items;
    assert.deepEqual(items.map((d) => [d.partyName, d.unboundAt]), [['杨十九', null]]);
  });
});

describe('a stay for bankruptcy gives the listing its removal due date (失信规定 art. 10 ¶1 item 5)', () => {
  it('shows ground, dates and the stay in the decision the console reads', async () => {
    const c = await noticedCase([{ kind: 'person', name: '朱二十', idNumber: '210202198505051233' }]);
    const restriction = await signed(c.caseId, { kind: 'consumptionRestriction', debtorPartyId: c.debtorPartyId, facts: '未按执行通知履行', onApplicantRequest: true });
    const listing = await signed(c.caseId, { kind: 'dishonestListing', debtorPartyId: c.debtorPartyId, ground: 'breachesPropertyReport', facts: '拒不报告财产', onApplicantRequest: true });
    const kase = (await t.call(judge, 'GET', `/api/v1/cases/${c.caseId}`)).json<{ version: number }>();
    const stay = await t.call(judge, 'POST', `/api/v1/cases/${c.caseId}/actions`, { action: { type: 'stay', ground: '被执行人移送破产审查，裁定中止执行', since: '2026-03-02' }, expectedVersion: kase.version });
    assert.equal(stay.statusCode, 200, stay.body);
    await scanCreditDecisions(t.ctx);
    const ds = await decisionsOf(c.caseId);
    const l = ds.find((d) => d.id === listing.id)!;
    assert.deepEqual({ ground: l.removal?.ground, arisenOn: l.removal?.arisenOn, dueOn: l.removal?.dueOn }, { ground: 'stayed', arisenOn: '2026-03-02', dueOn: '2026-03-05' });
    assert.equal(ds.find((d) => d.id === restriction.id)!.removal, null);
  });
});
