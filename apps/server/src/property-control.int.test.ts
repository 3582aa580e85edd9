/**
 * Property controls over real HTTP (issue 4, ADR 0009/0010): after the network inquiry, the judge
 * previews and orders a freeze (the over-seizure guard decides how much), the ruling and notice are
 * issued and their hashes travel in the signed request, the bank freezes and answers, the control is
 * in force with its term; a flat on top is refused unless the judge records why; a deduction is
 * booked into the case account once (also when the reply is delivered again, and after a booking
 * that failed half-way); renewal, release, reminders, lapse and the waiting list.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { dispatchAssistRequests, scanControls } from '@zhixing/services';
import { accountBalance, courtKeyLookup, filingRequest, generateKeyPair, InstitutionSimulator, postTo, type SimulatorServer, sql, startSimulatorServer } from '@zhixing/services/testing';
import { createTestApp, type TestApp } from './testing/test-app.js';

let t: TestApp;
const sims: SimulatorServer[] = [];
const DEBTOR = { kind: 'person' as const, name: '李四', idNumber: '210202198001251231' };
const DEPOSIT = '62264516506454285';
const FLAT = '辽(2024)大连市不动产权第5630654号';

before(async () => {
  t = await createTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  const signer = t.app.assistSigner;
  const courtKeys = courtKeyLookup(signer);
  const admin = await t.login('admin');
  for (const [code, name, category] of [
    ['bank-http', '大连测试银行', 'bank'],
    ['re-http', '大连市不动产登记中心', 'realEstateRegistry'],
  ] as const) {
    const pair = generateKeyPair('Ed25519');
    const sim = new InstitutionSimulator({ category, code, signer: { keyId: 'k1', alg: pair.alg, privateKey: pair.privateKey, publicKey: pair.publicKey }, courtKeys, now: () => t.clock.now(), latencyMs: { min: 0, max: 5 } });
    const server = await startSimulatorServer(sim, postTo(`${base}/api/agency/v1/assist/replies`));
    sims.push(server);
    const res = await t.call(admin, 'POST', '/api/v1/institutions', { code, name, category, connection: 'push', endpoint: `${server.url}/assist/v1/requests`, slaSeconds: 600, key: { keyId: 'k1', alg: pair.alg, publicKey: pair.publicKey } });
    assert.equal(res.statusCode, 201, res.body);
  }
});
after(async () => {
  for (const s of sims) await s.close();
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

interface Control {
  id: string;
  state: string;
  act: string;
  amountFen: number | null;
  heldFen: number | null;
  deductedFen: number;
  expiresOn: string | null;
  renewBy: string | null;
  startsOn: string | null;
  pendingAct: string | null;
  queueAhead: number | null;
  propertyRef: string;
  override: { ground: string; note: string } | null;
}
interface Controls {
  outstandingFen: number;
  coveredFen: number;
  excess: Array<{ controlId: string; release: string; amountFen: number | null }>;
  controls: Control[];
  documents: Array<{ id: string; kind: string; number: string; sha256: string; controlId: string }>;
}

/** A case against the debtor, its inquiry answered by both institutions; returns the property ids by ref. */
async function caseWithProperty(principal = '150000.00'): Promise<{ caseId: string; property: Map<string, string> }> {
  const judge = await t.login('judge.zs', { fresh: true });
  const filed = await t.call(judge, 'POST', '/api/v1/cases', filingRequest({ debtors: [DEBTOR], principal }));
  assert.equal(filed.statusCode, 201, filed.body);
  const caseId = filed.json<{ id: string }>().id;
  assert.equal((await t.call(judge, 'POST', `/api/v1/cases/${caseId}/network-inquiries`)).statusCode, 201);
  await dispatchAssistRequests(t.ctx);
  const read = async () => (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/properties`)).json<{ properties: Array<{ id: string; ref: string }>; requests: Array<{ state: string }> }>();
  // (both answers booked: the deposit and the flat each on the case, not only their requests marked answered)
  const done = await until(read, (v) => v.requests.length === 2 && v.requests.every((r) => r.state === 'answered') && [DEPOSIT, FLAT].every((ref) => v.properties.some((p) => p.ref === ref)));
  return { caseId, property: new Map(done.properties.map((p) => [p.ref, p.id])) };
}

async function settle(caseId: string, controlId: string, ok: (c: Control) => boolean): Promise<Control> {
  await dispatchAssistRequests(t.ctx);
  const judge = await t.login('judge.zs', { fresh: true });
  const read = async () => (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/controls`)).json<Controls>().controls.find((c) => c.id === controlId)!;
  return until(read, ok);
}

