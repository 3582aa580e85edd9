/**
 * The single check's fast paths — its front on the connection (agency-check-front.ts) and its
 * listener on Node's HTTP server (agency-check-listener.ts) — over real loopback HTTP, against the
 * Fastify route they stand in for (reached with `app.inject`, which bypasses both): for every kind of
 * request an agency may send — a clean allow or deny, bad JSON, a field the schema refuses, a
 * scenario outside the agency's business, a prototype key, an unknown key, a missing scope, another
 * media type, a query string, a large or chunked body, a number with a wrong check character, a
 * connection the client closes, the rate limit passed — both answer the same status, media type and
 * body (the request id and the check time aside), and the front and the listener each took, handed
 * over or replayed the request as designed. A check answered on the connection is in the check log.
 * Each request has a connection of its own: the front hands a connection to Node for good.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { Agent, IncomingMessage, request as httpRequest } from 'node:http';
import { Socket } from 'node:net';
import { sql } from '@zhixing/services/testing';
import type { CheckListenerCounts } from './agency-check-listener.js';
import type { CheckFrontCounts } from './agency-check-front.js';
import { createTestApp, type TestApp } from './testing/test-app.js';

const LISTED = '210202199002021352';
const CLEAN = '210203197511117894';
const PATH = '/api/agency/v1/checks';

let t: TestApp;
let base = '';
let key = '';
let agencyId = '';
let feedOnlyKey = '';
let limitedKey = '';

interface Answer {
  status: number;
  type: string | undefined;
  retryAfter: string | undefined;
  body: Record<string, unknown>;
}

/** The answer without what differs from one request to the next. */
function comparable(a: Answer): Answer {
  const { requestId: _requestId, checkedAt: _checkedAt, ...rest } = a.body;
  return { ...a, body: rest };
}

/** Over loopback HTTP, through the server's listener; `chunked` sends the body without a length. */
function overHttp(path: string, headers: Record<string, string>, body: string, options: { method?: string; chunked?: boolean } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // (a connection of its own, kept alive as an agency's client keeps it)
    const agent = new Agent({ keepAlive: true });
    const req = httpRequest(`${base}${path}`, { agent, method: options.method ?? 'POST', headers: options.chunked ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => {
        agent.destroy();
        resolve({ status: res.statusCode!, type: res.headers['content-type'], retryAfter: res.headers['retry-after'], body: text ? (JSON.parse(text) as Record<string, unknown>) : {} });
      });
    });
    req.on('error', reject);
    if (options.chunked) req.write(body.slice(0, 10));
    req.end(options.chunked ? body.slice(10) : body);
  });
}

/** Through Fastify's route, as every other test reaches it. */
async function viaFastify(path: string, headers: Record<string, string>, body: string, method = 'POST'): Promise<Answer> {
  const r = await t.app.inject({ method: method as 'POST', url: path, headers, payload: body });
  const retryAfter = r.headers['retry-after'];
  return { status: r.statusCode, type: r.headers['content-type'], retryAfter: retryAfter === undefined ? undefined : String(retryAfter), body: r.body ? (r.json<Record<string, unknown>>()) : {} };
}

const jsonHeaders = (k: string | null, extra: Record<string, string> = {}) => ({ 'content-type': 'application/json', ...(k ? { authorization: `Bearer ${k}` } : {}), ...extra });
const check = (idNumber: string, scenario = 'flight', more: Record<string, unknown> = {}) => JSON.stringify({ subject: { kind: 'person', idNumber }, scenario, ...more });

const notCurrent = (a: Answer) => Array.isArray(a.body.reasons) && (a.body.reasons as string[]).includes('INDEX_NOT_CURRENT');

/**
 * Asks again (up to 50 times, 50 ms apart) while an answer says the index is catching up: on a
 * loaded machine a change-feed poll may be late, and an answer then says `review` /
 * INDEX_NOT_CURRENT by design.
 */
async function whileNotCurrent<T>(ask: () => Promise<T>, stale: (t: T) => boolean): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const answer = await ask();
    if (!stale(answer) || attempt === 50) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A check over HTTP, taken while the index is current. */
