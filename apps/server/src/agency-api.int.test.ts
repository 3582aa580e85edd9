/**
 * The agency check service over HTTP, as an airline or a bidding platform uses it: keys and
 * scopes, single checks with every kind of bad input, freshness after publication and removal
 * (deny / allow within 1 second), the change feed with its cursor, feedback, rate limits and
 * revocation; and the public list search (masked, no enumeration).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHmac } from 'node:crypto';
import { filingRequest } from '@zhixing/services/testing';
import { documentText } from '@zhixing/services/testing';
import { createTestApp, type Session, type TestApp } from './testing/test-app.js';

const PERSON = '210202199002021352';
const REP = '210203197511117894';

let t: TestApp;
let admin: Session;
let judge: Session;
let president: Session;
let key = '';
let agencyId = '';

before(async () => {
  t = await createTestApp('2026-03-02T09:00:00+08:00');
  admin = await t.login('admin');
  judge = await t.login('judge.zs');
  president = await t.login('president.zs');
  const res = await t.call(admin, 'POST', '/api/v1/agencies', { name: '中国东方航空', category: 'airline', scenarios: ['flight', 'highSpeedTrain', 'publicBidding'], scopes: ['check', 'feed', 'feedback', 'bulk'] });
  assert.equal(res.statusCode, 201, res.body);
  key = res.json<{ apiKey: string }>().apiKey;
  agencyId = res.json<{ id: string }>().id;
});
after(() => t.close());

const checkPerson = (id: string, scenario = 'flight', name?: string) => t.agencyCall(key, 'POST', '/api/agency/v1/checks', { subject: { kind: 'person', idNumber: id }, scenario, ...(name ? { name } : {}) });

/**
 * Polls until the check answers `decision` (bounded at 5 s). The promise of issue 3 — a
 * publication denies and a removal allows within 1 second — holds by construction: an index whose
 * last poll started more than 1 s ago answers `review` (credit-runtime.ts). So it is asserted as
 * such, not with a stopwatch a loaded machine could stop: no answer asked for more than 1 s after
 * the change may still be the `old` one; `review` while the index catches up is allowed.
 */
async function until(decision: string, id: string, scenario = 'flight', old?: string): Promise<void> {
  const changedAt = performance.now();
  for (;;) {
    const askedAt = performance.now();
    const r = await checkPerson(id, scenario);
    const got = r.json<{ decision: string }>().decision;
    if (got === decision) return;
    if (got === old && askedAt - changedAt > 1000) assert.fail(`still ${old} ${Math.round(askedAt - changedAt)} ms after the change: ${r.body}`);
    if (performance.now() - changedAt > 5000) assert.fail(`still ${r.body}`);
    await sleep(20);
  }
}

async function noticedCase(debtors: unknown[]) {
  const filed = await t.call(judge, 'POST', '/api/v1/cases', { ...filingRequest({}), debtors });
  assert.equal(filed.statusCode, 201, filed.body);
  let c = filed.json<{ id: string; version: number; parties: Array<{ id: string; partyRole: string }> }>();
  const me = (await t.call(judge, 'GET', '/api/v1/auth/me')).json<{ id: string }>();
  const chief = await t.login('chief.zs');
  c = (await t.call(chief, 'POST', `/api/v1/cases/${c.id}/actions`, { action: { type: 'assignHandler', handlerId: me.id }, expectedVersion: c.version })).json();
  const served = await t.call(judge, 'POST', `/api/v1/cases/${c.id}/actions`, { action: { type: 'serveNotice', servedOn: '2026-03-02' }, expectedVersion: c.version });
  assert.equal(served.statusCode, 200, served.body);
  c = served.json();
  return { caseId: c.id, debtorPartyId: c.parties.find((p) => p.partyRole === 'debtor')!.id };
}

