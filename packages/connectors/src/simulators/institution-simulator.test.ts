import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { AssistEnvelope, AssistSubject, ControlRequest, ControlResult, InquiryResult } from '@zhixing/contracts';
import { INSTITUTION_CATEGORIES, type InstitutionCategory } from '@zhixing/domain';
import { generateKeyPair, idempotencyKey, signEnvelope, verifyEnvelope, type RegisteredKey, type Signer } from '../index.js';
import { InstitutionSimulator, SimulatorDownError } from './institution-simulator.js';
import { syntheticHoldings } from './synthetic-holdings.js';

const NOW = new Date('2026-11-29T02:00:00Z');
const courtPair = generateKeyPair('Ed25519');
const court: Signer = { keyId: 'court-1', alg: 'Ed25519', privateKey: courtPair.privateKey, publicKey: courtPair.publicKey };
const courtKey: RegisteredKey = { party: 'court:210211', keyId: 'court-1', alg: 'Ed25519', publicKey: courtPair.publicKey, validFrom: '2026-01-01T00:00:00Z', validTo: null, revokedAt: null };

function institution(category: InstitutionCategory, code = `t-${category}`, now = NOW) {
  const pair = generateKeyPair('SM2-SM3');
  const signer: Signer = { keyId: `${code}-k1`, alg: 'SM2-SM3', privateKey: pair.privateKey, publicKey: pair.publicKey };
  const key: RegisteredKey = { party: `institution:${code}`, keyId: signer.keyId, alg: 'SM2-SM3', publicKey: pair.publicKey, validFrom: '2026-01-01T00:00:00Z', validTo: null, revokedAt: null };
  const sim = new InstitutionSimulator({ category, code, signer, courtKeys: (p, k) => (p === courtKey.party && k === courtKey.keyId ? courtKey : undefined), now: () => now, latencyMs: { min: 10, max: 50 } });
  return { sim, key, code, now };
}

const person = (n: number): AssistSubject => ({ kind: 'person', name: `被执行人${n}`, idNumber: `21020219800101${String(1000 + n).slice(-4)}` });

const common = (subject: AssistSubject) => ({
  court: { id: '210211', name: '大连市甘井子区人民法院' },
  caseNumber: '（2026）辽0211执1234号',
  officer: { name: '张三', badgeNumber: '辽执0211-017' },
  documents: [{ kind: 'assistanceNotice' as const, number: '（2026）辽0211执1234号之二', issuedOn: '2026-11-29', sha256: 'b'.repeat(64) }],
  subject,
});

function request(to: string, body: AssistEnvelope['body'], key: string = randomUUID(), now = NOW): AssistEnvelope {
  return signEnvelope({ protocol: 'zx-assist/1', messageId: randomUUID(), from: 'court:210211', to, issuedAt: now.toISOString(), idempotencyKey: idempotencyKey([key]), body }, court);
}

function ask(t: ReturnType<typeof institution>, body: AssistEnvelope['body'], key?: string) {
  const req = request(`institution:${t.code}`, body, key, t.now);
  const out = t.sim.handle(req);
  assert.equal(out.length, 1);
  const reply = out[0]!.envelope;
  const v = verifyEnvelope(reply, (p, k) => (p === t.key.party && k === t.key.keyId ? t.key : undefined), { now: t.now, expectedTo: 'court:210211' });
  assert.ok(v.ok, JSON.stringify(v));
  assert.equal(reply.inReplyTo, req.messageId);
  return reply.body;
}

const control = (subject: AssistSubject, fields: Omit<ControlRequest, 'type' | 'court' | 'caseNumber' | 'officer' | 'documents' | 'subject'>): ControlRequest => ({ type: 'control', ...common(subject), ...fields });

/** A subject whose holdings at this institution satisfy `want`. */
function subjectWith(t: ReturnType<typeof institution>, want: (h: InquiryResult['holdings']) => boolean): AssistSubject {
  for (let n = 0; n < 2000; n++) {
    const s = person(n);
    if (want(syntheticHoldings(t.sim.category, t.code, s))) return s;
  }
  throw new Error('no such subject among 2,000');
}