const currentCheck = (body: string): Promise<Answer> => whileNotCurrent(() => overHttp(PATH, jsonHeaders(key), body), notCurrent);

interface Counts {
  front: CheckFrontCounts;
  listener: CheckListenerCounts;
}
function countsNow(): Counts {
  return { front: { ...t.app.checkFront.counts }, listener: { ...t.app.checkListener.counts } };
}
/** How the front and the listener each dealt with one request (a path not named did nothing). */
type Way = { front: keyof CheckFrontCounts; listener?: keyof CheckListenerCounts };
function assertWay(before_: Counts, after_: Counts, way: Way): void {
  for (const k of ['answered', 'refused', 'handedOver'] as const) assert.equal(after_.front[k] - before_.front[k], k === way.front ? 1 : 0, `front ${k}: ${JSON.stringify(after_)}`);
  for (const k of ['answered', 'refused', 'handedOver', 'replayed'] as const) assert.equal(after_.listener[k] - before_.listener[k], k === way.listener ? 1 : 0, `listener ${k}: ${JSON.stringify(after_)}`);
}

before(async () => {
  t = await createTestApp('2026-03-02T09:00:00+08:00');
  const admin = await t.login('admin');
  const register = async (body: Record<string, unknown>) => {
    const res = await t.call(admin, 'POST', '/api/v1/agencies', { category: 'airline', scenarios: ['flight', 'highSpeedTrain'], ...body });
    assert.equal(res.statusCode, 201, res.body);
    return res.json<{ id: string; apiKey: string }>();
  };
  const main = await register({ name: '中国东方航空', scopes: ['check', 'feed'] });
  key = main.apiKey;
  agencyId = main.id;
  feedOnlyKey = (await register({ name: '只读变更', scopes: ['feed'] })).apiKey;
  limitedKey = (await register({ name: '限流航空', scopes: ['check'], rateLimitPerMinute: 2 })).apiKey;
  t.app.credit.index.add({ measureId: 900_001, subjectKind: 'person', subjectId: LISTED, name: '张三', kind: 'consumptionRestriction', role: 'debtor', caseNumber: { year: 2026, courtCode: '辽0202', caseType: 'first', sequence: 123 }, courtId: '210202', since: '2026-03-01', boundTo: null });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  // (the index answers `review` until its first change-feed poll has found it current)
  for (let tries = 0; (await overHttp(PATH, jsonHeaders(key), check(CLEAN))).body.decision === 'review'; tries += 1) {
    if (tries > 250) assert.fail('the index never became current');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
});
after(() => t.close());

describe('the check\'s fast paths answer as the Fastify route does', () => {
  const front = (f: keyof CheckFrontCounts): Way => ({ front: f });
  const node = (listener: keyof CheckListenerCounts): Way => ({ front: 'handedOver', listener });
  const table: Array<{ what: string; path?: string; headers?: () => Record<string, string>; body: string; chunked?: boolean; status: number; code?: string; way: Way }> = [
    { what: 'a person on no list: allow', body: check(CLEAN), status: 200, way: front('answered') },
    { what: 'a restricted person: deny with the measure', body: check(LISTED), status: 200, way: front('answered') },
    { what: 'a name given as a cross-check', body: check(LISTED, 'highSpeedTrain', { name: '李四' }), status: 200, way: front('answered') },
    { what: 'a charset in the media type', headers: () => jsonHeaders(key, { 'content-type': 'application/json; charset=utf-8' }), body: check(CLEAN), status: 200, way: front('answered') },
    { what: 'bad JSON', body: '{"subject": {"kind": "person",', status: 400, code: 'MALFORMED_BODY', way: node('replayed') },
    { what: 'a mistyped check character (found by the service)', body: check('210202199002021353'), status: 400, code: 'VALIDATION_FAILED', way: front('refused') },
    { what: 'a name the schema refuses', body: check(CLEAN, 'flight', { name: '' }), status: 400, code: 'VALIDATION_FAILED', way: node('replayed') },
    { what: 'an unknown scenario', body: check(CLEAN, 'spaceFlight'), status: 400, code: 'VALIDATION_FAILED', way: node('replayed') },
    { what: 'a scenario outside the agency\'s business', body: check(CLEAN, 'leaveCountry'), status: 403, code: 'SCENARIO_NOT_PERMITTED', way: node('replayed') },
    { what: 'a prototype key in the body', body: `{"subject":{"kind":"person","idNumber":"${CLEAN}"},"scenario":"flight","__proto__":{"x":1}}`, status: 400, code: 'MALFORMED_BODY', way: node('replayed') },
    { what: 'an English error, as the caller asks', headers: () => jsonHeaders(key, { 'accept-language': 'en-US' }), body: check('2102021990'), status: 400, code: 'VALIDATION_FAILED', way: front('refused') },
    { what: 'an English refusal of the schema', headers: () => jsonHeaders(key, { 'accept-language': 'en' }), body: check(CLEAN, 'spaceFlight'), status: 400, code: 'VALIDATION_FAILED', way: node('replayed') },
    { what: 'no key', headers: () => jsonHeaders(null), body: check(CLEAN), status: 401, code: 'AGENCY_KEY_INVALID', way: node('handedOver') },
    { what: 'an unknown key', headers: () => jsonHeaders('zxa_unknown'), body: check(CLEAN), status: 401, code: 'AGENCY_KEY_INVALID', way: node('handedOver') },
    { what: 'a key without the check scope', headers: () => jsonHeaders(feedOnlyKey), body: check(CLEAN), status: 403, code: 'AGENCY_SCOPE_MISSING', way: node('handedOver') },
    { what: 'text/plain (Fastify reads it as a string, not an object)', headers: () => jsonHeaders(key, { 'content-type': 'text/plain' }), body: check(CLEAN), status: 400, code: 'VALIDATION_FAILED', way: node('handedOver') },
    { what: 'another media type', headers: () => jsonHeaders(key, { 'content-type': 'application/xml' }), body: '<check/>', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', way: node('handedOver') },
    { what: 'a query string', path: `${PATH}?trace=1`, body: check(CLEAN), status: 200, way: node('handedOver') },
    { what: 'a body over 4 KiB', body: check(CLEAN, 'flight', { name: '张'.repeat(2000) }), status: 400, code: 'VALIDATION_FAILED', way: node('handedOver') },
    { what: 'a chunked body without a length', body: check(LISTED), chunked: true, status: 200, way: node('handedOver') },
    { what: 'a connection the client closes after the answer: the listener\'s', headers: () => jsonHeaders(key, { connection: 'close' }), body: check(LISTED), status: 200, way: node('answered') },
    { what: 'a mistyped check character on such a connection', headers: () => jsonHeaders(key, { connection: 'close' }), body: check('210202199002021353'), status: 400, code: 'VALIDATION_FAILED', way: node('refused') },
  ];
  for (const row of table) {
    it(`${row.what}: ${row.status}${row.code ? ` ${row.code}` : ''}, ${row.way.front}${row.way.listener ? ` → ${row.way.listener}` : ''}`, async () => {
      const headers = row.headers?.() ?? jsonHeaders(key);
      // Both answers are taken while the index is current (whileNotCurrent).
      const { before_, fast, counts, slow } = await whileNotCurrent(
        async () => {
          const before_ = countsNow();
          const fast = await overHttp(row.path ?? PATH, headers, row.body, { chunked: row.chunked ?? false });
          const counts = countsNow();
          return { before_, fast, counts, slow: await viaFastify(row.path ?? PATH, headers, row.body) };
        },
        (pair) => notCurrent(pair.fast) || notCurrent(pair.slow),
      );
      assertWay(before_, counts, row.way);
      assert.equal(fast.status, row.status, JSON.stringify(fast.body));
      if (row.code) assert.equal(fast.body.code, row.code);
      assert.ok(typeof fast.body.requestId === 'string' || fast.status === 200, 'an error names its request');
      assert.deepEqual(comparable(fast), comparable(slow));
    });
  }

  it('a deny names the measure, case and legal basis', async () => {
    const fast = await currentCheck(check(LISTED));
    assert.equal(fast.body.decision, 'deny');
    const measures = fast.body.measures as Array<{ measureId: number; caseNumber: string }>;
    assert.deepEqual(measures.map((m) => [m.measureId, m.caseNumber]), [[900_001, '（2026）辽0202执123号']]);
    assert.match(String(fast.body.legalBasis), /限制被执行人高消费/);
    assert.equal((fast.body.subject as { masked: string }).masked, '2102**********1352');
  });

  it('the rate limit is the route\'s: counted once per request, then 429 with Retry-After', async () => {
    const headers = jsonHeaders(limitedKey);
    assert.equal((await overHttp(PATH, headers, check(CLEAN))).status, 200);
    assert.equal((await overHttp(PATH, headers, check(CLEAN))).status, 200);
    const before_ = countsNow();
    const fast = await overHttp(PATH, headers, check(CLEAN));
    // (over the limit: left to the route uncounted by both fast paths, and counted there)
    assertWay(before_, countsNow(), node('replayed'));
    assert.equal(fast.status, 429);
    assert.equal(fast.body.code, 'RATE_LIMITED');
    assert.ok(Number(fast.retryAfter) >= 1 && Number(fast.retryAfter) <= 60, fast.retryAfter);
    const slow = await viaFastify(PATH, headers, check(CLEAN));
    assert.deepEqual({ ...comparable(fast), retryAfter: undefined }, { ...comparable(slow), retryAfter: undefined });
  });

  it('other methods and routes are Fastify\'s', async () => {
    const before_ = countsNow();
    const r = await overHttp(PATH, { authorization: `Bearer ${key}` }, '', { method: 'GET' });
    assert.equal(r.status, 404);
    assert.equal(r.body.code, 'NOT_FOUND');
    const health = await overHttp('/api/health', {}, '', { method: 'GET' });
    assert.equal(health.status, 200);
    const after_ = countsNow();
    assert.equal(after_.front.handedOver - before_.front.handedOver, 2);
    assert.equal(after_.listener.handedOver - before_.listener.handedOver, 2);
  });

  it('a check answered on the connection is in the check log, with its masked subject and decision', async () => {
    const before_ = countsNow().front.answered;
    const fast = await currentCheck(check(LISTED, 'highSpeedTrain'));
    assert.ok(countsNow().front.answered > before_);
    assert.equal(fast.body.decision, 'deny');
    await t.app.credit.log.flush();
    // (measure ids are bigint: PostgreSQL's driver gives them as strings, PGlite as numbers)
    const rows = await sql<{ subject_masked: string; decision: string; channel: string; measure_ids: Array<number | string>; request_id: string | null }>`
      select subject_masked, decision, channel, measure_ids, request_id from agency_check_log
      where agency_id = ${agencyId} and scenario = 'highSpeedTrain' and subject_id = ${LISTED} and channel = 'single'`.execute(t.ctx.database.db);
    assert.ok(rows.rows.some((r) => r.decision === 'deny' && r.subject_masked === '2102**********1352' && r.measure_ids.map(Number).includes(900_001) && typeof r.request_id === 'string' && r.request_id.length === 36), JSON.stringify(rows.rows));
  });
});

describe('an app that is closing', () => {
  /** A request the listener would take, built without a connection (it is never answered). */
  function cleanRequest(k: string): IncomingMessage {
    const req = new IncomingMessage(new Socket());
    req.method = 'POST';
    req.url = PATH;
    req.headers = { 'content-type': 'application/json', 'content-length': '80', authorization: `Bearer ${k}` };
    return req;
  }
  it('hands every request to Fastify (which answers 503 while it closes)', async () => {
    const other = await createTestApp('2026-03-02T09:00:00+08:00');
    try {
      const admin = await other.login('admin');
      const registered = await other.call(admin, 'POST', '/api/v1/agencies', { name: '关闭中', category: 'airline', scenarios: ['flight'], scopes: ['check'] });
      const otherKey = registered.json<{ apiKey: string }>().apiKey;
      const res = {} as never;
      assert.equal(other.app.checkListener.take(cleanRequest(otherKey), res), true, 'taken while open');
      await other.app.close();
      const before_ = { ...other.app.checkListener.counts };
      assert.equal(other.app.checkListener.take(cleanRequest(otherKey), res), false, 'handed over once closing');
      assert.equal(other.app.checkListener.counts.handedOver - before_.handedOver, 1);
    } finally {
      await other.close();
    }
  });
});