async function restrictAndSign(caseId: string, debtorPartyId: string, boundPersons: unknown[] = []) {
  const proposed = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/credit-decisions`, { kind: 'consumptionRestriction', debtorPartyId, facts: '未按执行通知履行', boundPersons, onApplicantRequest: true });
  assert.equal(proposed.statusCode, 201, proposed.body);
  const d = proposed.json<{ id: string; version: number }>();
  const signed = await t.call(president, 'POST', `/api/v1/credit-decisions/${d.id}/review`, { approve: true, expectedVersion: d.version });
  assert.equal(signed.statusCode, 200, signed.body);
  return signed.json<{ id: string; version: number; status: string }>();
}

describe('agency keys and scopes', () => {
  it('refuses a missing, malformed or unknown key with 401', async () => {
    for (const k of [null, 'nonsense', 'zxa_unknownkey']) {
      const r = await t.agencyCall(k, 'POST', '/api/agency/v1/checks', { subject: { kind: 'person', idNumber: PERSON }, scenario: 'flight' });
      assert.equal(r.statusCode, 401, r.body);
      assert.equal(r.json<{ code: string }>().code, 'AGENCY_KEY_INVALID');
    }
  });
  it('refuses a route outside the key\'s scopes and a scenario outside the agency\'s business with 403', async () => {
    const other = await t.call(admin, 'POST', '/api/v1/agencies', { name: '仅核查', category: 'railway', scenarios: ['highSpeedTrain'], scopes: ['check'] });
    const feed = await t.agencyCall(other.json<{ apiKey: string }>().apiKey, 'GET', '/api/agency/v1/changes');
    assert.equal(feed.statusCode, 403);
    assert.equal(feed.json<{ code: string }>().code, 'AGENCY_SCOPE_MISSING');
    const exit = await checkPerson(PERSON, 'leaveCountry');
    assert.equal(exit.statusCode, 403);
    assert.equal(exit.json<{ code: string }>().code, 'SCENARIO_NOT_PERMITTED');
  });
  it('a staff session cookie is not an agency key', async () => {
    const r = await t.call(judge, 'POST', '/api/agency/v1/checks', { subject: { kind: 'person', idNumber: PERSON }, scenario: 'flight' });
    assert.equal(r.statusCode, 401);
  });
});

describe('bad input gets a 4xx naming the problem', () => {
  const cases: Array<[string, unknown, string]> = [
    ['a mistyped check character', { subject: { kind: 'person', idNumber: '210202199002021353' }, scenario: 'flight' }, 'subject'],
    ['a short ID number', { subject: { kind: 'person', idNumber: '2102021990' }, scenario: 'flight' }, 'subject'],
    ['letters in an ID number', { subject: { kind: 'person', idNumber: '21020219900202ABCD' }, scenario: 'flight' }, 'subject'],
    ['a bad credit code', { subject: { kind: 'organisation', creditCode: '91350100M000100Y44' }, scenario: 'publicBidding' }, 'subject'],
    ['an unknown scenario', { subject: { kind: 'person', idNumber: PERSON }, scenario: 'spaceFlight' }, 'scenario'],
    ['an unknown subject kind', { subject: { kind: 'alien', idNumber: PERSON }, scenario: 'flight' }, 'subject'],
    ['no subject', { scenario: 'flight' }, 'subject'],
  ];
  for (const [what, body, path] of cases) {
    it(what, async () => {
      const r = await t.agencyCall(key, 'POST', '/api/agency/v1/checks', body);
      assert.equal(r.statusCode, 400, r.body);
      const e = r.json<{ code: string; messageZh: string; messageEn: string; details: { issues: Array<{ path: string[] }> } }>();
      assert.equal(e.code, 'VALIDATION_FAILED');
      assert.ok(e.details.issues.some((i) => i.path[0] === path), r.body);
      assert.ok(e.messageZh.length > 0 && e.messageEn.length > 0);
    });
  }
  it('a body that is not JSON', async () => {
    const r = await t.agencyCall(key, 'POST', '/api/agency/v1/checks', '{"subject":');
    assert.equal(r.statusCode, 400);
    assert.equal(r.json<{ code: string }>().code, 'MALFORMED_BODY');
  });
  it('a bad cursor', async () => {
    for (const cursor of ['zzz', 'c-1', 'c99999999999999999999']) {
      const r = await t.agencyCall(key, 'GET', `/api/agency/v1/changes?cursor=${encodeURIComponent(cursor)}`);
      assert.equal(r.statusCode, 400, `${cursor}: ${r.body}`);
    }
  });
});

describe('publication and removal reach every check within a second', () => {
  let decision = { id: '', version: 0, status: '' };
  let caseId = '';
  it('a signed restriction denies the debtor and the bound legal representative, with the case and legal basis', async () => {
    assert.equal((await checkPerson(PERSON)).json<{ decision: string }>().decision, 'allow');
    const c = await noticedCase([{ kind: 'person', name: '孙七', idNumber: PERSON }]);
    caseId = c.caseId;
    decision = await restrictAndSign(c.caseId, c.debtorPartyId);
    assert.equal(decision.status, 'published');
    await until('deny', PERSON, 'flight', 'allow');
    const res = await checkPerson(PERSON, 'highSpeedTrain', '孙七');
    // The answer is written by the route's own serializer (serialize-check-result.ts): still JSON, exactly as long as sent.
    assert.match(String(res.headers['content-type']), /^application\/json; charset=utf-8/);
    assert.equal(Number(res.headers['content-length']), Buffer.byteLength(res.body));
    const r = res.json<{ decision: string; measures: Array<{ caseNumber: string; courtName: string; legalBasis: string; kind: string }>; subject: { masked: string } }>();
    assert.equal(r.decision, 'deny');
    assert.equal(r.measures[0]!.kind, 'consumptionRestriction');
    assert.match(r.measures[0]!.caseNumber, /^（2026）辽0202执\d+号$/);
    assert.equal(r.measures[0]!.courtName, '大连市中山区人民法院');
    assert.match(r.measures[0]!.legalBasis, /限制被执行人高消费/);
    assert.equal(r.subject.masked, '2102**********1352');
    // Only a listing bars public bidding.
    assert.equal((await checkPerson(PERSON, 'publicBidding')).json<{ decision: string }>().decision, 'allow');
  });

  it('the restriction order downloads as a .docx with its document number, masked ID and the nine restricted acts', async () => {
    const res = await t.call(judge, 'GET', `/api/v1/credit-decisions/${decision.id}/document`);
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
    assert.match(String(res.headers['content-type']), /wordprocessingml/);
    assert.match(String(res.headers['content-disposition']), /filename\*=UTF-8''%EF%BC%88/);
    const bytes = res.rawPayload;
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
    const xml = documentText(bytes);
    assert.ok(xml.includes('限制消费令'));
    assert.ok(xml.includes('2102**********1352'));
    assert.ok(!xml.includes(PERSON));
    assert.ok(xml.includes('乘坐G字头动车组列车全部座位'));
    const xg = await t.login('judge.xg');
    assert.equal((await t.call(xg, 'GET', `/api/v1/credit-decisions/${decision.id}/document`)).statusCode, 404);
  });

  it('an organisation\'s legal representative is found through the company\'s restriction', async () => {
    const c = await noticedCase([{ kind: 'organisation', name: '大连远洋渔业有限公司', creditCode: '91350100M000100Y43', legalRepresentative: '周八' }]);
    await restrictAndSign(c.caseId, c.debtorPartyId, [{ role: 'legalRepresentative', name: '周八', idNumber: REP }]);
    await until('deny', REP);
    const r = (await checkPerson(REP)).json<{ measures: Array<{ role: string; boundTo: string }> }>();
    assert.deepEqual([r.measures[0]!.role, r.measures[0]!.boundTo], ['legalRepresentative', '大连远洋渔业有限公司']);
  });

  it('the change feed carries the additions, in order, with a cursor', async () => {
    const first = await t.agencyCall(key, 'GET', '/api/agency/v1/changes?limit=1');
    assert.equal(first.statusCode, 200, first.body);
    const page1 = first.json<{ items: Array<{ seq: number; op: string; subjectId: string }>; nextCursor: string; hasMore: boolean }>();
    assert.equal(page1.items.length, 1);
    assert.equal(page1.hasMore, true);
    const rest = (await t.agencyCall(key, 'GET', `/api/agency/v1/changes?cursor=${page1.nextCursor}&limit=100`)).json<{ items: Array<{ seq: number; op: string; subjectId: string }> }>();
    const all = [...page1.items, ...rest.items];
    assert.ok(all.every((x, i) => i === 0 || x.seq > all[i - 1]!.seq));
    assert.ok(all.some((x) => x.op === 'add' && x.subjectId === PERSON));
    assert.ok(all.some((x) => x.op === 'add' && x.subjectId === REP));
  });

  it('lifting the restriction allows again within a second, and the feed carries the removal', async () => {
    const ended = await t.call(judge, 'POST', `/api/v1/credit-decisions/${decision.id}/end`, { ground: 'performedInFull', arisenOn: '2026-03-02', note: '已全部履行', expectedVersion: decision.version });
    assert.equal(ended.statusCode, 200, ended.body);
    await until('allow', PERSON, 'flight', 'deny');
    const feed = (await t.agencyCall(key, 'GET', '/api/agency/v1/changes?limit=1000')).json<{ items: Array<{ op: string; subjectId: string }> }>();
    assert.ok(feed.items.some((x) => x.op === 'remove' && x.subjectId === PERSON));
    const events = (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/events`)).json<{ items: Array<{ action: string }> }>();
    assert.ok(events.items.some((e) => e.action === 'endCreditDecision'));
  });
});

