/**
 * The assistance desk for institutions that are not networked (传统查控, issue 4): the administrator
 * issues a desk key; the institution sees the requests addressed to it (with the full identity of
 * the debtor it must search for, and the documents as issued) and answers by form; the answer is
 * booked exactly like a signed network reply — and refused the same way when it does not fit.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { filingRequest } from '@zhixing/services/testing';
import { createTestApp, type TestApp } from './testing/test-app.js';

let t: TestApp;
let deskKey = '';
const DEBTOR = { kind: 'person' as const, name: '李四', idNumber: '210202198001251231' };
const VEHICLE = { kind: 'vehicle', ref: '辽B·12345', description: '小型轿车 大众朗逸 2021 款，登记日期 2021-03-02', valuation: { amountFen: 5_000_000, basis: '同型号二手车市场参考价' }, encumbrances: [] };

before(async () => {
  t = await createTestApp();
  const admin = await t.login('admin');
  const res = await t.call(admin, 'POST', '/api/v1/institutions', { code: 'dl-vehicles', name: '大连市公安局交通警察支队车辆管理所', category: 'vehicleAdministration', connection: 'manual', slaSeconds: 7 * 86_400 });
  assert.equal(res.statusCode, 201, res.body);
  const id = res.json<{ id: string }>().id;
  const key = await t.call(admin, 'POST', `/api/v1/institutions/${id}/desk-key`);
  assert.equal(key.statusCode, 201, key.body);
  deskKey = key.json<{ deskKey: string }>().deskKey;
  assert.match(deskKey, /^zxi_/);
});
after(() => t.close());

const desk = (key = deskKey) => t.app.inject({ method: 'GET', url: '/api/agency/v1/assist/desk', headers: { authorization: `Bearer ${key}` } });
const answer = (requestId: string, body: unknown, key = deskKey) =>
  t.app.inject({ method: 'POST', url: `/api/agency/v1/assist/desk/requests/${requestId}/answer`, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, payload: JSON.stringify({ answeredBy: '车管所 王警官', body }) });

interface DeskView {
  institution: { name: string };
  requests: Array<{ id: string; type: string; act: string; caseNumber: string; subject: { idNumber?: string }; documents: Array<{ kind: string; sha256: string }>; property: { ref: string } | null }>;
}

async function fileAndInquire(): Promise<string> {
  const judge = await t.login('judge.zs');
  const filed = await t.call(judge, 'POST', '/api/v1/cases', filingRequest({ debtors: [DEBTOR] }));
  const caseId = filed.json<{ id: string }>().id;
  const started = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/network-inquiries`);
  assert.deepEqual(started.json(), { requested: 1, alreadyRequested: 0, institutions: 1, debtors: 1 });
  return caseId;
}

describe('the assistance desk (传统查控)', () => {
  it('only with a valid desk key; only for institutions that are not networked', async () => {
    for (const key of ['', 'zxi_wrong', 'zxa_agency-key']) {
      const res = await desk(key);
      assert.equal(res.statusCode, 401);
      assert.equal(res.json<{ details: { code: string } }>().details.code, 'DESK_KEY_INVALID');
    }
    const admin = await t.login('admin');
    const push = await t.call(admin, 'POST', '/api/v1/institutions', { code: 'some-bank', name: '某银行', category: 'bank', connection: 'pull' });
    const refused = await t.call(admin, 'POST', `/api/v1/institutions/${push.json<{ id: string }>().id}/desk-key`);
    assert.equal(refused.json<{ details: { rule: string } }>().details.rule, 'DESK_ONLY_FOR_MANUAL');
    // The pull bank inquires too; remove it again so the desk institution stands alone below.
    await t.ctx.database.db.updateTable('institutions').set({ retired_at: new Date() }).where('code', '=', 'some-bank').execute();
    assert.equal((await t.call(await t.login('officer.zs'), 'POST', '/api/v1/institutions/00000000-0000-4000-8000-000000000000/desk-key')).statusCode, 403);
  });

  it('the inquiry reaches the desk; the answer by form is booked as property of the case, once', async () => {
    const caseId = await fileAndInquire();
    const view = (await desk()).json<DeskView>();
    const request = view.requests.find((r) => r.type === 'inquiry')!;
    assert.equal(request.subject.idNumber, DEBTOR.idNumber, 'the institution searches by the full number');
    const state = await t.ctx.database.db.selectFrom('assist_requests').select('state').where('id', '=', request.id).executeTakeFirstOrThrow();
    assert.equal(state.state, 'sent', 'shown on the desk: the answer time runs');
    const wrongKind = await answer(request.id, { type: 'inquiryResult', holdings: [{ ...VEHICLE, kind: 'bankDeposit', balanceFen: 100 }] });
    assert.equal(wrongKind.statusCode, 422, wrongKind.body);
    assert.equal(wrongKind.json<{ details: { code: string } }>().details.code, 'NOT_SUPPORTED');
    const ok = await answer(request.id, { type: 'inquiryResult', holdings: [VEHICLE] });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json<{ outcome: string }>().outcome, 'booked');
    const again = await answer(request.id, { type: 'inquiryResult', holdings: [] });
    assert.equal(again.json<{ details: { code: string } }>().details.code, 'ALREADY_ANSWERED');
    const props = (await t.call(await t.login('judge.zs'), 'GET', `/api/v1/cases/${caseId}/properties`)).json<{ properties: Array<{ ref: string }>; requests: Array<{ state: string }> }>();
    assert.deepEqual(props.properties.map((p) => p.ref), [VEHICLE.ref]);
    assert.deepEqual(props.requests.map((r) => r.state), ['answered']);
    assert.ok(!(await desk()).json<DeskView>().requests.some((r) => r.id === request.id), 'answered requests leave the desk');
  });

  it('a seal ordered by the court: the desk downloads the ruling it rests on and confirms; the control is in force', async () => {
    const caseId = await fileAndInquire();
    const request = (await desk()).json<DeskView>().requests.find((r) => r.type === 'inquiry')!;
    assert.equal((await answer(request.id, { type: 'inquiryResult', holdings: [VEHICLE] })).statusCode, 200);
    const judge = await t.login('judge.zs');
    const propertyId = (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/properties`)).json<{ properties: Array<{ id: string }> }>().properties[0]!.id;
    const ordered = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/controls`, { propertyId });
    assert.equal(ordered.statusCode, 201, ordered.body);
    const control = (await desk()).json<DeskView>().requests.find((r) => r.type === 'control')!;
    assert.deepEqual([control.act, control.property?.ref], ['seal', VEHICLE.ref]);
    const ruling = control.documents.find((d) => d.kind === 'ruling')!;
    const file = await t.app.inject({ method: 'GET', url: `/api/agency/v1/assist/desk/requests/${control.id}/documents/${ruling.sha256}`, headers: { authorization: `Bearer ${deskKey}` } });
    assert.equal(file.statusCode, 200);
    assert.equal(file.rawPayload.subarray(0, 2).toString(), 'PK');
    const wrongAct = await answer(control.id, { type: 'controlResult', act: 'freeze', outcome: 'done' });
    assert.equal(wrongAct.json<{ details: { code: string } }>().details.code, 'ASSIST_MALFORMED');
    const done = await answer(control.id, { type: 'controlResult', act: 'seal', outcome: 'done', controlRef: 'CG-2026-0001' });
    assert.equal(done.statusCode, 200, done.body);
    const controls = (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/controls`)).json<{ controls: Array<{ state: string; controlRef: string }> }>().controls;
    assert.deepEqual([controls[0]!.state, controls[0]!.controlRef], ['inEffect', 'CG-2026-0001']);
  });

  it('a new desk key replaces the old one at once; another court\'s request is not found', async () => {
    const admin = await t.login('admin');
    const list = (await t.call(admin, 'GET', '/api/v1/institutions')).json<{ items?: Array<{ id: string; code: string }> } | Array<{ id: string; code: string }>>();
    const items = Array.isArray(list) ? list : (list.items ?? []);
    const id = items.find((i) => i.code === 'dl-vehicles')!.id;
    const renewed = (await t.call(admin, 'POST', `/api/v1/institutions/${id}/desk-key`)).json<{ deskKey: string }>().deskKey;
    assert.equal((await desk()).statusCode, 401);
    assert.equal((await desk(renewed)).statusCode, 200);
    deskKey = renewed;
    const unknown = await answer('00000000-0000-4000-8000-000000000000', { type: 'inquiryResult', holdings: [] });
    assert.equal(unknown.statusCode, 404);
    const bad = await answer('00000000-0000-4000-8000-000000000000', { type: 'inquiryResult', holdings: 'many' });
    assert.equal(bad.statusCode, 400);
  });
});
