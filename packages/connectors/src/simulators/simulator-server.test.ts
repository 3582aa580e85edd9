import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { AssistEnvelope } from '@zhixing/contracts';
import { generateKeyPair, idempotencyKey, signEnvelope, type RegisteredKey, type Signer } from '../index.js';
import { InstitutionSimulator } from './institution-simulator.js';
import { startSimulatorServer, type SimulatorServer } from './simulator-server.js';

const courtPair = generateKeyPair('SM2-SM3');
const court: Signer = { keyId: 'c1', alg: 'SM2-SM3', privateKey: courtPair.privateKey, publicKey: courtPair.publicKey };
const courtKey: RegisteredKey = { party: 'court:210211', keyId: 'c1', alg: 'SM2-SM3', publicKey: courtPair.publicKey, validFrom: '2026-01-01T00:00:00Z', validTo: null, revokedAt: null };
const bankPair = generateKeyPair('Ed25519');

const servers: SimulatorServer[] = [];
after(() => Promise.all(servers.map((s) => s.close())));

async function start(sink: (e: AssistEnvelope) => Promise<void>) {
  const sim = new InstitutionSimulator({ category: 'bank', code: 'bank-http', signer: { keyId: 'b1', alg: 'Ed25519', privateKey: bankPair.privateKey, publicKey: bankPair.publicKey }, courtKeys: (p, k) => (p === courtKey.party && k === 'c1' ? courtKey : undefined), latencyMs: { min: 5, max: 20 } });
  const server = await startSimulatorServer(sim, sink);
  servers.push(server);
  return server;
}

const inquiry = (): AssistEnvelope =>
  signEnvelope(
    {
      protocol: 'zx-assist/1',
      messageId: randomUUID(),
      from: 'court:210211',
      to: 'institution:bank-http',
      issuedAt: new Date().toISOString(),
      idempotencyKey: idempotencyKey([randomUUID()]),
      body: {
        type: 'inquiry',
        court: { id: '210211', name: '大连市甘井子区人民法院' },
        caseNumber: '（2026）辽0211执1号',
        officer: { name: '张三', badgeNumber: '辽执0211-017' },
        documents: [{ kind: 'inquiryNotice', number: '（2026）辽0211执1号之一', issuedOn: '2026-11-29', sha256: 'c'.repeat(64) }],
        subject: { kind: 'person', name: '李四', idNumber: '210202198001011238' },
      },
    },
    court,
  );

const post = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('simulator push endpoint', () => {
  it('acknowledges a request at once and delivers the signed reply afterwards', async () => {
    const got: AssistEnvelope[] = [];
    const server = await start((e) => {
      got.push(e);
      return Promise.resolve();
    });
    const req = inquiry();
    const res = await post(`${server.url}/assist/v1/requests`, req);
    assert.equal(res.status, 202);
    await until(() => got.length === 1);
    assert.equal(got[0]!.inReplyTo, req.messageId);
    assert.equal(got[0]!.body.type, 'inquiryResult');
    assert.equal(server.pending(), 0);
  });

  it('retries a reply the platform did not take, with back-off, until it is taken', async () => {
    let calls = 0;
    const got: AssistEnvelope[] = [];
    const server = await start((e) => {
      calls += 1;
      if (calls < 3) return Promise.reject(new Error('platform restarting'));
      got.push(e);
      return Promise.resolve();
    });
    await post(`${server.url}/assist/v1/requests`, inquiry());
    await until(() => got.length === 1);
    assert.equal(calls, 3);
    assert.deepEqual(server.deliveries(), { accepted: 1, failed: 2 });
  });

  it('answers 503 when switched down, 400 for a body that is not JSON, and reports its faults', async () => {
    const server = await start(() => Promise.resolve());
    const set = await post(`${server.url}/admin/faults`, { faults: ['down', 'no-such-fault'] });
    assert.deepEqual(await set.json(), { faults: ['down'] });
    assert.equal((await post(`${server.url}/assist/v1/requests`, inquiry())).status, 503);
    await post(`${server.url}/admin/faults`, { faults: [] });
    assert.equal((await post(`${server.url}/assist/v1/requests`, '{not json')).status, 400);
    const health = (await (await fetch(`${server.url}/health`)).json()) as { party: string; faults: string[] };
    // Nothing was carried out: the request while down got 503, the other was not JSON.
    assert.deepEqual(health, { party: 'institution:bank-http', category: 'bank', faults: [], executed: 0, pending: 0, deliveries: { accepted: 0, failed: 0 } });
    assert.equal((await fetch(`${server.url}/nowhere`)).status, 404);
  });
});