describe('feedback', () => {
  it('records an interception once per idempotency key and shows it to the court', async () => {
    const body = { idempotencyKey: 'mu5123-20260302-001', kind: 'intercepted', scenario: 'flight', subject: { kind: 'person', idNumber: REP }, occurredAt: '2026-03-02T08:15:00+08:00', note: 'MU5123 购票被拦截' };
    const first = await t.agencyCall(key, 'POST', '/api/agency/v1/feedback', body);
    assert.equal(first.statusCode, 201, first.body);
    const again = await t.agencyCall(key, 'POST', '/api/agency/v1/feedback', body);
    assert.equal(again.json<{ id: string; duplicate: boolean }>().id, first.json<{ id: string }>().id);
    assert.equal(again.json<{ duplicate: boolean }>().duplicate, true);
    const seen = (await t.call(judge, 'GET', `/api/v1/credit/feedback?agencyId=${agencyId}`)).json<{ items: Array<{ subjectMasked: string; caseNumber: string | null }>; byAgency: Array<{ intercepted: number }> }>();
    assert.equal(seen.items.length, 1);
    assert.equal(seen.items[0]!.subjectMasked, '2102**********7894');
    assert.ok(seen.items[0]!.caseNumber);
    assert.equal(seen.byAgency[0]!.intercepted, 1);
    // Another court's judge does not see it.
    const xg = await t.login('judge.xg');
    assert.equal((await t.call(xg, 'GET', '/api/v1/credit/feedback')).json<{ items: unknown[] }>().items.length, 0);
  });
});

