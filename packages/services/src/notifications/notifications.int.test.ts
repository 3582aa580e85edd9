/**
 * Case-update subscriptions (issue 5): a party subscribes on the portal; each new public node of their
 * case — and nothing internal, nothing of another case — becomes one notification per subscription,
 * enqueued once however often the scan runs; the outbox sends by the channel's transport (the demo log,
 * a real webhook), retries with back-off and gives up in the end; the console sees it all, masked.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '@zhixing/contracts';
import { MAX_DELIVERY_ATTEMPTS } from '@zhixing/domain';
import { createTestContext, filingRequest, type TestContext } from '../testing/index.js';
import { fileCase } from '../cases/file-case.js';
import { actOnCase } from '../cases/act-on-case.js';
import { revealPartyId } from '../cases/reveal-party-id.js';
import { openPartySession } from '../portal/open-party-session.js';
import { authenticateParty } from '../portal/authenticate-party.js';
import type { PartyPrincipal } from '../portal/party-principal.js';
import { listMySubscriptions, subscribe } from './subscribe.js';
import { unsubscribe } from './unsubscribe.js';
import { enqueueNotifications } from './enqueue-notifications.js';
import { deliverNotifications } from './deliver-notifications.js';
import { caseNotifications } from './case-notifications.js';
import { logTransport, webhookTransport, type NotificationTransport, type NotificationTransports } from './transports.js';

let t: TestContext;
let hook: Server;
let hookHost = '';
const received: Array<{ id: string; zh: string; caseNumber: string; status: number }> = [];
/** The webhook answers 500 to the first call, then 200. */
let failuresLeft = 1;

before(async () => {
  t = await createTestContext('2026-11-30T10:00:00+08:00');
  hook = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const status = failuresLeft-- > 0 ? 500 : 200;
      const parsed = JSON.parse(body) as { id: string; zh: string; caseNumber: string };
      received.push({ ...parsed, status });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  hookHost = `127.0.0.1:${(hook.address() as AddressInfo).port}`;
});
after(async () => {
  await new Promise((resolve) => hook.close(resolve));
  await t.close();
});

async function refused(p: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => e instanceof AppError && e.code === code);
}

async function caseWithParty(): Promise<{ c: Awaited<ReturnType<typeof fileCase>>; party: PartyPrincipal }> {
  const c = await fileCase(t.ctx, await t.actor('clerk.zs'), filingRequest());
  const code = c.queryCodes.find((q) => q.partyRole === 'applicant')!.code;
  const session = await openPartySession(t.ctx, { caseNumber: c.caseNumber, idNumber: '11010519491231002X', queryCode: code }, { ip: '127.0.0.1' });
  return { c, party: (await authenticateParty(t.ctx, session.token))! };
}

