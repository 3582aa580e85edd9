/**
 * Network inquiry over real HTTP (ADR 0009): the judge starts it through the API, the dispatcher
 * pushes the signed request to a reference bank listening on loopback, the bank posts its signed
 * reply to the platform's reply endpoint, and the property appears on the case — once. A forged
 * reply is refused with 422; a bank that is down gets the request again later.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { dispatchAssistRequests, timeOutRequests } from '@zhixing/services';
import { courtKeyLookup, filingRequest, generateKeyPair, InstitutionSimulator, postTo, type SimulatorServer, startSimulatorServer, syntheticHoldings } from '@zhixing/services/testing';
import { createTestApp, type TestApp } from './testing/test-app.js';

let t: TestApp;
let bank: SimulatorServer;
const DEBTOR = { kind: 'person' as const, name: '李四', idNumber: '210202198001011238' };

before(async () => {
  t = await createTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  const signer = t.app.assistSigner;
  // The bank holds the platform's public key for every court (as institutions register it).
  const courtKeys = courtKeyLookup(signer);
  const pair = generateKeyPair('SM2-SM3');
  const sim = new InstitutionSimulator({ category: 'bank', code: 'bank-http', signer: { keyId: 'k1', alg: pair.alg, privateKey: pair.privateKey, publicKey: pair.publicKey }, courtKeys, now: () => t.clock.now() });
  bank = await startSimulatorServer(sim, postTo(`${base}/api/agency/v1/assist/replies`));
  const admin = await t.login('admin');
  const registered = await t.call(admin, 'POST', '/api/v1/institutions', { code: 'bank-http', name: '大连测试银行', category: 'bank', connection: 'push', endpoint: `${bank.url}/assist/v1/requests`, slaSeconds: 600, key: { keyId: 'k1', alg: pair.alg, publicKey: pair.publicKey } });
  assert.equal(registered.statusCode, 201, registered.body);
});
after(async () => {
  await bank.close();
  await t.close();
});

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Files a case against one person debtor through the API. */
async function fileAgainst(debtor: { kind: 'person'; name: string; idNumber: string }): Promise<string> {
  const filed = await t.call(await t.login('judge.zs', { fresh: true }), 'POST', '/api/v1/cases', filingRequest({ debtors: [debtor] }));
  assert.equal(filed.statusCode, 201, filed.body);
  return filed.json<{ id: string }>().id;
}

interface Properties {
  properties: Array<{ ref: string; institutionName: string }>;
  requests: Array<{ state: string; institutionName: string; subjectName: string; attempts: number }>;
}