describe('limits and revocation', () => {
  it('rate-limits an agency per minute with 429 and Retry-After', async () => {
    const res = await t.call(admin, 'POST', '/api/v1/agencies', { name: '限流测试', category: 'railway', scenarios: ['highSpeedTrain'], scopes: ['check'], rateLimitPerMinute: 2 });
    const slowKey = res.json<{ apiKey: string }>().apiKey;
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await t.agencyCall(slowKey, 'POST', '/api/agency/v1/checks', { subject: { kind: 'person', idNumber: PERSON }, scenario: 'highSpeedTrain' })).statusCode);
    assert.deepEqual(statuses, [200, 200, 429]);
  });
  it('a revoked key stops working', async () => {
    const res = await t.call(admin, 'POST', '/api/v1/agencies', { name: '撤销测试', category: 'bank', scenarios: ['financingCredit'], scopes: ['check'] });
    const { id, apiKey } = res.json<{ id: string; apiKey: string }>();
    const ok = await t.agencyCall(apiKey, 'POST', '/api/agency/v1/checks', { subject: { kind: 'person', idNumber: PERSON }, scenario: 'financingCredit' });
    assert.equal(ok.statusCode, 200);
    assert.equal((await t.call(admin, 'POST', `/api/v1/agencies/${id}/revoke`)).statusCode, 200);
    const refused = await t.agencyCall(apiKey, 'POST', '/api/agency/v1/checks', { subject: { kind: 'person', idNumber: PERSON }, scenario: 'financingCredit' });
    assert.equal(refused.statusCode, 401);
  });
});

