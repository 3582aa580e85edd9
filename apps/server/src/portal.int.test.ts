/**
 * The public portal's party routes over HTTP (issue 5): the filing answer carries each party's query
 * code once; a party logs in with case number + own ID number + code and reads their own case with
 * the bearer token; bad input is a bilingual 400, wrong codes 401 and then 423, and nothing of the
 * token's case leaks to another.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { filingRequest } from '@zhixing/services/testing';
import { createTestApp, type TestApp } from './testing/test-app.js';

let t: TestApp;
let caseNumber = '';
let codes: Array<{ partyId: string; partyRole: string; code: string }> = [];
const APPLICANT_ID = '11010519491231002X';
const DEBTOR_CODE = '91350100M000100Y43';

before(async () => {
  t = await createTestApp('2026-11-30T10:00:00+08:00');
  const clerk = await t.login('clerk.zs');
  const filed = await t.call(clerk, 'POST', '/api/v1/cases', filingRequest({}));
  assert.equal(filed.statusCode, 201, filed.body);
  const body = filed.json<{ caseNumber: string; queryCodes: typeof codes }>();
  caseNumber = body.caseNumber;
  codes = body.queryCodes;
});
after(() => t.close());

const login = (body: unknown) => t.call(null, 'POST', '/api/public/v1/party-sessions', body);

describe('portal party routes', () => {
  it('the filing answer carries one code per party; the case page never shows them again', async () => {
    assert.deepEqual(codes.map((c) => c.partyRole).sort(), ['applicant', 'debtor']);
    const clerk = await t.login('clerk.zs');
    const list = await t.call(clerk, 'GET', '/api/v1/cases');
    const id = list.json<{ items: Array<{ id: string; caseNumber: string }> }>().items.find((c) => c.caseNumber === caseNumber)!.id;
    const detail = await t.call(clerk, 'GET', `/api/v1/cases/${id}`);
    for (const c of codes) assert.ok(!detail.body.includes(c.code), 'the case page must not show a query code');
  });

  it('an organisation debtor logs in with its credit code and reads its case with the token; logout ends it', async () => {
    const debtor = codes.find((c) => c.partyRole === 'debtor')!;
    const res = await login({ caseNumber, idNumber: DEBTOR_CODE, queryCode: debtor.code });
    assert.equal(res.statusCode, 201, res.body);
    const { token, party } = res.json<{ token: string; party: { name: string; role: string } }>();
    assert.deepEqual(party, { name: '大连海星贸易有限公司', role: 'debtor' });
    const view = await t.agencyCall(token, 'GET', '/api/public/v1/party/case');
    assert.equal(view.statusCode, 200, view.body);
    const body = view.json<{ caseNumber: string; you: { role: string }; timeline: Array<{ kind: string }>; claimTotal: string }>();
    assert.equal(body.caseNumber, caseNumber);
    assert.equal(body.you.role, 'debtor');
    assert.deepEqual(body.timeline.map((n) => n.kind), ['filed']);
    assert.equal(body.claimTotal, '152150.00');
    assert.ok(!view.body.includes(APPLICANT_ID) && !view.body.includes('13800000000'), 'no other party\'s private data');
    // A document id that is not one served in this case: 404; a malformed one: 400.
    assert.equal((await t.agencyCall(token, 'GET', '/api/public/v1/party/documents/00000000-0000-4000-8000-00000000abcd')).statusCode, 404);
    assert.equal((await t.agencyCall(token, 'GET', '/api/public/v1/party/documents/not-an-id')).statusCode, 400);
    assert.equal((await t.agencyCall(token, 'DELETE', '/api/public/v1/party-sessions/current')).statusCode, 200);
    const after = await t.agencyCall(token, 'GET', '/api/public/v1/party/case');
    assert.equal(after.statusCode, 401);
    assert.equal(after.json<{ code: string }>().code, 'PORTAL_SESSION_INVALID');
    // A made-up token, and no token at all.
    assert.equal((await t.agencyCall('zxp_nothing', 'GET', '/api/public/v1/party/case')).statusCode, 401);
    assert.equal((await t.agencyCall(null, 'GET', '/api/public/v1/party/case')).statusCode, 401);
  });

  it('bad input is a bilingual 400 naming the field, and nothing is counted against the case', async () => {
    for (const body of [{}, { caseNumber, idNumber: 'abc', queryCode: 'X' }, { caseNumber, idNumber: APPLICANT_ID, queryCode: 'A'.repeat(21) }, '{not json', []]) {
      const res = await login(body);
      assert.equal(res.statusCode, 400, res.body);
      const err = res.json<{ code: string; messageZh: string; messageEn: string }>();
      assert.ok(err.messageZh && err.messageEn, res.body);
    }
    // Still three tries left: the right code works.
    const applicant = codes.find((c) => c.partyRole === 'applicant')!;
    assert.equal((await login({ caseNumber, idNumber: APPLICANT_ID, queryCode: applicant.code })).statusCode, 201);
  });

  it('a party subscribes with the token and sees it listed; the message\'s token unsubscribes without login', async () => {
    const applicant = codes.find((c) => c.partyRole === 'applicant')!;
    const { token } = (await login({ caseNumber, idNumber: APPLICANT_ID, queryCode: applicant.code })).json<{ token: string }>();
    const bad = await t.agencyCall(token, 'POST', '/api/public/v1/party/subscriptions', { channel: 'sms', address: '110' });
    assert.equal(bad.statusCode, 400);
    const made = await t.agencyCall(token, 'POST', '/api/public/v1/party/subscriptions', { channel: 'email', address: 'zhang.wei@example.com' });
    assert.equal(made.statusCode, 201, made.body);
    const { unsubscribeToken } = made.json<{ unsubscribeToken: string }>();
    const mine = (await t.agencyCall(token, 'GET', '/api/public/v1/party/subscriptions')).json<{ items: Array<{ address: string }> }>();
    assert.deepEqual(mine.items.map((s) => s.address), ['zhang.wei@example.com']);
    const clerk = await t.login('clerk.zs');
    const id = (await t.call(clerk, 'GET', '/api/v1/cases')).json<{ items: Array<{ id: string; caseNumber: string }> }>().items.find((c) => c.caseNumber === caseNumber)!.id;
    const seen = (await t.call(clerk, 'GET', `/api/v1/cases/${id}/notifications`)).json<{ subscriptions: Array<{ address: string; party: string }> }>();
    assert.deepEqual(seen.subscriptions.map((s) => [s.party, s.address]), [['张伟', 'z***@example.com']]);
    assert.equal((await t.call(null, 'POST', '/api/public/v1/unsubscribe', { token: unsubscribeToken })).statusCode, 200);
    assert.equal((await t.call(null, 'POST', '/api/public/v1/unsubscribe', { token: unsubscribeToken })).statusCode, 404);
    assert.equal((await t.agencyCall(token, 'GET', '/api/public/v1/party/subscriptions')).json<{ items: unknown[] }>().items.length, 0);
  });

  it('prints a party\'s filing notice with their code when the clerk sends the right code, and keeps nothing', async () => {
    const clerk = await t.login('clerk.zs');
    const id = (await t.call(clerk, 'GET', '/api/v1/cases')).json<{ items: Array<{ id: string; caseNumber: string }> }>().items.find((c) => c.caseNumber === caseNumber)!.id;
    const applicant = codes.find((c) => c.partyRole === 'applicant')!;
    const res = await t.call(clerk, 'POST', `/api/v1/cases/${id}/parties/${applicant.partyId}/filing-notice`, { queryCode: applicant.code.toLowerCase() });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.equal(res.rawPayload.subarray(0, 2).toString('latin1'), 'PK');
    assert.match(String(res.headers['content-disposition']), /filename\*=UTF-8''.*%E5%8F%97%E7%90%86%E6%A1%88%E4%BB%B6%E9%80%9A%E7%9F%A5%E4%B9%A6/);
    // The debtor's code does not print the applicant's notice; another court cannot print at all.
    const debtor = codes.find((c) => c.partyRole === 'debtor')!;
    const wrong = await t.call(clerk, 'POST', `/api/v1/cases/${id}/parties/${applicant.partyId}/filing-notice`, { queryCode: debtor.code });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.json<{ messageZh: string }>().messageZh, /queryCode/);
    const xg = await t.login('judge.xg');
    assert.equal((await t.call(xg, 'POST', `/api/v1/cases/${id}/parties/${applicant.partyId}/filing-notice`, { queryCode: applicant.code })).statusCode, 404);
    const events = (await t.call(clerk, 'GET', `/api/v1/cases/${id}/events`)).body;
    assert.ok(events.includes('filingNoticePrinted') && !events.includes(applicant.code), 'printed, and the code is not in the history');
  });

  it('three wrong codes lock the case: 401, 401, 401, then 423 with the time it opens', async () => {
    const applicant = codes.find((c) => c.partyRole === 'applicant')!;
    for (let i = 0; i < 3; i++) {
      const res = await login({ caseNumber, idNumber: APPLICANT_ID, queryCode: 'ZZZZ-ZZZZ-ZZZZ' });
      assert.equal(res.statusCode, 401, res.body);
      assert.equal(res.json<{ code: string }>().code, 'PORTAL_ACCESS_DENIED');
    }
    const locked = await login({ caseNumber, idNumber: APPLICANT_ID, queryCode: applicant.code });
    assert.equal(locked.statusCode, 423, locked.body);
    const err = locked.json<{ code: string; details: { lockedUntil: string }; messageZh: string }>();
    assert.equal(err.code, 'PORTAL_ACCESS_LOCKED');
    assert.equal(err.details.lockedUntil, '2026-11-30T02:30:00.000Z');
  });
});
