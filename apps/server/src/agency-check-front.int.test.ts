/**
 * The single check's front on the connection (agency-check-front.ts), byte by byte over a raw
 * socket: requests in a row on one connection are answered in order, also when split across reads,
 * and the first one it does not answer — another route, a request dripped over many reads, HTTP/1.0,
 * a request Node refuses — takes
 * the connection, with everything after it, to Node's HTTP server, which answers it as it would
 * have. Its answers carry Node's headers; an idle connection closes after the keep-alive timeout,
 * and a closing app does not wait for the connections the front holds.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import type { CheckFrontCounts } from './agency-check-front.js';
import { createTestApp, type TestApp } from './testing/test-app.js';

const LISTED = '210202199002021352';
const CLEAN = '210203197511117894';

let t: TestApp;
let port = 0;
let key = '';

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A raw connection and the answers read off it, parsed by their Content-Length. */
function open(p = port): { socket: Socket; answers: (n: number) => Promise<RawAnswer[]>; closed: Promise<void> } {
  const socket = connect(p, '127.0.0.1');
  let bytes = Buffer.alloc(0);
  const parsed: RawAnswer[] = [];
  const waiting: Array<() => void> = [];
  socket.on('data', (chunk: Buffer) => {
    bytes = Buffer.concat([bytes, chunk]);
    for (;;) {
      const headEnd = bytes.indexOf('\r\n\r\n');
      if (headEnd < 0) break;
      const [statusLine, ...lines] = bytes.toString('latin1', 0, headEnd).split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      const length = Number(headers['content-length'] ?? 0);
      if (bytes.length < headEnd + 4 + length) break;
      parsed.push({ status: Number(statusLine!.split(' ')[1]), headers, body: bytes.toString('utf8', headEnd + 4, headEnd + 4 + length) });
      bytes = bytes.subarray(headEnd + 4 + length);
    }
    for (const w of waiting.splice(0)) w();
  });
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('error', () => undefined);
  const answers = async (n: number): Promise<RawAnswer[]> => {
    const deadline = Date.now() + 5000;
    while (parsed.length < n) {
      if (Date.now() > deadline) throw new Error(`${parsed.length} of ${n} answers: ${bytes.toString('latin1')}`);
      await Promise.race([new Promise<void>((resolve) => waiting.push(resolve)), delay(100)]);
    }
    return parsed.slice(0, n);
  };
  return { socket, answers, closed };
}

const body = (idNumber: string) => JSON.stringify({ subject: { kind: 'person', idNumber }, scenario: 'flight' });
/** A check as an agency's HTTP client sends it; `extra` adds header lines, `version` changes the protocol. */
function checkRequest(idNumber: string, options: { extra?: string[]; version?: string; k?: string } = {}): string {
  const b = body(idNumber);
  return [`POST /api/agency/v1/checks ${options.version ?? 'HTTP/1.1'}`, 'Host: 127.0.0.1', 'Content-Type: application/json', `Authorization: Bearer ${options.k ?? key}`, `Content-Length: ${Buffer.byteLength(b)}`, ...(options.extra ?? []), '', b].join('\r\n');
}
const decision = (a: RawAnswer) => (JSON.parse(a.body) as { decision: string }).decision;
const counts = (): CheckFrontCounts => ({ ...t.app.checkFront.counts });
const delta = (before_: CheckFrontCounts) => {
  const now = counts();
  return { answered: now.answered - before_.answered, refused: now.refused - before_.refused, handedOver: now.handedOver - before_.handedOver };
};