describe('public list search', () => {
  it('needs a name and part of the ID number, and shows only masked numbers', async () => {
    const vague = await t.call(null, 'GET', '/api/public/v1/dishonest-list?name=张三');
    assert.equal(vague.statusCode, 400);
    const everything = await t.call(null, 'GET', '/api/public/v1/dishonest-list?name=%25&idFragment=1');
    assert.equal(everything.statusCode, 400);
    const none = await t.call(null, 'GET', '/api/public/v1/dishonest-list?name=孙七&idFragment=1352');
    assert.equal(none.statusCode, 200, none.body);
    assert.deepEqual(none.json<{ items: unknown[] }>().items, []);
  });

  it('finds a published listing, masked, and only with the right fragment', async () => {
    const c = await noticedCase([{ kind: 'person', name: '李四', idNumber: '210202198001011238' }]);
    await restrictAndSign(c.caseId, c.debtorPartyId);
    const proposed = await t.call(judge, 'POST', `/api/v1/cases/${c.caseId}/credit-decisions`, { kind: 'dishonestListing', debtorPartyId: c.debtorPartyId, ground: 'breachesPropertyReport', facts: '拒不报告财产', onApplicantRequest: true });
    assert.equal(proposed.statusCode, 201, proposed.body);
    const d = proposed.json<{ id: string; version: number }>();
    const signed = await t.call(president, 'POST', `/api/v1/credit-decisions/${d.id}/review`, { approve: true, expectedVersion: d.version });
    assert.equal(signed.json<{ status: string }>().status, 'published');
    const found = (await t.call(null, 'GET', `/api/public/v1/dishonest-list?name=${encodeURIComponent('李四')}&idFragment=1238`)).json<{ items: Array<{ idMasked: string; groundLabel: string; courtName: string }> }>();
    assert.equal(found.items.length, 1);
    assert.equal(found.items[0]!.idMasked, '2102**********1238');
    assert.equal(found.items[0]!.courtName, '大连市中山区人民法院');
    assert.ok(!JSON.stringify(found).includes('210202198001011238'));
    const wrong = (await t.call(null, 'GET', `/api/public/v1/dishonest-list?name=${encodeURIComponent('李四')}&idFragment=9999`)).json<{ items: unknown[] }>();
    assert.equal(wrong.items.length, 0);
    // The listed debtor is now barred from public bidding as well.
    await until('deny', '210202198001011238', 'publicBidding');
  });
});