const actions = async (caseId: string) => (await t.call(await t.login('judge.zs', { fresh: true }), 'GET', `/api/v1/cases/${caseId}/events`)).json<{ items: Array<{ action: string; summaryZh: string | null }> }>().items;

describe('property controls over HTTP', () => {
  let caseId: string;
  let property: Map<string, string>;
  let freezeId: string;
  let outstanding: number;

  it('preview: a deposit is frozen only for what is owed; asking more is refused with the amount allowed', async () => {
    ({ caseId, property } = await caseWithProperty());
    const judge = await t.login('judge.zs', { fresh: true });
    const preview = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/controls/preview`, { propertyId: property.get(DEPOSIT) });
    assert.equal(preview.statusCode, 200, preview.body);
    const p = preview.json<{ act: string; allowed: boolean; guard: { verdict: string; outstandingFen: number; proposedFen: number }; term: { months: number; startsOn: string; expiresOn: string } }>();
    outstanding = p.guard.outstandingFen;
    // 150,000 + 2,150 yuan claimed, plus the enforcement fee (诉讼费用交纳办法 art. 14): 50 + 1.5 % above 10,000.
    assert.equal(outstanding, 15_215_000 + 5_000 + Math.round((15_215_000 - 1_000_000) * 0.015));
    assert.deepEqual([p.act, p.allowed, p.guard.verdict, p.guard.proposedFen], ['freeze', true, 'within', outstanding]);
    assert.equal(p.term.months, 12);
    const tooMuch = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/controls/preview`, { propertyId: property.get(DEPOSIT), amountFen: outstanding + 1 });
    assert.deepEqual([tooMuch.json<{ allowed: boolean }>().allowed, tooMuch.json<{ guard: { verdict: string; allowedFen: number } }>().guard], [false, { ...tooMuch.json<{ guard: object }>().guard, verdict: 'reduce', allowedFen: outstanding }]);
    const refused = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/controls`, { propertyId: property.get(DEPOSIT), amountFen: outstanding + 1 });
    assert.equal(refused.statusCode, 422, refused.body);
    assert.equal(refused.json<{ details: { rule: string } }>().details.rule, 'CONTROL_REDUCE');
  });

  it('order: ruling and notice issued (hashes in the signed request), the bank freezes, the control is in force for a year', async () => {
    const officer = await t.login('officer.zs', { fresh: true });
    const ordered = await t.call(officer, 'POST', `/api/v1/cases/${caseId}/controls`, { propertyId: property.get(DEPOSIT) });
    assert.equal(ordered.statusCode, 201, ordered.body);
    const c = ordered.json<Control>();
    freezeId = c.id;
    assert.deepEqual([c.state, c.act, c.amountFen], ['requested', 'freeze', outstanding]);
    const list = (await t.call(officer, 'GET', `/api/v1/cases/${caseId}/controls`)).json<Controls>();
    const docs = list.documents.filter((d) => d.controlId === freezeId);
    assert.deepEqual(docs.map((d) => d.kind).sort(), ['assistanceNotice', 'controlRuling']);
    // The file served is the file whose hash the request carries.
    const request = await t.ctx.database.db.selectFrom('assist_requests').select('envelope').where('control_id', '=', freezeId).executeTakeFirstOrThrow();
    const sent = (JSON.parse(request.envelope) as { body: { documents: Array<{ kind: string; sha256: string }>; amountFen: number } }).body;
    assert.equal(sent.amountFen, outstanding);
    for (const d of docs) {
      const file = await t.call(officer, 'GET', `/api/v1/cases/${caseId}/documents/${d.id}`);
      assert.equal(file.statusCode, 200);
      assert.equal(file.rawPayload.subarray(0, 2).toString(), 'PK');
      const hash = createHash('sha256').update(file.rawPayload).digest('hex');
      assert.equal(hash, d.sha256);
      assert.ok(sent.documents.some((s) => s.sha256 === hash), `${d.kind} hash not in the request`);
    }
    const inForce = await settle(caseId, freezeId, (x) => x.state !== 'requested');
    assert.equal(inForce.state, 'inEffect');
    assert.equal(inForce.heldFen, outstanding);
    const today = t.clock.now().toISOString().slice(0, 10);
    assert.equal(inForce.startsOn, today);
    assert.equal(inForce.expiresOn, `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`);
    const events = await actions(caseId);
    assert.ok(events.some((e) => e.action === 'controlOrdered'));
    assert.ok(events.some((e) => e.action === 'controlInEffect'));
    // Another court's judge sees none of it.
    assert.equal((await t.call(await t.login('judge.xg'), 'GET', `/api/v1/cases/${caseId}/controls`)).statusCode, 404);
  });

  it('a flat on top of a covering freeze: refused; an officer cannot override; the judge can, with the reason recorded', async () => {
    const judge = await t.login('judge.zs', { fresh: true });
    const preview = (await t.call(judge, 'POST', `/api/v1/cases/${caseId}/controls/preview`, { propertyId: property.get(FLAT) })).json<{ act: string; allowed: boolean; guard: { verdict: string; reason: string; overrides: string[] } }>();
    assert.deepEqual([preview.act, preview.allowed, preview.guard.verdict, preview.guard.reason, preview.guard.overrides], ['seal', false, 'exceeds', 'alreadyCovered', ['indivisibleNoOtherProperty']]);
    const plain = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/controls`, { propertyId: property.get(FLAT) });
    assert.equal(plain.statusCode, 422);
    assert.equal(plain.json<{ details: { rule: string } }>().details.rule, 'CONTROL_OVER_SEIZURE');
    const override = { ground: 'indivisibleNoOtherProperty', note: '冻结账户余额可能被优先受偿，住房为唯一可供执行的不动产' };
    const byOfficer = await t.call(await t.login('officer.zs', { fresh: true }), 'POST', `/api/v1/cases/${caseId}/controls`, { propertyId: property.get(FLAT), override });
    assert.equal(byOfficer.statusCode, 403);
    const byJudge = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/controls`, { propertyId: property.get(FLAT), override });
    assert.equal(byJudge.statusCode, 201, byJudge.body);
    const seal = byJudge.json<Control>();
    assert.deepEqual(seal.override, override);
    const inForce = await settle(caseId, seal.id, (x) => x.state !== 'requested');
    assert.equal(inForce.state, 'inEffect');
    // Real estate: three years (民诉法解释 art. 485).
    assert.equal(Number(inForce.expiresOn!.slice(0, 4)) - Number(inForce.startsOn!.slice(0, 4)), 3);
    // Now the case holds more than it is owed: the seal (the larger) is listed for release.
    const list = (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/controls`)).json<Controls>();
    assert.deepEqual(list.excess, [{ controlId: seal.id, release: 'whole', amountFen: null }]);
    const ordered = (await actions(caseId)).find((e) => e.action === 'controlOrdered' && e.summaryZh?.includes('查封'));
    assert.match(ordered!.summaryZh!, /超标的控制，理由：冻结账户余额/);
    // Release it: the institution confirms; the case no longer holds it.
    const release = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/controls/${seal.id}/acts`, { act: 'release', reason: '超标的查封，依法解除' });
    assert.equal(release.statusCode, 202, release.body);
    assert.equal(release.json<Control>().pendingAct, 'release');
    const again = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/controls/${seal.id}/acts`, { act: 'release', reason: '再次' });
    assert.equal(again.json<{ details: { rule: string } }>().details.rule, 'CONTROL_ACT_PENDING');
    const released = await settle(caseId, seal.id, (x) => x.pendingAct === null);
    assert.equal(released.state, 'released');
    assert.deepEqual((await t.call(judge, 'GET', `/api/v1/cases/${caseId}/controls`)).json<Controls>().excess, []);
  });

  it('a deduction is booked into the case account once: delivered twice, or after a booking that failed half-way', async () => {
    const judge = await t.login('judge.zs', { fresh: true });
    const above = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/controls/${freezeId}/acts`, { act: 'deduct', amountFen: outstanding + 1 });
    assert.equal(above.statusCode, 422);
    assert.equal(above.json<{ details: { rule: string } }>().details.rule, 'CONTROL_DEDUCT_ABOVE_FROZEN');
    // The booking fails half-way the first time (the event cannot be written): nothing of it may stay.
    // A sequence counts the failed attempts: sequences are not rolled back with the transaction.
    await sql.raw('create sequence zx_test_attempts').execute(t.ctx.database.db);
    await sql
      .raw(`create or replace function zx_test_fail() returns trigger language plpgsql as $$ begin if new.action = 'controlDeducted' then perform nextval('zx_test_attempts'); raise exception 'disk full'; end if; return new; end $$`)
      .execute(t.ctx.database.db);
    await sql.raw(`create trigger zx_test_fail before insert on case_events for each row execute function zx_test_fail()`).execute(t.ctx.database.db);
    const ordered = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/controls/${freezeId}/acts`, { act: 'deduct', amountFen: 5_000_000 });
    assert.equal(ordered.statusCode, 202, ordered.body);
    await dispatchAssistRequests(t.ctx);
    const attempts = async () => (await sql<{ is_called: boolean }>`select is_called from zx_test_attempts`.execute(t.ctx.database.db)).rows[0]!.is_called;
    await until(attempts, (called) => called);
    assert.equal(await accountBalance(t.ctx.database.db, 'case', caseId), 0);
    const mid = (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/controls`)).json<Controls>().controls.find((c) => c.id === freezeId)!;
    assert.deepEqual([mid.pendingAct, mid.deductedFen], ['deduct', 0]);
    // The disk has room again; the bank delivers its confirmation again (it retries until accepted).
    await sql.raw('drop trigger zx_test_fail on case_events').execute(t.ctx.database.db);
    const booked = await until(
      async () => (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/controls`)).json<Controls>().controls.find((c) => c.id === freezeId)!,
      (c) => c.pendingAct === null,
      15_000,
    );
    assert.equal(booked.deductedFen, 5_000_000);
    assert.equal(await accountBalance(t.ctx.database.db, 'case', caseId), 5_000_000);
    // Delivered once more, by hand: a duplicate, nothing booked again.
    const reply = await t.ctx.database.db.selectFrom('assist_replies').select('envelope').where('outcome', '=', 'booked').where('request_id', '=', (await t.ctx.database.db.selectFrom('assist_requests').select('id').where('control_id', '=', freezeId).where('act', '=', 'deduct').executeTakeFirstOrThrow()).id).executeTakeFirstOrThrow();
    const dup = await t.app.inject({ method: 'POST', url: '/api/agency/v1/assist/replies', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(reply.envelope) });
    assert.equal(dup.statusCode, 200, dup.body);
    assert.equal(dup.json<{ outcome: string }>().outcome, 'duplicate');
    assert.equal(await accountBalance(t.ctx.database.db, 'case', caseId), 5_000_000);
    assert.equal(await accountBalance(t.ctx.database.db, 'bank', 'court:' + (await t.ctx.database.db.selectFrom('cases').select('court_id').where('id', '=', caseId).executeTakeFirstOrThrow()).court_id) >= 5_000_000, true);
    // What is owed fell by what was realised.
    const after = (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/controls`)).json<Controls>();
    assert.equal(after.outstandingFen, outstanding - 5_000_000);
    assert.ok((await actions(caseId)).some((e) => e.action === 'controlDeducted'));
    // Ledger entries are never changed.
    await assert.rejects(sql.raw(`update ledger_postings set amount_fen = 1`).execute(t.ctx.database.db), /never changed/);
  });

  it('reminders before the renewal date, renewal from the old expiry, and the lapse of a control not renewed', async () => {
    const judge = await t.login('judge.zs', { fresh: true });
    const before = (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/controls`)).json<Controls>().controls.find((c) => c.id === freezeId)!;
    // 40 days before the renewal date: nothing yet; 25 days before: reminded (30-day reminder).
    const renewBy = new Date(`${before.renewBy!}T12:00:00+08:00`).getTime();
    t.clock.advanceMs(renewBy - 40 * 86_400_000 - t.clock.now().getTime());
    assert.deepEqual(await scanControls(t.ctx), { reminded: 0, lapsed: 0 });
    t.clock.advanceMs(15 * 86_400_000);
    assert.deepEqual(await scanControls(t.ctx), { reminded: 1, lapsed: 0 });
    const chief = await t.login('chief.zs', { fresh: true });
    const board = async () => (await t.call(chief, 'GET', '/api/v1/supervision/warnings?kind=controlExpiring')).json<{ items: Array<{ caseId: string }> }>().items;
    assert.ok((await board()).some((w) => w.caseId === caseId));
    const calendar = (await t.call(chief, 'GET', '/api/v1/controls/expiring')).json<{ controls: Array<{ id: string; daysToRenew: number }> }>();
    assert.ok(calendar.controls.some((c) => c.id === freezeId && c.daysToRenew > 0 && c.daysToRenew <= 30), JSON.stringify(calendar));
    const fresh = await t.login('judge.zs', { fresh: true });
    const renew = await t.call(fresh, 'POST', `/api/v1/cases/${caseId}/controls/${freezeId}/acts`, { act: 'renew', termMonths: 6 });
    assert.equal(renew.statusCode, 202, renew.body);
    const renewed = await settle(caseId, freezeId, (c) => c.pendingAct === null);
    assert.equal(renewed.expiresOn! > before.expiresOn!, true);
    assert.equal(renewed.state, 'inEffect');
    assert.ok(!(await board()).some((w) => w.caseId === caseId), 'the reminder is settled by the renewal');
    // Past the renewed expiry with no further renewal: lapsed (查封规定 art. 27), recorded.
    t.clock.advanceMs(new Date(`${renewed.expiresOn!}T12:00:00+08:00`).getTime() + 86_400_000 - t.clock.now().getTime());
    assert.equal((await scanControls(t.ctx)).lapsed, 1);
    assert.deepEqual(await scanControls(t.ctx), { reminded: 0, lapsed: 0 });
    const lapsed = (await t.call(await t.login('judge.zs', { fresh: true }), 'GET', `/api/v1/cases/${caseId}/controls`)).json<Controls>().controls.find((c) => c.id === freezeId)!;
    assert.equal(lapsed.state, 'lapsed');
    assert.ok((await actions(caseId)).some((e) => e.action === 'controlLapsed'));
  });

  it('a second case waits behind the first on the same flat, and takes effect when the first is released', async () => {
    const first = await caseWithProperty('2000000.00');
    const second = await caseWithProperty('2000000.00');
    const judge = await t.login('judge.zs', { fresh: true });
    const sealFirst = await t.call(judge, 'POST', `/api/v1/cases/${first.caseId}/controls`, { propertyId: first.property.get(FLAT) });
    assert.equal(sealFirst.statusCode, 201, sealFirst.body);
    const a = await settle(first.caseId, sealFirst.json<Control>().id, (c) => c.state !== 'requested');
    assert.equal(a.state, 'inEffect');
    const sealSecond = await t.call(judge, 'POST', `/api/v1/cases/${second.caseId}/controls`, { propertyId: second.property.get(FLAT) });
    assert.equal(sealSecond.statusCode, 201, sealSecond.body);
    const b = await settle(second.caseId, sealSecond.json<Control>().id, (c) => c.state !== 'requested');
    assert.deepEqual([b.state, b.queueAhead], ['waiting', 1]);
    await t.call(judge, 'POST', `/api/v1/cases/${first.caseId}/controls/${a.id}/acts`, { act: 'release', reason: '申请执行人撤回申请' });
    await settle(first.caseId, a.id, (c) => c.state === 'released');
    const promoted = (await t.call(judge, 'GET', `/api/v1/cases/${second.caseId}/controls`)).json<Controls>().controls.find((c) => c.id === b.id)!;
    assert.equal(promoted.state, 'inEffect');
    assert.ok(promoted.expiresOn);
    assert.ok((await actions(second.caseId)).some((e) => e.action === 'controlInEffect' && e.summaryZh?.includes('轮候')));
  });

  it('bad input: unknown property 404, amount on a flat 422, malformed body 400, a clerk may not order', async () => {
    const judge = await t.login('judge.zs', { fresh: true });
    const { caseId: id, property: props } = { caseId, property };
    const unknown = await t.call(judge, 'POST', `/api/v1/cases/${id}/controls`, { propertyId: '00000000-0000-4000-8000-000000000000' });
    assert.equal(unknown.statusCode, 404);
    const amountOnFlat = await t.call(judge, 'POST', `/api/v1/cases/${id}/controls/preview`, { propertyId: props.get(FLAT), amountFen: 100 });
    assert.ok(amountOnFlat.json<{ problems: Array<{ code: string }> }>().problems.some((p) => p.code === 'CONTROL_AMOUNT_NOT_DIVISIBLE'));
    for (const body of [{ propertyId: 'x' }, { propertyId: props.get(DEPOSIT), amountFen: 1.5 }, { propertyId: props.get(DEPOSIT), termMonths: 99 }, { propertyId: props.get(DEPOSIT), extra: 1 }]) {
      const res = await t.call(judge, 'POST', `/api/v1/cases/${id}/controls`, body);
      assert.equal(res.statusCode, 400, JSON.stringify(body));
      assert.equal(res.json<{ code: string }>().code, 'VALIDATION_FAILED');
    }
    const badAct = await t.call(judge, 'POST', `/api/v1/cases/${id}/controls/${freezeId}/acts`, { act: 'explode' });
    assert.equal(badAct.statusCode, 400);
    const clerk = await t.call(await t.login('clerk.zs'), 'POST', `/api/v1/cases/${id}/controls`, { propertyId: props.get(DEPOSIT) });
    assert.equal(clerk.statusCode, 403);
  });
});