describe('case-update subscriptions', () => {
  it('sends each new public node once per subscription, by log and by webhook, retrying a failure', async () => {
    const { c, party } = await caseWithParty();
    const other = await caseWithParty();
    const email = await subscribe(t.ctx, party, { channel: 'email', address: ' Zhang.Wei@Example.com ' });
    assert.equal(email.address, 'zhang.wei@example.com');
    assert.ok(email.unsubscribeToken);
    // The same address again is the same subscription.
    assert.equal((await subscribe(t.ctx, party, { channel: 'email', address: 'zhang.wei@example.com' })).id, email.id);
    await subscribe(t.ctx, party, { channel: 'webhook', address: `http://${hookHost}/zx` });
    await subscribe(t.ctx, other.party, { channel: 'sms', address: '13912345678' });
    await refused(subscribe(t.ctx, party, { channel: 'sms', address: '12345' }), 'VALIDATION_FAILED');
    assert.equal((await listMySubscriptions(t.ctx, party)).items.length, 2);

    // One public act, one internal read (never sent), on this case only.
    const judge = await t.actor('judge.zs');
    await actOnCase(t.ctx, await t.actor('chief.zs'), c.id, { action: { type: 'assignHandler', handlerId: judge.userId }, expectedVersion: c.version });
    await revealPartyId(t.ctx, judge, c.id, c.parties[0]!.id, '核对身份');
    assert.equal(await enqueueNotifications(t.ctx), 2);
    assert.equal(await enqueueNotifications(t.ctx), 0, 'a second scan enqueues nothing');

    const lines: string[] = [];
    const transports: NotificationTransports = { email: logTransport((l) => lines.push(l)), sms: logTransport((l) => lines.push(l)), webhook: webhookTransport({ allowHosts: [hookHost] }) };
    assert.equal(await deliverNotifications(t.ctx, transports), 2);
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /zhang\.wei@example\.com .*确定承办人/);
    assert.ok(lines[0]!.includes(c.caseNumber));
    // The webhook answered 500: it waits a minute, then goes.
    assert.equal(await deliverNotifications(t.ctx, transports), 0);
    t.clock.advanceMs(61_000);
    assert.equal(await deliverNotifications(t.ctx, transports), 1);
    assert.deepEqual(received.map((r) => r.status), [500, 200]);
    assert.equal(received[0]!.id, received[1]!.id, 'a retry carries the same id');
    assert.equal(received[1]!.caseNumber, c.caseNumber);
    assert.ok(!JSON.stringify(received).includes('11010519491231002X'));

    // The console sees who follows and what went, addresses masked; another court does not.
    const view = await caseNotifications(t.ctx, judge, c.id);
    assert.deepEqual(view.subscriptions.map((s) => s.address).sort(), [`http://${hookHost}/…`, 'z***@example.com']);
    assert.deepEqual(view.notifications.map((n) => [n.state, n.transport]).sort(), [['sent', 'log'], ['sent', 'webhook']]);
    assert.equal(view.notifications.find((n) => n.transport === 'webhook')?.attempts, 2);
    await refused(caseNotifications(t.ctx, await t.actor('judge.xg'), c.id), 'OUT_OF_COURT_SCOPE');
    // The other case had nothing public: its SMS subscriber got nothing.
    assert.equal((await caseNotifications(t.ctx, judge, other.c.id)).notifications.length, 0);

    // Unsubscribed by the message's token: the next act reaches only the webhook.
    await unsubscribe(t.ctx, { token: email.unsubscribeToken });
    await refused(unsubscribe(t.ctx, { token: email.unsubscribeToken }), 'NOT_FOUND');
    const v = (await caseNotifications(t.ctx, judge, c.id)).subscriptions.length;
    assert.equal(v, 2);
    await actOnCase(t.ctx, judge, c.id, { action: { type: 'serveNotice', servedOn: '2026-11-30' }, expectedVersion: c.version + 1 });
    assert.equal(await enqueueNotifications(t.ctx), 1);
    assert.equal(await deliverNotifications(t.ctx, transports), 1);
    assert.equal(lines.length, 1, 'nothing more by e-mail');
    assert.match(received[2]!.zh, /送达执行通知书/);
  });

  it('gives a failing delivery up after the last retry, and keeps five subscriptions at most', async () => {
    const { c, party } = await caseWithParty();
    await subscribe(t.ctx, party, { channel: 'sms', address: '13800000001' });
    const judge = await t.actor('judge.zs');
    await actOnCase(t.ctx, await t.actor('chief.zs'), c.id, { action: { type: 'assignHandler', handlerId: judge.userId }, expectedVersion: c.version });
    assert.equal(await enqueueNotifications(t.ctx), 1);
    const broken: NotificationTransport = { name: 'gateway', send: () => Promise.reject(new Error('SMS gateway unreachable')) };
    const transports: NotificationTransports = { email: broken, sms: broken, webhook: broken };
    for (let i = 0; i < MAX_DELIVERY_ATTEMPTS; i += 1) {
      assert.equal(await deliverNotifications(t.ctx, transports), 1, `attempt ${i + 1}`);
      t.clock.advanceMs(25 * 3600_000);
    }
    assert.equal(await deliverNotifications(t.ctx, transports), 0);
    const [n] = (await caseNotifications(t.ctx, judge, c.id)).notifications;
    assert.deepEqual([n?.state, n?.attempts, n?.lastError], ['failed', MAX_DELIVERY_ATTEMPTS, 'SMS gateway unreachable']);
    // A webhook to a host the operator did not allow never leaves.
    await assert.rejects(webhookTransport({ allowHosts: ['hooks.example'] }).send({ id: 'x', channel: 'webhook', address: 'http://10.0.0.1/admin', caseNumber: '', kind: '', textZh: '', textEn: '', occurredAt: '', unsubscribeToken: '' }), /not allowed/);

    for (let i = 2; i <= 5; i += 1) await subscribe(t.ctx, party, { channel: 'sms', address: `1380000000${i}` });
    await refused(subscribe(t.ctx, party, { channel: 'sms', address: '13800000009' }), 'SUBSCRIPTION_LIMIT');
    const mine = (await listMySubscriptions(t.ctx, party)).items;
    await unsubscribe(t.ctx, { party, id: mine[0]!.id });
    await subscribe(t.ctx, party, { channel: 'sms', address: '13800000009' });
  });
});