describe('InstitutionSimulator', () => {
  it('answers an inquiry with its deterministic holdings, signed, in reply to the request', () => {
    const bank = institution('bank');
    const s = subjectWith(bank, (h) => h.length > 0);
    const body = ask(bank, { type: 'inquiry', ...common(s) }) as InquiryResult;
    assert.equal(body.type, 'inquiryResult');
    assert.deepEqual(body.holdings, syntheticHoldings('bank', bank.code, s));
    for (const h of body.holdings) assert.ok((INSTITUTION_CATEGORIES.bank.reports as readonly string[]).includes(h.kind));
  });

  it('does an act once however often it is asked (idempotency key)', () => {
    const bank = institution('bank');
    const s = subjectWith(bank, (h) => h.some((x) => (x.balanceFen ?? 0) > 100));
    const account = syntheticHoldings('bank', bank.code, s).find((x) => (x.balanceFen ?? 0) > 100)!;
    const freeze = control(s, { act: 'freeze', property: { kind: account.kind, ref: account.ref }, amountFen: 100, termMonths: 12 });
    const first = ask(bank, freeze, 'same-act') as ControlResult;
    const again = ask(bank, freeze, 'same-act') as ControlResult;
    assert.deepEqual(again, first);
    assert.equal(bank.sim.executed, 1);
    assert.equal(bank.sim.controls().length, 1);
  });

  it('dates its acts in China time: at 01:00 CST the freeze takes effect that day, not on the UTC date', () => {
    const bank = institution('bank', 't-bank-night', new Date('2026-11-29T17:00:00Z'));
    const s = subjectWith(bank, (h) => h.some((x) => x.kind === 'bankDeposit' && (x.balanceFen ?? 0) > 1000));
    const account = syntheticHoldings('bank', bank.code, s).find((x) => x.kind === 'bankDeposit' && (x.balanceFen ?? 0) > 1000)!;
    const frozen = ask(bank, control(s, { act: 'freeze', property: { kind: account.kind, ref: account.ref }, amountFen: 100, termMonths: 12 })) as ControlResult;
    assert.deepEqual([frozen.effectiveOn, frozen.expiresOn], ['2026-11-30', '2027-11-30']);
  });

  it('freezes up to the balance, deducts within the freeze, refuses a larger deduction, releases and renews', () => {
    const bank = institution('bank');
    const s = subjectWith(bank, (h) => h.some((x) => x.kind === 'bankDeposit' && (x.balanceFen ?? 0) > 1000));
    const account = syntheticHoldings('bank', bank.code, s).find((x) => x.kind === 'bankDeposit' && (x.balanceFen ?? 0) > 1000)!;
    const balance = account.balanceFen!;
    const property = { kind: account.kind, ref: account.ref };
    const partial = ask(bank, control(s, { act: 'freeze', property, amountFen: balance + 500, termMonths: 12 })) as ControlResult;
    assert.deepEqual([partial.outcome, partial.amountFen, partial.expiresOn], ['partial', balance, '2027-11-29']);
    const nothingLeft = ask(bank, control(s, { act: 'freeze', property, amountFen: 1 })) as ControlResult;
    assert.equal(nothingLeft.outcome, 'refused');
    const tooMuch = ask(bank, control(s, { act: 'deduct', property, controlRef: partial.controlRef!, amountFen: balance + 1 }));
    assert.deepEqual([tooMuch.type, tooMuch.type === 'rejection' && tooMuch.code], ['rejection', 'AMOUNT_MISMATCH']);
    const deducted = ask(bank, control(s, { act: 'deduct', property, controlRef: partial.controlRef!, amountFen: 1000 })) as ControlResult;
    assert.deepEqual([deducted.outcome, deducted.amountFen], ['done', 1000]);
    // The inquiry now shows the lower balance and our control on it.
    const seen = (ask(bank, { type: 'inquiry', ...common(s) }) as InquiryResult).holdings.find((x) => x.ref === account.ref)!;
    assert.equal(seen.balanceFen, balance - 1000);
    assert.ok(seen.encumbrances.some((x) => x.kind === 'courtControl' && x.amountFen === balance - 1000));
    const renewed = ask(bank, control(s, { act: 'renew', property, controlRef: partial.controlRef!, termMonths: 12 })) as ControlResult;
    assert.equal(renewed.expiresOn, '2028-11-29');
    const released = ask(bank, control(s, { act: 'release', property, controlRef: partial.controlRef! })) as ControlResult;
    assert.equal(released.outcome, 'done');
    const twice = ask(bank, control(s, { act: 'release', property, controlRef: partial.controlRef! }));
    assert.equal(twice.type === 'rejection' && twice.code, 'UNKNOWN_REQUEST');
  });

  it('a seal on property another court holds waits its turn (查封规定 art. 26); an act the category cannot do is refused', () => {
    const registry = institution('realEstateRegistry');
    const s = subjectWith(registry, (h) => h.some((x) => x.encumbrances.some((e) => e.kind === 'courtControl')));
    const flat = syntheticHoldings('realEstateRegistry', registry.code, s).find((x) => x.encumbrances.some((e) => e.kind === 'courtControl'))!;
    const ahead = flat.encumbrances.filter((e) => e.kind === 'courtControl').length;
    const sealed = ask(registry, control(s, { act: 'seal', property: { kind: flat.kind, ref: flat.ref }, termMonths: 36 })) as ControlResult;
    assert.deepEqual([sealed.outcome, sealed.queueAhead], ['waiting', ahead]);
    const deduct = ask(registry, control(s, { act: 'deduct', property: { kind: flat.kind, ref: flat.ref } }));
    assert.equal(deduct.type === 'rejection' && deduct.code, 'NOT_SUPPORTED');
    const unknown = ask(registry, control(s, { act: 'seal', property: { kind: flat.kind, ref: 'no-such-certificate' } })) as ControlResult;
    assert.equal(unknown.outcome, 'refused');
  });

  it('a request it cannot trust gets a signed rejection; one without a sender is dropped', () => {
    const bank = institution('bank');
    const req = request(`institution:${bank.code}`, { type: 'inquiry', ...common(person(1)) });
    const forged = { ...req, body: { ...req.body, caseNumber: '（2026）辽0211执9999号' } };
    const out = bank.sim.handle(forged);
    assert.equal(out.length, 1);
    const body = out[0]!.envelope.body;
    assert.equal(body.type === 'rejection' && body.code, 'SIGNATURE_INVALID');
    assert.equal(bank.sim.executed, 0);
    assert.deepEqual(bank.sim.handle({ hello: 'world' }), []);
    const otherCourt = signEnvelope({ ...req, from: 'court:210202' }, court);
    const rejected = bank.sim.handle(otherCourt)[0]!.envelope.body;
    assert.equal(rejected.type === 'rejection' && rejected.code, 'KEY_UNKNOWN');
  });

  it('fault switches: down, error (not remembered), duplicate, tampered, slow and reordered', () => {
    const bank = institution('bank');
    const inquiry = { type: 'inquiry' as const, ...common(person(2)) };
    bank.sim.setFaults(['down']);
    assert.throws(() => bank.sim.handle(request(`institution:${bank.code}`, inquiry)), SimulatorDownError);
    bank.sim.setFaults(['error']);
    const failing = bank.sim.handle(request(`institution:${bank.code}`, inquiry, 'k-error'))[0]!.envelope.body;
    assert.equal(failing.type, 'rejection');
    bank.sim.setFaults([]);
    // The retry after the fault is carried out, not answered from the failure.
    assert.equal(bank.sim.handle(request(`institution:${bank.code}`, inquiry, 'k-error'))[0]!.envelope.body.type, 'inquiryResult');
    bank.sim.setFaults(['duplicate']);
    const dup = bank.sim.handle(request(`institution:${bank.code}`, inquiry));
    assert.equal(dup.length, 2);
    assert.deepEqual(dup[0]!.envelope, dup[1]!.envelope);
    bank.sim.setFaults(['tamper']);
    const bad = bank.sim.handle(request(`institution:${bank.code}`, inquiry))[0]!.envelope;
    const v = verifyEnvelope(bad, () => bank.key, { now: NOW });
    assert.equal(!v.ok && v.error.code, 'ASSIST_SIGNATURE_INVALID');
    bank.sim.setFaults(['slow']);
    assert.ok(bank.sim.handle(request(`institution:${bank.code}`, inquiry))[0]!.delayMs >= 1000);
    bank.sim.setFaults([]);
    const normal = Array.from({ length: 40 }, () => bank.sim.handle(request(`institution:${bank.code}`, inquiry))[0]!.delayMs);
    assert.ok(normal.every((d) => d >= 10 && d <= 50), String(normal));
    bank.sim.setFaults(['reorder']);
    const shuffled = Array.from({ length: 40 }, () => bank.sim.handle(request(`institution:${bank.code}`, inquiry))[0]!.delayMs);
    assert.ok(shuffled.some((d) => d > 50) && shuffled.some((d) => d <= 50), String(shuffled));
    assert.deepEqual(bank.sim.faults, ['reorder']);
  });
});