describe('bulk comparison', () => {
  const upload = (body: string, type: string, scenario = 'flight') =>
    t.app.inject({ method: 'POST', url: `/api/agency/v1/bulk-checks?scenario=${scenario}`, headers: { authorization: `Bearer ${key}`, 'content-type': type }, payload: body });
  const lines = (body: string) => body.trim().split('\n').map((l) => JSON.parse(l) as { type: string; row?: number; decision?: string; code?: string; messageEn?: string; allow?: number; deny?: number; error?: number; rows?: number });

  it('answers every CSV row as a single check would, reports bad rows and processes the rest', async () => {
    const csv = ['kind,id,name', `person,${REP},周八`, `person,${PERSON},`, 'person,210202199002021353,', 'company,91350100M000100Y43,', '"organisation","91350100M000100Y43","大连远洋渔业有限公司"'].join('\r\n');
    const res = await upload(csv, 'text/csv');
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /application\/x-ndjson/);
    const out = lines(res.body);
    const byRow = new Map(out.filter((l) => l.row !== undefined).map((l) => [l.row, l]));
    assert.equal(byRow.get(1)!.decision, 'deny');
    assert.equal(byRow.get(2)!.decision, (await checkPerson(PERSON)).json<{ decision: string }>().decision);
    assert.equal(byRow.get(3)!.type, 'error');
    assert.match(byRow.get(3)!.messageEn!, /row 3/);
    assert.equal(byRow.get(4)!.type, 'error');
    assert.equal(byRow.get(5)!.decision, 'deny');
    const summary = out.at(-1)!;
    assert.equal(summary.type, 'summary');
    assert.equal(summary.rows, 5);
    assert.equal(summary.error, 2);
    // The job is logged as one row; the supervisors find the person in it.
    const jobs = await t.store.database.db.selectFrom('agency_bulk_jobs').select(['rows', 'denied', 'errors']).execute();
    assert.deepEqual(jobs.at(-1), { rows: 5, denied: 2, errors: 2 });
    const log = (await t.call(await t.login('president.zs'), 'GET', `/api/v1/credit/check-log?idNumber=${REP}`)).json<{ items: Array<{ channel: string; decision: string }> }>();
    assert.ok(log.items.some((i) => i.channel === 'bulk' && i.decision === 'deny'), JSON.stringify(log));
  });

  it('reads NDJSON, one request per line, with bad lines reported', async () => {
    const nd = [JSON.stringify({ subject: { kind: 'person', idNumber: REP } }), '{not json', JSON.stringify({ subject: { kind: 'person' } }), ''].join('\n');
    const out = lines((await upload(nd, 'application/x-ndjson')).body);
    assert.deepEqual(out.filter((l) => l.row !== undefined).map((l) => [l.row, l.type]), [[1, 'result'], [2, 'error'], [3, 'error']]);
  });

  it('refuses a file without the header, an empty file and more than 1,000,000 rows, with a code', async () => {
    const noHeader = await upload(`person,${REP}`, 'text/csv');
    assert.equal(noHeader.statusCode, 400, noHeader.body);
    assert.equal(noHeader.json<{ code: string }>().code, 'BULK_FILE_INVALID');
    const empty = await upload('', 'text/csv');
    assert.equal(empty.statusCode, 400, empty.body);
    const huge = await upload(`kind,id\n${'person,1\n'.repeat(1_000_001)}`, 'text/csv');
    assert.equal(huge.statusCode, 413, huge.body.slice(0, 300));
    assert.equal(huge.json<{ code: string }>().code, 'BULK_FILE_TOO_LARGE');
    const scenario = await upload(`kind,id\nperson,${REP}`, 'text/csv', 'leaveCountry');
    assert.equal(scenario.statusCode, 403);
  });

  it('an unknown key is refused before the upload is read', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/agency/v1/bulk-checks?scenario=flight', headers: { authorization: 'Bearer zxa_nobody', 'content-type': 'text/csv' }, payload: 'kind,id\n' });
    assert.equal(res.statusCode, 401);
  });
});

