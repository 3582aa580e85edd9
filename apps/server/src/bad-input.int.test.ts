/**
 * Bad input of any shape gets a clear 4xx naming the problem in Chinese and English — never a
 * 5xx and never a partial write.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { filingRequest } from '@zhixing/services/testing';
import { assertBilingualFieldError } from './testing/bad-input.js';
import { createTestApp, type Session, type TestApp } from './testing/test-app.js';

let t: TestApp;
let judge: Session;

before(async () => {
  t = await createTestApp();
  judge = await t.login('judge.zs');
});
after(() => t.close());

const good = filingRequest({});
const CASES: Array<{ name: string; body: unknown; status: number; code: string; field?: string }> = [
  { name: 'not JSON', body: '{"cause":', status: 400, code: 'MALFORMED_BODY' },
  { name: 'JSON array', body: [], status: 400, code: 'VALIDATION_FAILED' },
  { name: 'empty object', body: {}, status: 400, code: 'VALIDATION_FAILED', field: 'cause' },
  { name: 'wrong ID check digit', body: { ...good, applicants: [{ kind: 'person', name: '张三', idNumber: '110105194912310021' }] }, status: 400, code: 'VALIDATION_FAILED', field: 'idNumber' },
  { name: 'impossible birth date', body: { ...good, applicants: [{ kind: 'person', name: '张三', idNumber: '110105194902300020' }] }, status: 400, code: 'VALIDATION_FAILED', field: 'idNumber' },
  { name: 'bad credit code', body: { ...good, debtors: [{ kind: 'organisation', name: '某公司', creditCode: '91350100M000100Y44', legalRepresentative: '甲' }] }, status: 400, code: 'VALIDATION_FAILED', field: 'creditCode' },
  { name: 'three decimals', body: { ...good, claims: [{ kind: 'principal', amount: '100.123' }] }, status: 400, code: 'VALIDATION_FAILED', field: 'amount' },
  { name: 'amount as number', body: { ...good, claims: [{ kind: 'principal', amount: 100 }] }, status: 400, code: 'VALIDATION_FAILED', field: 'amount' },
  { name: 'no debtors', body: { ...good, debtors: [] }, status: 400, code: 'VALIDATION_FAILED', field: 'debtors' },
  { name: 'February 30', body: { ...good, basis: { ...good.basis, effectiveDate: '2025-02-30' } }, status: 400, code: 'VALIDATION_FAILED', field: 'effectiveDate' },
  { name: 'filing in the future', body: { ...good, filedOn: '2030-01-01' }, status: 400, code: 'VALIDATION_FAILED', field: 'filedOn' },
  { name: 'basis effective after filing', body: { ...good, filedOn: '2026-01-05', basis: { ...good.basis, effectiveDate: '2026-02-01', performanceDeadline: null } }, status: 400, code: 'VALIDATION_FAILED', field: 'effectiveDate' },
  { name: 'unknown case type', body: { ...good, caseType: 'bankruptcy' }, status: 400, code: 'VALIDATION_FAILED', field: 'caseType' },
  { name: 'handler of another court', body: { ...good, handlerId: '00000000-0000-4000-8000-000000000000' }, status: 400, code: 'VALIDATION_FAILED', field: 'handlerId' },
  { name: 'huge string', body: { ...good, cause: 'x'.repeat(5000) }, status: 400, code: 'VALIDATION_FAILED', field: 'cause' },
];

describe('filing rejects bad input with a 4xx naming the field, and writes nothing', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const before = (await t.call(judge, 'GET', '/api/v1/cases')).json<{ total: number }>();
      const res = await t.call(judge, 'POST', '/api/v1/cases', c.body);
      assert.equal(res.statusCode, c.status, res.body);
      const body = res.json<{ code: string; messageZh: string; messageEn: string; requestId: string; details?: { issues?: Array<{ path: string[]; messageZh: string; messageEn: string }> } }>();
      assert.equal(body.code, c.code);
      assert.match(body.messageZh, /[\u4e00-\u9fa5]/);
      assert.match(body.messageEn, /[a-z]/i);
      assert.ok(body.requestId.length > 0);
      for (const issue of body.details?.issues ?? []) {
        // Each field issue in both languages, separately: Chinese in one, no Chinese in the other.
        assert.match(issue.messageZh, /[\u4e00-\u9fa5]/, JSON.stringify(issue));
        assert.doesNotMatch(issue.messageEn, /[\u4e00-\u9fa5]/, JSON.stringify(issue));
      }
      if (c.field) assert.ok(JSON.stringify(body.details?.issues ?? []).includes(c.field), `field ${c.field} named in ${res.body}`);
      const afterList = (await t.call(judge, 'GET', '/api/v1/cases')).json<{ total: number }>();
      assert.equal(afterList.total, before.total);
    });
  }

  it('a body larger than 1 MiB gets 413', async () => {
    const res = await t.call(judge, 'POST', '/api/v1/cases', JSON.stringify({ ...good, cause: 'x'.repeat(1_100_000) }));
    assert.equal(res.statusCode, 413);
  });

  it('form-encoded bodies get 415', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { cookie: judge.cookie, 'x-csrf-token': judge.csrf, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=1' });
    assert.equal(res.statusCode, 415);
  });

  it('bad ids, queries and unknown routes are 4xx', async () => {
    assert.equal((await t.call(judge, 'GET', '/api/v1/cases/not-a-uuid')).statusCode, 400);
    assert.equal((await t.call(judge, 'GET', '/api/v1/cases?page=0')).statusCode, 400);
    assert.equal((await t.call(judge, 'GET', '/api/v1/cases?pageSize=100000')).statusCode, 400);
    assert.equal((await t.call(judge, 'GET', '/api/v1/cases?stage=nowhere')).statusCode, 400);
    assert.equal((await t.call(judge, 'GET', '/api/v1/calc/fee?amount=1e5')).statusCode, 400);
    assert.equal((await t.call(judge, 'GET', '/api/v1/calc/deadline?from=2025-13-01&days=3')).statusCode, 400);
    const missing = await t.call(judge, 'GET', '/api/v1/nothing-here');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json<{ code: string }>().code, 'NOT_FOUND');
  });

  it('English messages when the client asks for English', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/cases', headers: { 'accept-language': 'en-US' } });
    assert.equal(res.json<{ message: string }>().message, 'Please log in');
  });
});

describe('login', () => {
  it('locks the account after repeated failures', async () => {
    for (let i = 0; i < 4; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'clerk.zs', password: 'wrong' } });
      assert.equal(res.statusCode, 401);
    }
    const fifth = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'clerk.zs', password: 'wrong' } });
    assert.equal(fifth.statusCode, 423);
    const right = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'clerk.zs', password: 'Zhixing#2026' } });
    assert.equal(right.statusCode, 423, 'still locked even with the right password');
    t.clock.advanceMs(16 * 60 * 1000);
    const later = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'clerk.zs', password: 'Zhixing#2026' } });
    assert.equal(later.statusCode, 200);
  });

  it('sets an httpOnly SameSite=Strict cookie, and logout ends the session', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'officer.zs', password: 'Zhixing#2026' } });
    const cookie = String(res.headers['set-cookie']);
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Strict/i);
    const session = { cookie: cookie.split(';')[0]!, csrf: res.json<{ csrfToken: string }>().csrfToken };
    assert.equal((await t.call(session, 'GET', '/api/v1/auth/me')).statusCode, 200);
    assert.equal((await t.call(session, 'POST', '/api/v1/auth/logout')).statusCode, 200);
    assert.equal((await t.call(session, 'GET', '/api/v1/auth/me')).statusCode, 401);
  });
});

describe('credit decisions reject bad input with a 4xx naming the problem, and write nothing', () => {
  let caseId = '';
  let debtorPartyId = '';
  let applicantPartyId = '';
  before(async () => {
    const filed = (await t.call(judge, 'POST', '/api/v1/cases', filingRequest({ debtors: [{ kind: 'person', name: '钱十一', idNumber: '210202199002021352' }] }))).json<{ id: string; version: number; parties: Array<{ id: string; partyRole: string }> }>();
    caseId = filed.id;
    debtorPartyId = filed.parties.find((p) => p.partyRole === 'debtor')!.id;
    applicantPartyId = filed.parties.find((p) => p.partyRole === 'applicant')!.id;
  });
  const listing = () => ({ kind: 'dishonestListing', debtorPartyId, ground: 'evadesEnforcement', facts: '转移财产规避执行', onApplicantRequest: true });
  const rows: Array<{ name: string; body: () => unknown; status: number; field?: string; rule?: string }> = [
    { name: 'unknown measure kind', body: () => ({ ...listing(), kind: 'banishment' }), status: 400, field: 'kind' },
    { name: 'debtor id not a uuid', body: () => ({ ...listing(), debtorPartyId: 'x' }), status: 400, field: 'debtorPartyId' },
    { name: 'the applicant as debtor', body: () => ({ ...listing(), debtorPartyId: applicantPartyId }), status: 400, field: 'debtorPartyId' },
    { name: 'unknown ground', body: () => ({ ...listing(), ground: 'rudeness' }), status: 400, field: 'ground' },
    { name: 'grace period of 5 months', body: () => ({ ...listing(), gracePeriodMonths: 5 }), status: 400, field: 'gracePeriodMonths' },
    { name: 'extension as text', body: () => ({ ...listing(), extensionYears: 'two' }), status: 400, field: 'extensionYears' },
    { name: 'no facts', body: () => ({ ...listing(), facts: '' }), status: 400, field: 'facts' },
    { name: 'a bound person with a bad ID number', body: () => ({ kind: 'consumptionRestriction', debtorPartyId, facts: '未履行义务', boundPersons: [{ role: 'legalRepresentative', name: '甲', idNumber: '123' }], onApplicantRequest: true }), status: 422 },
    { name: 'the notice not yet served', body: () => ({ kind: 'consumptionRestriction', debtorPartyId, facts: '未履行义务', onApplicantRequest: true }), status: 422, rule: 'CONSUMPTION_NOTICE_NOT_SERVED' },
  ];
  for (const row of rows) {
    it(row.name, async () => {
      const res = await t.call(judge, 'POST', `/api/v1/cases/${caseId}/credit-decisions`, row.body());
      assert.equal(res.statusCode, row.status, res.body);
      const body = res.json<{ messageZh: string; messageEn: string; details?: { rule?: string; issues?: unknown[] } }>();
      assert.match(body.messageZh, /[\u4e00-\u9fa5]/);
      assert.match(body.messageEn, /[a-z]/i);
      if (row.field) assert.ok(JSON.stringify(body.details?.issues ?? []).includes(row.field), res.body);
      if (row.rule) assert.equal(body.details?.rule, row.rule);
      const list = (await t.call(judge, 'GET', `/api/v1/cases/${caseId}/credit-decisions`)).json<{ items: unknown[] }>();
      assert.equal(list.items.length, 0);
    });
  }
  const undoRows: Array<{ name: string; url: () => string; body: unknown; field: string }> = [
    { name: 'revoke permit: no reason', url: () => '/api/v1/credit-decisions/00000000-0000-4000-8000-000000000001/permits/1/revoke', body: {}, field: 'reason' },
    { name: 'revoke permit: a reason of one character once trimmed', url: () => '/api/v1/credit-decisions/00000000-0000-4000-8000-000000000001/permits/1/revoke', body: { reason: '  撤 ' }, field: 'reason' },
    { name: 'revoke permit: a reason over 1000 characters', url: () => '/api/v1/credit-decisions/00000000-0000-4000-8000-000000000001/permits/1/revoke', body: { reason: '撤'.repeat(1001) }, field: 'reason' },
    { name: 'revoke permit: reason as a number', url: () => '/api/v1/credit-decisions/00000000-0000-4000-8000-000000000001/permits/1/revoke', body: { reason: 42 }, field: 'reason' },
    { name: 'revoke permit: permit id not a number', url: () => '/api/v1/credit-decisions/00000000-0000-4000-8000-000000000001/permits/abc/revoke', body: { reason: '就医已取消' }, field: 'permitId' },
    { name: 'revoke permit: decision id not a uuid', url: () => '/api/v1/credit-decisions/x/permits/1/revoke', body: { reason: '就医已取消' }, field: 'id' },
    { name: 'unbind document: no reason', url: () => `/api/v1/cases/${caseId}/parties/${debtorPartyId}/documents/1/unbind`, body: {}, field: 'reason' },
    { name: 'unbind document: empty reason', url: () => `/api/v1/cases/${caseId}/parties/${debtorPartyId}/documents/1/unbind`, body: { reason: '   ' }, field: 'reason' },
    { name: 'unbind document: document id 0', url: () => `/api/v1/cases/${caseId}/parties/${debtorPartyId}/documents/0/unbind`, body: { reason: '登记错误' }, field: 'documentId' },
    { name: 'unbind document: party id not a uuid', url: () => `/api/v1/cases/${caseId}/parties/x/documents/1/unbind`, body: { reason: '登记错误' }, field: 'partyId' },
  ];
  for (const row of undoRows) {
    it(row.name, async () => {
      assertBilingualFieldError(await t.call(judge, 'POST', row.url(), row.body), row.field);
    });
  }
  const correctionQueries: Array<{ name: string; query: string; field: string }> = [
    { name: 'corrections: decision id not a uuid', query: 'decisionId=x', field: 'decisionId' },
    { name: 'corrections: case id not a uuid', query: 'caseId=not-a-uuid', field: 'caseId' },
    { name: 'corrections: case id a number', query: 'caseId=42', field: 'caseId' },
    { name: 'corrections: empty decision id', query: 'decisionId=', field: 'decisionId' },
    { name: 'corrections: unknown status', query: 'status=nowhere', field: 'status' },
  ];
  for (const row of correctionQueries) {
    it(row.name, async () => {
      assertBilingualFieldError(await t.call(judge, 'GET', `/api/v1/credit-corrections?${row.query}`), row.field);
    });
  }
  it('the identity-document list with a bad case id is 400', async () => {
    assert.equal((await t.call(judge, 'GET', '/api/v1/cases/not-a-uuid/identity-documents')).statusCode, 400);
  });
  it('a refusal to sign without a reason, and a removal dated "yesterday-ish" garbage, are 400', async () => {
    const president = await t.login('president.zs');
    const noReason = await t.call(president, 'POST', '/api/v1/credit-decisions/00000000-0000-4000-8000-000000000001/review', { approve: false, expectedVersion: 1 });
    assert.equal(noReason.statusCode, 400, noReason.body);
    assert.ok(noReason.body.includes('reason'));
    const badDate = await t.call(judge, 'POST', '/api/v1/credit-decisions/00000000-0000-4000-8000-000000000001/end', { ground: 'performed', arisenOn: '2026-02-30', note: '已履行', expectedVersion: 1 });
    assert.equal(badDate.statusCode, 400, badDate.body);
    assert.ok(badDate.body.includes('arisenOn'));
  });
});

describe('case actions reject bad input with a 400 naming the field, and write nothing', () => {
  let caseId = '';
  let version = 0;
  let filedOn = '';
  before(async () => {
    const filed = (await t.call(judge, 'POST', '/api/v1/cases', filingRequest({ debtorName: '大连远帆物流有限公司' }))).json<{ id: string; version: number; filedOn: string }>();
    ({ id: caseId, version, filedOn } = filed);
  });
  const stay = (extra: Record<string, unknown>) => ({ action: { type: 'stay', ground: '经申请执行人同意移送破产审查', since: filedOn, ...extra }, expectedVersion: version });
  const rows: Array<{ name: string; body: () => unknown; field: string }> = [
    { name: 'stay: unknown groundCode', body: () => stay({ groundCode: 'courtHoliday' }), field: 'groundCode' },
    { name: 'stay: groundCode in Chinese words', body: () => stay({ groundCode: '破产' }), field: 'groundCode' },
    { name: 'stay: groundCode as a number', body: () => stay({ groundCode: 5 }), field: 'groundCode' },
    { name: 'stay: groundCode null', body: () => stay({ groundCode: null }), field: 'groundCode' },
    { name: 'stay: a code but no reason text', body: () => stay({ groundCode: 'bankruptcy', ground: '  ' }), field: 'ground' },
  ];
  for (const row of rows) {
    it(row.name, async () => {
      assertBilingualFieldError(await t.call(judge, 'POST', `/api/v1/cases/${caseId}/actions`, row.body()), row.field);
      const after = (await t.call(judge, 'GET', `/api/v1/cases/${caseId}`)).json<{ version: number; suspension: unknown }>();
      assert.deepEqual([after.version, after.suspension], [version, null]);
    });
  }
  it('a known groundCode is accepted and comes back with the stay', async () => {
    const chief = await t.login('chief.zs');
    const res = await t.call(chief, 'POST', `/api/v1/cases/${caseId}/actions`, stay({ groundCode: 'bankruptcy' }));
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json<{ suspension: unknown }>().suspension, { kind: 'stay', since: filedOn, ground: '经申请执行人同意移送破产审查', groundCode: 'bankruptcy' });
  });
});
