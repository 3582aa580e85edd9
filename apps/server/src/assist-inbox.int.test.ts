/**
 * The pull transport (ADR 0009 step 3): a pull institution fetches its inbox with a signed call and
 * posts its signed replies like a push institution. A call with a bad signature, a stale timestamp,
 * an unknown key or another institution's name gets 401 and nothing; requests stay in the inbox
 * until answered (fetching twice is harmless), and a booked answer takes them out.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { courtKeyLookup, filingRequest, generateKeyPair, InstitutionSimulator, signInboxCall, verifyEnvelope } from '@zhixing/services/testing';
import { createTestApp, type TestApp } from './testing/test-app.js';

let t: TestApp;
let simulator: InstitutionSimulator;
const pair = generateKeyPair('Ed25519');
const signer = { keyId: 'pull-1', alg: pair.alg, privateKey: pair.privateKey, publicKey: pair.publicKey };
let caseId = '';

before(async () => {
  t = await createTestApp();
  const platform = t.app.assistSigner;
  const courtKeys = courtKeyLookup(platform);
  simulator = new InstitutionSimulator({ category: 'bank', code: 'bank-pull', signer, courtKeys, now: () => t.clock.now() });
  const admin = await t.login('admin');
  const res = await t.call(admin, 'POST', '/api/v1/institutions', { code: 'bank-pull', name: '大连农村商业银行', category: 'bank', connection: 'pull', slaSeconds: 3600, key: { keyId: 'pull-1', alg: pair.alg, publicKey: pair.publicKey } });
  assert.equal(res.statusCode, 201, res.body);
  const judge = await t.login('judge.zs');
  const filed = await t.call(judge, 'POST', '/api/v1/cases', filingRequest({ debtors: [{ kind: 'person', name: '李四', idNumber: '210202198001251231' }] }));
  caseId = filed.json<{ id: string }>().id;
  assert.equal((await t.call(judge, 'POST', `/api/v1/cases/${caseId}/network-inquiries`)).statusCode, 201);
});
after(() => t.close());

const inbox = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/agency/v1/assist/inbox', headers });

describe('pull institutions: the signed inbox', () => {
  it('refuses calls it cannot authenticate, naming why', async () => {
    const good = signInboxCall('bank-pull', signer, t.clock.now());
    const cases: Array<[string, Record<string, string>]> = [
      ['HEADER_MISSING', { 'x-zx-institution': 'bank-pull' }],
      ['TIMESTAMP_OUT_OF_WINDOW', signInboxCall('bank-pull', signer, new Date(t.clock.now().getTime() - 6 * 60_000))],
      ['INSTITUTION_UNKNOWN', signInboxCall('no-such-bank', signer, t.clock.now())],
      ['KEY_NOT_VALID', { ...good, 'x-zx-key-id': 'other-key' }],
      ['SIGNATURE_INVALID', { ...good, 'x-zx-signature': signInboxCall('bank-pull', { ...signer, ...generateKeyPair('Ed25519') }, t.clock.now())['x-zx-signature']! }],
    ];
    for (const [code, headers] of cases) {
      const res = await inbox(headers);
      assert.equal(res.statusCode, 401, `${code}: ${res.body}`);
      const body = res.json<{ code: string; details: { code: string }; messageZh: string }>();
      assert.deepEqual([body.code, body.details.code], ['INSTITUTION_AUTH_INVALID', code]);
      assert.match(body.messageZh, /协助执行单位身份验证失败/);
    }
  });

  it('hands out the signed requests until they are answered; the reply is booked once', async () => {
    const first = await inbox(signInboxCall('bank-pull', signer, t.clock.now()));
    assert.equal(first.statusCode, 200, first.body);
    const requests = first.json<{ requests: unknown[] }>().requests;
    assert.equal(requests.length, 1);
    // What the institution receives is signed by the court's key.
    const platform = t.app.assistSigner;
    const checked = verifyEnvelope(requests[0], (party, keyId) => (keyId === platform.keyId ? { party, keyId, alg: platform.alg, publicKey: platform.publicKey, validFrom: '2020-01-01T00:00:00Z', validTo: null, revokedAt: null } : undefined), { now: t.clock.now() });
    assert.ok(checked.ok);
    // Fetched again before answering: the same request (the institution may have lost it).
    const again = (await inbox(signInboxCall('bank-pull', signer, t.clock.now()))).json<{ requests: Array<{ messageId: string }> }>().requests;
    assert.deepEqual(again.map((r) => r.messageId), [(requests[0] as { messageId: string }).messageId]);
    const state = await t.ctx.database.db.selectFrom('assist_requests').select('state').where('case_id', '=', caseId).executeTakeFirstOrThrow();
    assert.equal(state.state, 'sent');
    // The institution answers through the reply endpoint.
    const [delivery] = simulator.handle(requests[0]);
    const reply = await t.app.inject({ method: 'POST', url: '/api/agency/v1/assist/replies', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(delivery!.envelope) });
    assert.equal(reply.statusCode, 200, reply.body);
    assert.equal(reply.json<{ outcome: string }>().outcome, 'booked');
    const empty = (await inbox(signInboxCall('bank-pull', signer, t.clock.now()))).json<{ requests: unknown[] }>().requests;
    assert.deepEqual(empty, []);
    const props = (await t.call(await t.login('judge.zs'), 'GET', `/api/v1/cases/${caseId}/properties`)).json<{ properties: unknown[]; requests: Array<{ state: string }> }>();
    assert.deepEqual(props.requests.map((r) => r.state), ['answered']);
    assert.ok(props.properties.length > 0);
  });

  it('a bad limit is a 400', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/agency/v1/assist/inbox?limit=100000', headers: signInboxCall('bank-pull', signer, t.clock.now()) });
    assert.equal(res.statusCode, 400);
  });
});