describe('privacy-preserving range check', () => {
  it('an agency finds a listed number from a 5-character prefix of its keyed hash, and the court sees only the prefix', async () => {
    const res = await t.call(admin, 'POST', '/api/v1/agencies', { name: '区间核查银行', category: 'bank', scenarios: ['financingCredit', 'flight'], scopes: ['range'] });
    const rangeKey = res.json<{ apiKey: string }>().apiKey;
    const keyInfo = (await t.agencyCall(rangeKey, 'GET', '/api/agency/v1/range-key')).json<{ key: string; algorithm: string }>();
    assert.equal(keyInfo.algorithm, 'HMAC-SHA256');
    const hash = createHmac('sha256', keyInfo.key).update(REP).digest('hex');
    // Under load the index may be a poll behind for a moment and says so (`current: false`);
    // the agency asks again, as it would, until the answer is current (bounded at 5 s).
    const start = performance.now();
    let answer = await t.agencyCall(rangeKey, 'GET', `/api/agency/v1/range/${hash.slice(0, 5)}`);
    while (answer.statusCode === 200 && !answer.json<{ current: boolean }>().current && performance.now() - start < 5000) {
      await sleep(20);
      answer = await t.agencyCall(rangeKey, 'GET', `/api/agency/v1/range/${hash.slice(0, 5)}`);
    }
    assert.equal(answer.statusCode, 200, answer.body);
    const body = answer.json<{ current: boolean; suffixes: Array<{ suffix: string; kinds: string[] }> }>();
    assert.equal(body.current, true);
    const mine = body.suffixes.find((s) => s.suffix === hash.slice(5, 16));
    assert.ok(mine, answer.body);
    assert.deepEqual(mine.kinds, ['consumptionRestriction']);
    // A number on no list: its suffix is not there.
    const clean = createHmac('sha256', keyInfo.key).update('110105194912310021').digest('hex');
    const other = (await t.agencyCall(rangeKey, 'GET', `/api/agency/v1/range/${clean.slice(0, 5)}`)).json<{ suffixes: Array<{ suffix: string }> }>();
    assert.ok(!other.suffixes.some((s) => s.suffix === clean.slice(5, 16)));
    assert.equal((await t.agencyCall(rangeKey, 'GET', '/api/agency/v1/range/ABCDEFG')).statusCode, 400);
    // The log holds the prefix, not a number.
    await t.app.credit.log.flush();
    const logged = await t.store.database.db.selectFrom('agency_check_log').select(['subject_id']).where('channel', '=', 'range').execute();
    assert.ok(logged.length >= 2 && logged.every((l) => l.subject_id.startsWith('range:')));
  });

  it('the court\'s supervisors can see who asked about a person; reading the log is itself audited', async () => {
    const chief = await t.login('chief.zs');
    const log = await t.call(chief, 'GET', `/api/v1/credit/check-log?idNumber=${REP}`);
    assert.equal(log.statusCode, 200, log.body);
    const items = log.json<{ items: Array<{ agencyName: string; subjectMasked: string; decision: string }> }>().items;
    assert.ok(items.length > 0 && items.every((i) => i.subjectMasked === '2102**********7894'));
    assert.ok(items.some((i) => i.agencyName === '中国东方航空' && i.decision === 'deny'));
    assert.ok(!log.body.includes(REP));
    const events = await t.store.database.db.selectFrom('case_events').select(['action', 'payload']).where('action', '=', 'queryCheckLog').execute();
    assert.ok(events.length >= 1);
    assert.ok(events.every((e) => !e.payload.includes(REP)));
  });

  /** Calendar arithmetic on YYYY-MM-DD (the server may not import the domain package). */
  const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

  it('a search of the log is bounded to a window of at most 92 days; outside it nothing is found', async () => {
    const chief = await t.login('chief.zs');
    const inWindow = (await t.call(chief, 'GET', `/api/v1/credit/check-log?idNumber=${REP}`)).json<{ from: string; to: string; items: unknown[] }>();
    assert.equal(addDays(inWindow.from, 29), inWindow.to);
    const before = addDays(inWindow.to, -200);
    const earlier = await t.call(chief, 'GET', `/api/v1/credit/check-log?idNumber=${REP}&from=${before}&to=${addDays(before, 10)}`);
    assert.equal(earlier.statusCode, 200, earlier.body);
    assert.deepEqual(earlier.json<{ items: unknown[] }>().items, []);
    const tooLong = await t.call(chief, 'GET', `/api/v1/credit/check-log?idNumber=${REP}&from=${before}&to=${inWindow.to}`);
    assert.equal(tooLong.statusCode, 400);
    assert.match(tooLong.json<{ messageEn: string }>().messageEn, /92 days/);
    const reversed = await t.call(chief, 'GET', `/api/v1/credit/check-log?from=${inWindow.to}&to=${before}`);
    assert.equal(reversed.statusCode, 400);
    assert.equal(reversed.json<{ details: { issues: Array<{ path: string[] }> } }>().details.issues[0]!.path[0], 'from');
  });
});