describe('network inquiry over HTTP', () => {
  it('judge → outbox → bank → signed reply → property on the case, booked once', async () => {
    const judge = await t.login('judge.zs');
    const caseId = await fileAgainst(DEBTOR);
    const started = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/network-inquiries`);
    assert.equal(started.statusCode, 201, started.body);
    assert.deepEqual(started.json(), { requested: 1, alreadyRequested: 0, institutions: 1, debtors: 1 });
    assert.equal(await dispatchAssistRequests(t.ctx), 1);
    const read = async () => (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/properties`)).json<Properties>();
    const done = await until(read, (v) => v.requests.every((r) => r.state === 'answered'));
    assert.deepEqual(done.requests.map((r) => [r.institutionName, r.subjectName]), [['大连测试银行', '李四']]);
    const expected = syntheticHoldings('bank', 'bank-http', DEBTOR).map((h) => h.ref).sort();
    assert.deepEqual(done.properties.map((p) => p.ref).sort(), expected);
    // Nothing more goes out: the request was sent and answered.
    assert.equal(await dispatchAssistRequests(t.ctx), 0);
    // Reading the property was recorded in the case's history.
    const events = (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/events`)).json<{ items: Array<{ action: string }> }>();
    assert.ok(events.items.some((e) => e.action === 'propertyViewed'), JSON.stringify(events.items.map((e) => e.action)));
    assert.ok(events.items.some((e) => e.action === 'networkInquiryAnswered'));
    // Another court's judge learns nothing of it, not even that it exists.
    const other = await t.call(await t.login('judge.xg'), 'GET', `/api/v1/cases/${caseId}/properties`);
    assert.equal(other.statusCode, 404);
  });

  it('a forged reply is refused with 422 and its reason; nothing is booked', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/agency/v1/assist/replies', headers: { 'content-type': 'application/json' }, payload: { protocol: 'zx-assist/1', messageId: randomUUID(), from: 'institution:bank-http', to: 'court:210211', issuedAt: t.clock.now().toISOString(), inReplyTo: randomUUID(), body: { type: 'inquiryResult', holdings: [] }, signature: { alg: 'SM2-SM3', keyId: 'k1', value: 'MEUCIQ==' } } });
    assert.equal(res.statusCode, 422, res.body);
    const body = res.json<{ code: string; details: { code: string } }>();
    assert.equal(body.code, 'ASSIST_REPLY_REJECTED');
    assert.equal(body.details.code, 'ASSIST_SIGNATURE_INVALID');
    const junk = await t.app.inject({ method: 'POST', url: '/api/agency/v1/assist/replies', headers: { 'content-type': 'application/json' }, payload: '{"hello":1}' });
    assert.equal(junk.statusCode, 422);
  });

  it('a bank that is down gets the request again later, with back-off', async () => {
    const judge = await t.login('judge.zs');
    const caseId = await fileAgainst({ kind: 'person', name: '王五', idNumber: '11010519491231002X' });
    await t.call(judge, 'POST', `/api/v1/cases/${caseId}/network-inquiries`);
    bank.simulator.setFaults(['down']);
    assert.equal(await dispatchAssistRequests(t.ctx), 1);
    const read = async () => (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/properties`)).json<Properties>();
    assert.deepEqual((await read()).requests.map((r) => [r.state, r.attempts]), [['queued', 1]]);
    // Not yet due again.
    assert.equal(await dispatchAssistRequests(t.ctx), 0);
    bank.simulator.setFaults([]);
    t.clock.advanceMs(1500);
    assert.equal(await dispatchAssistRequests(t.ctx), 1);
    const done = await until(read, (v) => v.requests.every((r) => r.state === 'answered'));
    assert.equal(done.requests[0]!.attempts, 2);
  });

  it('a request unanswered past the answer time is marked timed out on the case; the late reply is still booked', async () => {
    const judge = await t.login('judge.zs');
    const caseId = await fileAgainst({ kind: 'person', name: '赵六', idNumber: '210202199002021352' });
    await t.call(judge, 'POST', `/api/v1/cases/${caseId}/network-inquiries`);
    bank.simulator.setFaults(['slow']);
    assert.equal(await dispatchAssistRequests(t.ctx), 1);
    bank.simulator.setFaults([]);
    t.clock.advanceMs(601_000);
    assert.equal(await timeOutRequests(t.ctx), 1);
    const read = async () => (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/properties`)).json<Properties>();
    assert.deepEqual((await read()).requests.map((r) => r.state), ['timedOut']);
    const events = (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/events`)).json<{ items: Array<{ action: string }> }>();
    assert.ok(events.items.some((e) => e.action === 'networkRequestTimedOut'));
    // The court's supervisors see it on their board…
    const chief = await t.login('chief.zs');
    const board = async () => (await t.call(chief, 'GET', '/api/v1/supervision/warnings?kind=networkRequestUnanswered')).json<{ items: Array<{ caseId: string; messageZh: string }> }>();
    assert.ok((await board()).items.some((w) => w.caseId === caseId), JSON.stringify(await board()));
    // …until the slow bank answers, about a second later: booked after all, and the warning settled.
    await until(read, (v) => v.requests.every((r) => r.state === 'answered'));
    assert.equal(await timeOutRequests(t.ctx), 0);
    assert.ok(!(await board()).items.some((w) => w.caseId === caseId));
  });

  it('a bank down through every attempt: the request is given up, with the case event and a warning', async () => {
    const judge = await t.login('judge.zs');
    const caseId = await fileAgainst({ kind: 'person', name: '孙七', idNumber: '210203197511117894' });
    await t.call(judge, 'POST', `/api/v1/cases/${caseId}/network-inquiries`);
    bank.simulator.setFaults(['down']);
    for (let attempt = 1; attempt <= 8; attempt++) {
      assert.equal(await dispatchAssistRequests(t.ctx), 1, `attempt ${attempt}`);
      t.clock.advanceMs(3_600_001);
    }
    assert.equal(await dispatchAssistRequests(t.ctx), 0);
    bank.simulator.setFaults([]);
    // Eight hours on, the morning's sessions have expired: log in again.
    const later = await t.login('judge.zs', { fresh: true });
    const read = (await t.call(later, 'GET', `/api/v1/cases/${caseId}/properties`)).json<Properties>();
    assert.deepEqual(read.requests.map((r) => [r.state, r.attempts]), [['failed', 8]]);
    const events = (await t.call(later, 'GET', `/api/v1/cases/${caseId}/events`)).json<{ items: Array<{ action: string }> }>();
    assert.ok(events.items.some((e) => e.action === 'networkRequestFailed'));
    const board = (await t.call(await t.login('chief.zs', { fresh: true }), 'GET', '/api/v1/supervision/warnings?kind=networkRequestUnanswered')).json<{ items: Array<{ caseId: string }> }>();
    assert.ok(board.items.some((w) => w.caseId === caseId));
  });

  it('a tampered reply to a real request is refused and surfaced on the case; a valid one settles it', async () => {
    const judge = await t.login('judge.zs', { fresh: true });
    const caseId = await fileAgainst({ kind: 'person', name: '周八', idNumber: '210202198001251231' });
    await t.call(judge, 'POST', `/api/v1/cases/${caseId}/network-inquiries`);
    bank.simulator.setFaults(['tamper']);
    assert.equal(await dispatchAssistRequests(t.ctx), 1);
    const chief = await t.login('chief.zs', { fresh: true });
    const board = async () => (await t.call(chief, 'GET', '/api/v1/supervision/warnings?kind=assistReplyRejected')).json<{ items: Array<{ caseId: string; messageZh: string }> }>().items;
    const raised = await until(board, (items) => items.some((w) => w.caseId === caseId));
    assert.match(raised.find((w) => w.caseId === caseId)!.messageZh, /答复未被接受（ASSIST_SIGNATURE_INVALID）/);
    bank.simulator.setFaults([]);
    // The bank answers again, correctly signed (its answer is remembered by the request's idempotency key).
    const request = await t.ctx.database.db.selectFrom('assist_requests').select('envelope').where('case_id', '=', caseId).executeTakeFirstOrThrow();
    const [delivery] = bank.simulator.handle(JSON.parse(request.envelope));
    const ok = await t.app.inject({ method: 'POST', url: '/api/agency/v1/assist/replies', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(delivery!.envelope) });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.ok(!(await board()).some((w) => w.caseId === caseId));
  });
});
