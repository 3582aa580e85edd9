/**
 * A case's network inquiry end to end against reference simulators (ADR 0009): signed requests
 * queued with the case event, each simulator's signed answer booked once as property records;
 * duplicates, forgeries, strangers' replies and second answers rejected and kept, never booked.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { AssistEnvelope } from '@zhixing/contracts';
import { InstitutionSimulator, courtKeyLookup, generateKeyPair, signEnvelope, syntheticHoldings, type Signer } from '@zhixing/connectors';
import { listCaseAssistRequests, listCaseProperties } from '@zhixing/db';
import type { InstitutionCategory } from '@zhixing/domain';
import { createTestContext, filingRequest, type TestContext } from '../testing/index.js';
import { fileCase } from '../cases/file-case.js';
import { listCaseEvents } from '../cases/list-case-events.js';
import { registerInstitution } from '../institutions/register-institution.js';
import type { Actor } from '../context.js';
import { receiveAssistReply } from './receive-assist-reply.js';
import { startInquiry } from './start-inquiry.js';

let t: TestContext;
let judge: Actor;
const courtPair = generateKeyPair('SM2-SM3');
const court: Signer = { keyId: 'platform-2026a', alg: 'SM2-SM3', privateKey: courtPair.privateKey, publicKey: courtPair.publicKey };
const courtKeys = courtKeyLookup({ keyId: court.keyId, alg: 'SM2-SM3', publicKey: court.publicKey }, '2026-01-01T00:00:00Z');

const simulators = new Map<string, InstitutionSimulator>();
/** Each institution's signing key, to forge nothing but sign real, unwanted replies with. */
const signers = new Map<string, Signer>();

async function institution(category: InstitutionCategory, code: string, connection: 'push' | 'pull' | 'manual' = 'pull') {
  const pair = generateKeyPair(simulators.size % 2 === 0 ? 'Ed25519' : 'SM2-SM3');
  const admin = await t.actor('admin');
  await registerInstitution(t.ctx, admin, { code, name: `测试${code}`, category, connection, ...(connection === 'push' ? { endpoint: `http://127.0.0.1:9/${code}` } : {}), slaSeconds: 600, key: { keyId: `${code}-k1`, alg: pair.alg, publicKey: pair.publicKey } });
  const signer: Signer = { keyId: `${code}-k1`, alg: pair.alg, privateKey: pair.privateKey, publicKey: pair.publicKey };
  signers.set(code, signer);
  const sim = new InstitutionSimulator({ category, code, signer, courtKeys, now: () => t.clock.now() });
  simulators.set(code, sim);
  return sim;
}

const PERSON = { kind: 'person' as const, name: '李四', idNumber: '210202198001011238' };

before(async () => {
  t = await createTestContext('2026-11-29T10:00:00+08:00');
  judge = await t.actor('judge.zs');
  await institution('bank', 'bank-a');
  await institution('realEstateRegistry', 'reg-a', 'push');
  await institution('tax', 'tax-a');
  // Not networked (传统查控): asked too, on its assistance desk (assist-desk.int.test.ts), never sent over the network.
  const admin = await t.actor('admin');
  await registerInstitution(t.ctx, admin, { code: 'manual-a', name: '某县不动产登记中心', category: 'realEstateRegistry', connection: 'manual', slaSeconds: 86_400 });
});
after(() => t.close());

/** Delivers each queued request of a case to its simulator; returns every reply it sends back. */
async function deliver(caseId: string): Promise<AssistEnvelope[]> {
  const replies: AssistEnvelope[] = [];
  for (const r of await listCaseAssistRequests(t.store.database.db, caseId)) {
    if (r.state !== 'queued') continue;
    const envelope = r.envelope as AssistEnvelope;
    const sim = simulators.get(envelope.to.slice('institution:'.length));
    // The desk institution answers by form (assist-desk.int.test.ts), not through a simulator.
    if (!sim) continue;
    for (const d of sim.handle(JSON.parse(JSON.stringify(envelope)))) replies.push(d.envelope);
  }
  return replies;
}