before(async () => {
  t = await createTestApp('2026-03-02T09:00:00+08:00');
  const admin = await t.login('admin');
  const res = await t.call(admin, 'POST', '/api/v1/agencies', { name: '中国东方航空', category: 'airline', scenarios: ['flight'], scopes: ['check'] });
  assert.equal(res.statusCode, 201, res.body);
  key = res.json<{ apiKey: string }>().apiKey;
  t.app.credit.index.add({ measureId: 900_001, subjectKind: 'person', subjectId: LISTED, name: '张三', kind: 'consumptionRestriction', role: 'debtor', caseNumber: { year: 2026, courtCode: '辽0202', caseType: 'first', sequence: 123 }, courtId: '210202', since: '2026-03-01', boundTo: null });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as AddressInfo).port;
  // (the index answers `review` until its first change-feed poll has found it current)
  for (let tries = 0; ; tries += 1) {
    const c = open();
    c.socket.write(checkRequest(LISTED));
    const [a] = await c.answers(1);
    c.socket.destroy();
    if (decision(a!) === 'deny') break;
    if (tries > 250) assert.fail('the index never became current');
    await delay(20);
  }
});
after(() => t.close());

describe('the check front on the connection', () => {
  it('answers checks sent in a row in one write, in order, then hands the connection to Node at another route', async () => {
    const before_ = counts();
    const c = open();
    c.socket.write(checkRequest(LISTED) + checkRequest(CLEAN) + 'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n' + checkRequest(LISTED));
    const [first, second, health, fourth] = await c.answers(4);
    assert.deepEqual([first!.status, decision(first!), second!.status, decision(second!)], [200, 'deny', 200, 'allow']);
    assert.equal(health!.status, 200);
    assert.equal((JSON.parse(health!.body) as { status: string }).status, 'ok');
    // The check after the other route is Node's: its listener answers it, the same way.
    assert.equal(decision(fourth!), 'deny');
    assert.deepEqual(delta(before_), { answered: 2, refused: 0, handedOver: 1 });
    c.socket.destroy();
  });

  it('keeps one connection for check after check', async () => {
    const before_ = counts();
    const c = open();
    for (let i = 1; i <= 5; i += 1) {
      c.socket.write(checkRequest(i % 2 ? LISTED : CLEAN));
      const answers = await c.answers(i);
      assert.equal(decision(answers[i - 1]!), i % 2 ? 'deny' : 'allow');
    }
    assert.deepEqual(delta(before_), { answered: 5, refused: 0, handedOver: 0 });
    c.socket.destroy();
  });

  it('answers hundreds of checks sent in a row before any is read, all of them, in order', async () => {
    const before_ = counts();
    const c = open();
    c.socket.pause();
    const ids = Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? LISTED : CLEAN));
    c.socket.write(ids.map((id) => checkRequest(id)).join(''));
    // (the client reads nothing for a while: the server stops reading until its answers drain)
    await delay(200);
    c.socket.resume();
    const answers = await c.answers(ids.length);
    assert.deepEqual(answers.map(decision), ids.map((id) => (id === LISTED ? 'deny' : 'allow')));
    assert.deepEqual(delta(before_), { answered: ids.length, refused: 0, handedOver: 0 });
    c.socket.destroy();
  });

  it('answers with the headers Node gives the same answer', async () => {
    const c = open();
    c.socket.write(checkRequest(LISTED));
    const [fast] = await c.answers(1);
    // HTTP/1.0 is Node's: its listener answers the same check.
    const d = open();
    d.socket.write(checkRequest(LISTED, { version: 'HTTP/1.0', extra: ['Connection: keep-alive'] }));
    const [slow] = await d.answers(1);
    assert.deepEqual(Object.keys(fast!.headers).sort(), Object.keys(slow!.headers).sort());
    for (const name of ['content-type', 'connection', 'keep-alive']) assert.equal(fast!.headers[name], slow!.headers[name], name);
    assert.match(fast!.headers.date!, /^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    assert.equal(Number(fast!.headers['content-length']), Buffer.byteLength(fast!.body));
    const { requestId: _a, checkedAt: _b, ...fastBody } = JSON.parse(fast!.body) as Record<string, unknown>;
    const { requestId: _c, checkedAt: _d, ...slowBody } = JSON.parse(slow!.body) as Record<string, unknown>;
    assert.deepEqual(fastBody, slowBody);
    c.socket.destroy();
    d.socket.destroy();
  });

  it('answers a check split across reads', async () => {
    const before_ = counts();
    const c = open();
    const request = checkRequest(LISTED);
    for (const [from, to] of [[0, 10], [10, 60], [60, request.length - 5], [request.length - 5, request.length]] as const) {
      c.socket.write(request.slice(from, to));
      await delay(30);
    }
    const [a] = await c.answers(1);
    assert.equal(decision(a!), 'deny');
    assert.deepEqual(delta(before_), { answered: 1, refused: 0, handedOver: 0 });
    c.socket.destroy();
  });

  it('hands a check dripped over many reads to Node, which answers it whole', async () => {
    const before_ = counts();
    const c = open();
    const request = checkRequest(LISTED);
    for (let i = 0; i < request.length; i += 40) {
      c.socket.write(request.slice(i, i + 40));
      await delay(30);
    }
    const [a] = await c.answers(1);
    assert.equal(decision(a!), 'deny');
    assert.deepEqual(delta(before_), { answered: 0, refused: 0, handedOver: 1 });
    c.socket.destroy();
  });

  const refusedByNode: Array<{ what: string; request: string }> = [
    { what: 'two Content-Lengths', request: checkRequest(CLEAN, { extra: ['Content-Length: 5'] }) },
    { what: 'a Transfer-Encoding beside the length', request: checkRequest(CLEAN, { extra: ['Transfer-Encoding: chunked'] }) },
    { what: 'no Host', request: checkRequest(CLEAN).replace('Host: 127.0.0.1\r\n', '') },
    { what: 'a folded header line', request: checkRequest(CLEAN, { extra: ['X-Note: a', ' b'] }) },
  ];
  for (const row of refusedByNode) {
    it(`leaves ${row.what} to Node, which refuses it`, async () => {
      const before_ = counts();
      const c = open();
      c.socket.write(row.request);
      const [a] = await c.answers(1);
      assert.equal(a!.status, 400, a!.body);
      assert.deepEqual(delta(before_), { answered: 0, refused: 0, handedOver: 1 });
      c.socket.destroy();
    });
  }

  it('a fault of its own costs the connection, not the server', async () => {
    const agencies = t.app.credit.agencies;
    const byKeyHash = agencies.byKeyHash.bind(agencies);
    agencies.byKeyHash = () => {
      throw new Error('injected fault');
    };
    try {
      const c = open();
      c.socket.write(checkRequest(CLEAN));
      await c.closed;
    } finally {
      agencies.byKeyHash = byKeyHash;
    }
    const d = open();
    d.socket.write(checkRequest(LISTED));
    assert.equal(decision((await d.answers(1))[0]!), 'deny');
    d.socket.destroy();
  });

  it('closes a connection left idle for the keep-alive timeout', async () => {
    const kept = t.app.server.keepAliveTimeout;
    t.app.server.keepAliveTimeout = 300;
    try {
      const c = open();
      c.socket.write(checkRequest(CLEAN));
      assert.equal((await c.answers(1))[0]!.status, 200);
      const closedIn = await Promise.race([c.closed.then(() => 'closed'), delay(3000).then(() => 'open')]);
      assert.equal(closedIn, 'closed');
    } finally {
      t.app.server.keepAliveTimeout = kept;
    }
  });
});

describe('an app closing with connections the front holds', () => {
  it('closes them once their answers are sent, without waiting for the keep-alive timeout', async () => {
    const other = await createTestApp('2026-03-02T09:00:00+08:00');
    const admin = await other.login('admin');
    const registered = await other.call(admin, 'POST', '/api/v1/agencies', { name: '关闭中', category: 'airline', scenarios: ['flight'], scopes: ['check'] });
    const otherKey = registered.json<{ apiKey: string }>().apiKey;
    await other.app.listen({ host: '127.0.0.1', port: 0 });
    const c = open((other.app.server.address() as AddressInfo).port);
    c.socket.write(checkRequest(CLEAN, { k: otherKey }));
    assert.equal((await c.answers(1))[0]!.status, 200);
    assert.equal(other.app.checkFront.counts.answered, 1);
    const started = Date.now();
    await other.close();
    await c.closed;
    assert.ok(Date.now() - started < 10_000, `closed in ${Date.now() - started} ms`);
  });
});