describe('network inquiry', () => {
  it('asks every institution about every debtor, once a day, with the case event', async () => {
    const c = await fileCase(t.ctx, judge, filingRequest({ debtors: [{ kind: 'organisation', name: '大连海星贸易有限公司', creditCode: '91350100M000100Y43', legalRepresentative: '赵强' }, { kind: 'person', name: PERSON.name, idNumber: PERSON.idNumber }] }));
    const started = await startInquiry(t.ctx, judge, c.id, court);
    assert.deepEqual(started, { requested: 8, alreadyRequested: 0, institutions: 4, debtors: 2 });
    const again = await startInquiry(t.ctx, judge, c.id, court);
    assert.deepEqual(again, { requested: 0, alreadyRequested: 8, institutions: 4, debtors: 2 });
    const events = (await listCaseEvents(t.ctx, judge, c.id)).items.filter((e) => e.action === 'networkInquiryStarted');
    assert.equal(events.length, 1);

    const replies = await deliver(c.id);
    assert.equal(replies.length, 6);
    const outcomes = [];
    for (const r of replies) outcomes.push(await receiveAssistReply(t.ctx, JSON.parse(JSON.stringify(r))));
    assert.ok(outcomes.every((o) => o.outcome === 'booked'), JSON.stringify(outcomes));
    // Booked = exactly what the institutions hold for these debtors.
    const expected = new Set<string>();
    for (const [code, sim] of simulators) {
      for (const s of [{ kind: 'organisation' as const, name: '大连海星贸易有限公司', creditCode: '91350100M000100Y43' }, PERSON]) for (const h of syntheticHoldings(sim.category, code, s)) expected.add(`${code}|${h.ref}`);
    }
    const props = await listCaseProperties(t.store.database.db, c.id);
    assert.equal(props.length, expected.size);
    assert.ok(props.every((p) => typeof p.encumbrances === 'object'));
    const requests = await listCaseAssistRequests(t.store.database.db, c.id);
    // The networked ones answered; the desk's two wait for its staff.
    assert.deepEqual(requests.map((r) => r.state).sort(), ['answered', 'answered', 'answered', 'answered', 'answered', 'answered', 'queued', 'queued']);
    const answered = (await listCaseEvents(t.ctx, judge, c.id)).items.filter((e) => e.action === 'networkInquiryAnswered');
    assert.equal(answered.length, 6);

    // The same reply delivered again: nothing booked twice.
    const dup = await receiveAssistReply(t.ctx, JSON.parse(JSON.stringify(replies[0])));
    assert.equal(dup.outcome, 'duplicate');
    assert.equal((await listCaseProperties(t.store.database.db, c.id)).length, expected.size);

    // A forged reply (changed after signing), a second different answer, a stranger's answer, an unknown request.
    const bankReply = replies.find((r) => r.from === 'institution:bank-a')!;
    const forged = { ...bankReply, messageId: randomUUID(), body: { type: 'inquiryResult', holdings: [] } };
    assert.deepEqual(pick(await receiveAssistReply(t.ctx, forged)), ['rejected', 'ASSIST_SIGNATURE_INVALID']);
    const resign = (code: string, e: Omit<AssistEnvelope, 'signature'>) => signEnvelope(e, signers.get(code)!);
    const second = resign('bank-a', { ...bankReply, messageId: randomUUID(), body: { type: 'inquiryResult', holdings: [] } });
    assert.deepEqual(pick(await receiveAssistReply(t.ctx, second)), ['rejected', 'ALREADY_ANSWERED']);
    const stranger = resign('tax-a', { ...bankReply, messageId: randomUUID(), from: 'institution:tax-a', body: { type: 'inquiryResult', holdings: [] } });
    assert.deepEqual(pick(await receiveAssistReply(t.ctx, stranger)), ['rejected', 'WRONG_INSTITUTION']);
    const unknown = resign('bank-a', { ...bankReply, messageId: randomUUID(), inReplyTo: randomUUID() });
    assert.deepEqual(pick(await receiveAssistReply(t.ctx, unknown)), ['rejected', 'UNKNOWN_REQUEST']);
    assert.deepEqual(pick(await receiveAssistReply(t.ctx, { from: 'institution:nobody', messageId: 'x' })), ['rejected', 'ASSIST_KEY_UNKNOWN']);
    // Every rejected reply is kept with its reason; the booked ones are the six.
    const kept = await t.store.database.db.selectFrom('assist_replies').select(['outcome', 'reason_code']).execute();
    assert.equal(kept.filter((r) => r.outcome === 'booked').length, 6);
    assert.deepEqual(kept.filter((r) => r.outcome === 'rejected').map((r) => r.reason_code).sort(), ['ALREADY_ANSWERED', 'ASSIST_KEY_UNKNOWN', 'ASSIST_SIGNATURE_INVALID', 'UNKNOWN_REQUEST', 'WRONG_INSTITUTION']);
    assert.equal((await listCaseProperties(t.store.database.db, c.id)).length, expected.size);
  });

  it('the same reply delivered several times at once is booked once; the copies are duplicates, not refusals', async () => {
    const c = await fileCase(t.ctx, judge, filingRequest({ debtors: [{ kind: 'person', name: PERSON.name, idNumber: PERSON.idNumber }] }));
    await startInquiry(t.ctx, judge, c.id, court);
    const reply = (await deliver(c.id)).find((r) => r.from === 'institution:bank-a')!;
    // On PostgreSQL the copies may race on separate connections: one that waits for the first's
    // lock on the request must then find the reply booked (seen in the fan-out benchmark's duplicate fault).
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => receiveAssistReply(t.ctx, JSON.parse(JSON.stringify(reply)))));
    assert.deepEqual(outcomes.map((o) => o.outcome).sort(), ['booked', ...Array<string>(7).fill('duplicate')]);
    const kept = await t.store.database.db.selectFrom('assist_replies').select(['outcome']).where('request_id', '=', reply.inReplyTo!).execute();
    assert.deepEqual(kept.map((r) => r.outcome), ['booked']);
  });

  it('an institution\'s refusal closes its request as failed, with the case event; the rest is booked', async () => {
    const c = await fileCase(t.ctx, judge, filingRequest({ debtors: [{ kind: 'person', name: '王五', idNumber: '11010519491231002X' }] }));
    simulators.get('tax-a')!.setFaults(['error']);
    await startInquiry(t.ctx, judge, c.id, court);
    for (const r of await deliver(c.id)) await receiveAssistReply(t.ctx, r);
    simulators.get('tax-a')!.setFaults([]);
    const states = (await listCaseAssistRequests(t.store.database.db, c.id)).map((r) => [(r.envelope as AssistEnvelope).to, r.state]).sort();
    assert.deepEqual(states, [
      ['institution:bank-a', 'answered'],
      ['institution:manual-a', 'queued'],
      ['institution:reg-a', 'answered'],
      ['institution:tax-a', 'failed'],
    ]);
    const refused = (await listCaseEvents(t.ctx, judge, c.id)).items.filter((e) => e.action === 'networkInquiryRefused');
    assert.equal(refused.length, 1);
  });

  it('only the case\'s court may start its inquiry, and only its handlers', async () => {
    const c = await fileCase(t.ctx, judge, filingRequest({}));
    await assert.rejects(startInquiry(t.ctx, await t.actor('judge.xg'), c.id, court), { code: 'OUT_OF_COURT_SCOPE' });
    await assert.rejects(startInquiry(t.ctx, await t.actor('clerk.zs'), c.id, court), { code: 'FORBIDDEN' });
    await assert.rejects(startInquiry(t.ctx, judge, randomUUID(), court), { code: 'OUT_OF_COURT_SCOPE' });
  });
});

function pick(o: Awaited<ReturnType<typeof receiveAssistReply>>): [string, string | undefined] {
  return [o.outcome, o.outcome === 'rejected' ? o.code : undefined];
}
