/**
 * Who may call what: every route × every role (and anonymous), plus court scoping — a district
 * court's staff never see another court's case; the city supervisors see every court.
 * The table is derived from the contracts and checked against what the server actually answers.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import * as contracts from '@zhixing/contracts';
import { zRole, type RouteContract } from '@zhixing/contracts';
import { filingRequest } from '@zhixing/services/testing';
import { createTestApp, type TestApp } from './testing/test-app.js';

type Role = (typeof zRole.options)[number];
const ROLES = zRole.options;

const USER_OF_ROLE: Record<Role, string> = {
  admin: 'admin',
  judge: 'judge.zs',
  officer: 'officer.zs',
  clerk: 'clerk.zs',
  bureau_chief: 'chief.zs',
  president: 'president.zs',
  city_supervisor: 'supervisor.city',
};

let t: TestApp;
let caseId = '';
let partyId = '';
let debtorPartyId = '';
let xgCaseId = '';
const NO_SUCH = '00000000-0000-4000-8000-00000000abcd';
/** An Ed25519 public key as institutions register it: base64 of its 32 bytes (after the 12-byte SPKI prefix). */
const ED25519_KEY = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }).subarray(12).toString('base64');

before(async () => {
  t = await createTestApp();
  const judge = await t.login('judge.zs');
  const filed = await t.call(judge, 'POST', '/api/v1/cases', filingRequest({}));
  assert.equal(filed.statusCode, 201, filed.body);
  const body = filed.json<{ id: string; parties: Array<{ id: string; partyRole: string }> }>();
  caseId = body.id;
  partyId = body.parties[0]!.id;
  debtorPartyId = body.parties.find((p) => p.partyRole === 'debtor')!.id;
  const xg = await t.login('judge.xg');
  const other = await t.call(xg, 'POST', '/api/v1/cases', filingRequest({ debtorName: '西岗被执行人有限公司' }));
  assert.equal(other.statusCode, 201, other.body);
  xgCaseId = other.json<{ id: string }>().id;
});
after(() => t.close());

interface Row {
  name: string;
  method: string;
  url: () => string;
  body?: () => unknown;
  /** Roles that get past authorization; everyone else gets 403 (anonymous 401). */
  allowed: readonly Role[] | 'all';
  /** Status a permitted role gets with this request. */
  ok: number;
  /** Runs on a session of its own (logging out must not end the sessions the other rows share). */
  freshSession?: boolean;
}

const CASE_ROLES: Role[] = ['judge', 'officer', 'clerk', 'bureau_chief', 'president', 'city_supervisor'];

const TABLE: Row[] = [
  { name: 'me', method: 'GET', url: () => '/api/v1/auth/me', allowed: 'all', ok: 200 },
  { name: 'logout', method: 'POST', url: () => '/api/v1/auth/logout', allowed: 'all', ok: 200, freshSession: true },
  { name: 'courts', method: 'GET', url: () => '/api/v1/courts', allowed: 'all', ok: 200 },
  { name: 'users', method: 'GET', url: () => '/api/v1/users', allowed: 'all', ok: 200 },
  { name: 'calendar', method: 'GET', url: () => '/api/v1/calendar', allowed: 'all', ok: 200 },
  { name: 'calc fee', method: 'GET', url: () => '/api/v1/calc/fee?amount=150000', allowed: 'all', ok: 200 },
  { name: 'calc deadline', method: 'GET', url: () => '/api/v1/calc/deadline?from=2025-09-30&days=3', allowed: 'all', ok: 200 },
  { name: 'calc interest', method: 'POST', url: () => '/api/v1/calc/interest', body: () => ({ principal: '100000', performanceDeadline: '2024-01-10', until: '2024-04-10' }), allowed: 'all', ok: 200 },
  { name: 'list cases', method: 'GET', url: () => '/api/v1/cases', allowed: CASE_ROLES, ok: 200 },
  { name: 'get case', method: 'GET', url: () => `/api/v1/cases/${caseId}`, allowed: CASE_ROLES, ok: 200 },
  { name: 'case events', method: 'GET', url: () => `/api/v1/cases/${caseId}/events`, allowed: CASE_ROLES, ok: 200 },
  { name: 'file case', method: 'POST', url: () => '/api/v1/cases', body: () => filingRequest({ debtorName: '表驱动测试有限公司' }), allowed: ['judge', 'officer', 'clerk', 'bureau_chief'], ok: 201 },
  // A stale version: permitted roles reach the service and get 409, so nothing changes.
  { name: 'act on case', method: 'POST', url: () => `/api/v1/cases/${caseId}/actions`, body: () => ({ action: { type: 'startInvestigation' }, expectedVersion: 999 }), allowed: ['judge', 'officer', 'clerk', 'bureau_chief', 'president'], ok: 409 },
  { name: 'reveal id', method: 'POST', url: () => `/api/v1/cases/${caseId}/parties/${partyId}/reveal-id`, body: () => ({ purpose: '核对身份' }), allowed: ['judge', 'officer', 'clerk', 'bureau_chief', 'president'], ok: 200 },
  { name: 'warnings', method: 'GET', url: () => '/api/v1/supervision/warnings', allowed: ['bureau_chief', 'president', 'city_supervisor'], ok: 200 },
  { name: 'audit verify', method: 'GET', url: () => '/api/v1/audit/verify', allowed: ['admin', 'bureau_chief', 'president', 'city_supervisor'], ok: 200 },
  { name: 'create user', method: 'POST', url: () => '/api/v1/users', body: () => ({ username: `u${Math.floor(Math.random() * 1e9)}`, displayName: '新用户', password: 'a-long-password', role: 'clerk', courtId: '210202' }), allowed: ['admin'], ok: 201 },
  { name: 'api token', method: 'POST', url: () => '/api/v1/api-tokens', body: () => ({ name: '测试', scopes: ['agency:check'] }), allowed: ['admin'], ok: 201 },
  { name: 'case credit decisions', method: 'GET', url: () => `/api/v1/cases/${caseId}/credit-decisions`, allowed: CASE_ROLES, ok: 200 },
  { name: 'credit eligibility', method: 'POST', url: () => `/api/v1/cases/${caseId}/credit-decisions/eligibility`, body: () => ({ kind: 'consumptionRestriction', debtorPartyId, facts: '未履行义务', onApplicantRequest: true }), allowed: ['judge', 'officer', 'clerk', 'bureau_chief', 'president'], ok: 200 },
  // The notice is not served yet: permitted roles reach the rules and get 422, nothing is written.
  { name: 'propose credit decision', method: 'POST', url: () => `/api/v1/cases/${caseId}/credit-decisions`, body: () => ({ kind: 'consumptionRestriction', debtorPartyId, facts: '未履行义务', onApplicantRequest: true }), allowed: ['judge', 'officer'], ok: 422 },
  { name: 'sign credit decision', method: 'POST', url: () => `/api/v1/credit-decisions/${NO_SUCH}/review`, body: () => ({ approve: true, expectedVersion: 1 }), allowed: ['president'], ok: 404 },
  { name: 'end credit decision', method: 'POST', url: () => `/api/v1/credit-decisions/${NO_SUCH}/end`, body: () => ({ ground: 'performed', arisenOn: '2026-03-02', note: '已履行', expectedVersion: 1 }), allowed: ['judge', 'officer', 'president'], ok: 404 },
  { name: 'credit document', method: 'GET', url: () => `/api/v1/credit-decisions/${NO_SUCH}/document`, allowed: CASE_ROLES, ok: 404 },
  { name: 'credit overview', method: 'GET', url: () => '/api/v1/credit/overview', allowed: ['judge', 'officer', 'bureau_chief', 'president', 'city_supervisor'], ok: 200 },
  { name: 'agency feedback', method: 'GET', url: () => '/api/v1/credit/feedback', allowed: ['judge', 'officer', 'bureau_chief', 'president', 'city_supervisor'], ok: 200 },
  { name: 'list agencies', method: 'GET', url: () => '/api/v1/agencies', allowed: ['admin', 'bureau_chief', 'president', 'city_supervisor'], ok: 200 },
  { name: 'register agency', method: 'POST', url: () => '/api/v1/agencies', body: () => ({ name: '表驱动测试机构', category: 'airline', scenarios: ['flight'], scopes: ['check'] }), allowed: ['admin'], ok: 201 },
  { name: 'revoke agency', method: 'POST', url: () => `/api/v1/agencies/${NO_SUCH}/revoke`, allowed: ['admin'], ok: 404 },
  { name: 'grant permit', method: 'POST', url: () => `/api/v1/credit-decisions/${NO_SUCH}/permits`, body: () => ({ subjectId: 1, reason: 'medicalTreatment', scenarios: ['flight'], from: '2026-03-02', to: '2026-03-03' }), allowed: ['judge', 'officer', 'president'], ok: 404 },
  { name: 'bind travel document', method: 'POST', url: () => `/api/v1/cases/${caseId}/parties/${partyId}/documents`, body: () => ({ docType: 'passport', docNumber: 'E00000001' }), allowed: ['judge', 'officer', 'clerk'], ok: 201 },
  { name: 'file correction', method: 'POST', url: () => `/api/v1/credit-decisions/${NO_SUCH}/corrections`, body: () => ({ applicantName: '张伟', ground: 'shouldNotBeListed', reason: '不应纳入', receivedOn: '2026-03-02' }), allowed: ['judge', 'officer', 'clerk'], ok: 404 },
  { name: 'lift one person', method: 'POST', url: () => `/api/v1/credit-decisions/${NO_SUCH}/subjects/1/lift`, body: () => ({ ground: 'formerOfficerReplaced', note: '已变更法定代表人', expectedVersion: 1 }), allowed: ['judge', 'officer', 'president'], ok: 404 },
  { name: 'check log', method: 'GET', url: () => '/api/v1/credit/check-log?idNumber=210202199002021352', allowed: ['bureau_chief', 'president', 'city_supervisor'], ok: 200 },
  { name: 'file reconsideration', method: 'POST', url: () => `/api/v1/credit-decisions/${NO_SUCH}/reconsiderations`, body: () => ({ applicantName: '张伟', reason: '不服决定', receivedOn: '2026-03-02' }), allowed: ['judge', 'officer', 'clerk'], ok: 404 },
  { name: 'decide correction', method: 'POST', url: () => `/api/v1/credit-corrections/${NO_SUCH}/decision`, body: () => ({ grant: false, note: '理由不成立' }), allowed: ['judge', 'officer', 'president'], ok: 404 },
  { name: 'list corrections', method: 'GET', url: () => '/api/v1/credit-corrections', allowed: CASE_ROLES, ok: 200 },
  { name: 'list corrections of a case', method: 'GET', url: () => `/api/v1/credit-corrections?caseId=${caseId}&decisionId=${NO_SUCH}`, allowed: CASE_ROLES, ok: 200 },
  { name: 'revoke permit', method: 'POST', url: () => `/api/v1/credit-decisions/${NO_SUCH}/permits/1/revoke`, body: () => ({ reason: '就医已取消' }), allowed: ['judge', 'officer', 'president'], ok: 404 },
  { name: 'unbind travel document', method: 'POST', url: () => `/api/v1/cases/${caseId}/parties/${partyId}/documents/999999999/unbind`, body: () => ({ reason: '登记错误' }), allowed: ['judge', 'officer', 'clerk'], ok: 404 },
  { name: 'case identity documents', method: 'GET', url: () => `/api/v1/cases/${caseId}/identity-documents`, allowed: CASE_ROLES, ok: 200 },
  { name: 'list institutions', method: 'GET', url: () => '/api/v1/institutions?category=bank', allowed: ['admin', ...CASE_ROLES], ok: 200 },
  { name: 'register institution', method: 'POST', url: () => '/api/v1/institutions', body: () => ({ code: `t-${randomUUID().slice(0, 8)}`, name: '表驱动测试银行', category: 'bank', connection: 'pull' }), allowed: ['admin'], ok: 201 },
  { name: 'add institution key', method: 'POST', url: () => `/api/v1/institutions/${NO_SUCH}/keys`, body: () => ({ keyId: 'k2', alg: 'Ed25519', publicKey: ED25519_KEY }), allowed: ['admin'], ok: 404 },
  { name: 'revoke institution key', method: 'POST', url: () => `/api/v1/institutions/${NO_SUCH}/keys/k1/revoke`, body: () => ({ reason: '私钥泄露' }), allowed: ['admin'], ok: 404 },
  { name: 'issue desk key', method: 'POST', url: () => `/api/v1/institutions/${NO_SUCH}/desk-key`, allowed: ['admin'], ok: 404 },
  { name: 'platform signing key', method: 'GET', url: () => '/api/v1/assist/platform-key', allowed: ['admin'], ok: 200 },
  { name: 'start network inquiry', method: 'POST', url: () => `/api/v1/cases/${caseId}/network-inquiries`, allowed: ['judge', 'officer'], ok: 201 },
  { name: 'case properties', method: 'GET', url: () => `/api/v1/cases/${caseId}/properties`, allowed: CASE_ROLES, ok: 200 },
  { name: 'preview control', method: 'POST', url: () => `/api/v1/cases/${caseId}/controls/preview`, body: () => ({ propertyId: NO_SUCH }), allowed: ['judge', 'officer'], ok: 404 },
  { name: 'order control', method: 'POST', url: () => `/api/v1/cases/${caseId}/controls`, body: () => ({ propertyId: NO_SUCH }), allowed: ['judge', 'officer'], ok: 404 },
  { name: 'act on control', method: 'POST', url: () => `/api/v1/cases/${caseId}/controls/${NO_SUCH}/acts`, body: () => ({ act: 'renew' }), allowed: ['judge', 'officer'], ok: 404 },
  { name: 'case controls', method: 'GET', url: () => `/api/v1/cases/${caseId}/controls`, allowed: CASE_ROLES, ok: 200 },
  { name: 'case document', method: 'GET', url: () => `/api/v1/cases/${caseId}/documents/${NO_SUCH}`, allowed: CASE_ROLES, ok: 404 },
  { name: 'control expiry calendar', method: 'GET', url: () => '/api/v1/controls/expiring', allowed: CASE_ROLES, ok: 200 },
  { name: 'case funds', method: 'GET', url: () => `/api/v1/cases/${caseId}/funds`, allowed: CASE_ROLES, ok: 200 },
  { name: 'record receipt', method: 'POST', url: () => `/api/v1/cases/${caseId}/funds/receipts`, body: () => ({ amountFen: 100, channel: 'voluntary', payer: '被执行人', bankSerial: 'RA-1' }), allowed: ['judge', 'officer', 'clerk'], ok: 201 },
  { name: 'deduct fee', method: 'POST', url: () => `/api/v1/cases/${caseId}/funds/fees`, body: () => ({ amountFen: 9_000_000_000, item: '申请执行费' }), allowed: ['judge', 'officer'], ok: 422 },
  { name: 'propose payout', method: 'POST', url: () => `/api/v1/cases/${caseId}/funds/payouts`, body: () => ({ payeePartyId: NO_SUCH, amountFen: 1, account: '工行', note: '' }), allowed: ['judge', 'officer'], ok: 404 },
  { name: 'decide payout', method: 'POST', url: () => `/api/v1/funds/payouts/${NO_SUCH}/decision`, body: () => ({ approve: true }), allowed: ['bureau_chief', 'president'], ok: 404 },
  { name: 'pay payout', method: 'POST', url: () => `/api/v1/funds/payouts/${NO_SUCH}/payment`, body: () => ({ bankSerial: 'P1' }), allowed: ['judge', 'officer', 'clerk'], ok: 404 },
  { name: 'delay disbursement', method: 'POST', url: () => `/api/v1/cases/${caseId}/funds/receipts/${NO_SUCH}/delay`, body: () => ({ ground: 'stayed', note: '中止执行' }), allowed: ['bureau_chief', 'president'], ok: 404 },
  { name: 'reverse receipt', method: 'POST', url: () => `/api/v1/cases/${caseId}/funds/receipts/${NO_SUCH}/reversal`, body: () => ({ reason: '登记错误' }), allowed: ['bureau_chief', 'president'], ok: 404 },
  { name: 'funds board', method: 'GET', url: () => '/api/v1/funds/board', allowed: CASE_ROLES, ok: 200 },
  { name: 'make distribution plan', method: 'POST', url: () => `/api/v1/cases/${caseId}/distribution-plans`, body: () => ({ proceedsSource: '拍卖价款', amountFen: 9_000_000_000, debtorKind: 'naturalPerson', claims: [{ creditor: '张伟', amountFen: 1 }] }), allowed: ['judge', 'officer'], ok: 422 },
  { name: 'record plan service', method: 'POST', url: () => `/api/v1/cases/${caseId}/distribution-plans/${NO_SUCH}/service`, body: () => ({ party: '张伟', planServedOn: '2026-01-05' }), allowed: ['judge', 'officer', 'clerk'], ok: 404 },
  { name: 'distribution plans', method: 'GET', url: () => `/api/v1/cases/${caseId}/distribution-plans`, allowed: CASE_ROLES, ok: 200 },
  { name: 'reconcile statement', method: 'POST', url: () => '/api/v1/funds/reconciliation', body: () => ({ csv: '2026-11-01,S1,1.00' }), allowed: ['judge', 'officer', 'clerk', 'bureau_chief', 'president'], ok: 200 },
  { name: 'reissue query code', method: 'POST', url: () => `/api/v1/cases/${caseId}/parties/${partyId}/query-code`, allowed: ['judge', 'officer', 'clerk', 'bureau_chief'], ok: 201 },
  // A wrong code: permitted roles reach the check and get 400, nothing is printed.
  { name: 'print filing notice', method: 'POST', url: () => `/api/v1/cases/${caseId}/parties/${partyId}/filing-notice`, body: () => ({ queryCode: '2222-2222-2222' }), allowed: ['judge', 'officer', 'clerk', 'bureau_chief'], ok: 400 },
  { name: 'case notices', method: 'GET', url: () => `/api/v1/cases/${caseId}/notices`, allowed: CASE_ROLES, ok: 200 },
  // Wrong terms: permitted roles reach the rules and get 422, nothing is published.
  { name: 'publish notice', method: 'POST', url: () => `/api/v1/cases/${caseId}/notices`, body: () => ({ kind: 'reward', debtorPartyId, applicationReceivedOn: '2026-01-05', terms: { kind: 'percent', percent: 90 }, conditions: '提供线索' }), allowed: ['judge', 'officer'], ok: 422 },
  { name: 'withdraw notice', method: 'POST', url: () => `/api/v1/cases/${caseId}/notices/${NO_SUCH}/withdrawal`, body: () => ({ reason: '撤回' }), allowed: ['judge', 'officer', 'bureau_chief', 'president'], ok: 404 },
  { name: 'case notifications', method: 'GET', url: () => `/api/v1/cases/${caseId}/notifications`, allowed: CASE_ROLES, ok: 200 },
  { name: 'submissions queue', method: 'GET', url: () => '/api/v1/submissions?kind=objection', allowed: CASE_ROLES, ok: 200 },
  { name: 'get submission', method: 'GET', url: () => `/api/v1/submissions/${NO_SUCH}`, allowed: CASE_ROLES, ok: 404 },
  { name: 'submission attachment', method: 'GET', url: () => `/api/v1/submissions/${NO_SUCH}/attachments/${NO_SUCH}`, allowed: CASE_ROLES, ok: 404 },
  { name: 'decide submission', method: 'POST', url: () => `/api/v1/submissions/${NO_SUCH}/decisions`, body: () => ({ action: 'register', expectedVersion: 1 }), allowed: ['judge', 'officer', 'clerk', 'bureau_chief', 'president'], ok: 404 },
  { name: 'calendar year', method: 'PUT', url: () => '/api/v1/calendar/years/2027', body: () => ({ year: 2027, holidays: ['2027-01-01'], makeupWorkdays: [], source: '测试' }), allowed: ['admin'], ok: 200 },
];

/** Every staff route of the contracts, as a method and a pattern of its path. */
const STAFF_ROUTES = (Object.values(contracts) as unknown[])
  .filter((v): v is RouteContract => typeof v === 'object' && v !== null && 'operationId' in v && 'access' in v)
  .filter((r) => typeof r.access === 'object' && 'roles' in r.access);

describe('route access table: role × route', () => {
  it('has a row for every staff route of the contracts', () => {
    const pattern = (path: string) => new RegExp(`^${path.replace(/:[A-Za-z]+/g, '[^/]+')}$`);
    const missing = STAFF_ROUTES.filter((r) => !TABLE.some((row) => row.method === r.method && pattern(r.path).test(row.url().split('?')[0]!)));
    assert.deepEqual(missing.map((r) => `${r.method} ${r.path}`), []);
  });
  for (const row of TABLE) {
    it(`${row.name}: anonymous gets 401`, async () => {
      const res = await t.call(null, row.method, row.url(), row.body?.());
      assert.equal(res.statusCode, 401, res.body);
      assert.equal(res.json<{ code: string }>().code, 'UNAUTHENTICATED');
    });
    for (const role of ROLES) {
      const permitted = row.allowed === 'all' || row.allowed.includes(role);
      it(`${row.name}: ${role} gets ${permitted ? row.ok : 403}`, async () => {
        const session = await t.login(USER_OF_ROLE[role], { fresh: row.freshSession ?? false });
        const res = await t.call(session, row.method, row.url(), row.body?.());
        assert.equal(res.statusCode, permitted ? row.ok : 403, `${role} ${row.name}: ${res.body}`);
      });
    }
  }
  it('agency routes take an agency key, not a session: every staff role gets 401', async () => {
    for (const role of ROLES) {
      const session = await t.login(USER_OF_ROLE[role]);
      const res = await t.call(session, 'GET', '/api/agency/v1/changes');
      assert.equal(res.statusCode, 401, role);
    }
  });
  it('the public list searches need no login, and refuse a search that would browse the list', async () => {
    for (const list of ['dishonest-list', 'consumption-restrictions', 'terminated-cases']) {
      const res = await t.call(null, 'GET', `/api/public/v1/${list}?name=${encodeURIComponent('张三')}&idFragment=1234`);
      assert.equal(res.statusCode, 200, res.body);
      const browse = await t.call(null, 'GET', `/api/public/v1/${list}?name=${encodeURIComponent('张三')}`);
      assert.equal(browse.statusCode, 400, browse.body);
    }
  });
  it('party routes take a party token, not a session: every staff role gets 401', async () => {
    for (const role of ROLES) {
      const session = await t.login(USER_OF_ROLE[role]);
      for (const [method, url] of [['GET', '/api/public/v1/party/case'], ['GET', `/api/public/v1/party/documents/${NO_SUCH}`], ['DELETE', '/api/public/v1/party-sessions/current'], ['GET', '/api/public/v1/party/subscriptions'], ['POST', '/api/public/v1/party/subscriptions'], ['DELETE', `/api/public/v1/party/subscriptions/${NO_SUCH}`]] as const) {
        const res = await t.call(session, method, url);
        assert.equal(res.statusCode, 401, `${role} ${url}`);
        assert.equal(res.json<{ code: string }>().code, 'PORTAL_SESSION_INVALID');
      }
    }
  });
  it('the notices, the courts, their appointment slots and the open statistics are public', async () => {
    for (const url of ['/api/public/v1/notices', '/api/public/v1/notices?kind=auction', '/api/public/v1/courts', '/api/public/v1/courts/210202/appointment-slots', '/api/public/v1/statistics', '/api/public/v1/statistics.csv']) {
      assert.equal((await t.call(null, 'GET', url)).statusCode, 200, url);
    }
  });
  it('the health route is public', async () => {
    const res = await t.call(null, 'GET', '/api/health');
    assert.equal(res.statusCode, 200);
  });
});

describe('court scope', () => {
  it('a district judge sees only their own court\'s cases', async () => {
    const xg = await t.login('judge.xg');
    assert.equal((await t.call(xg, 'GET', `/api/v1/cases/${caseId}`)).statusCode, 404);
    assert.equal((await t.call(xg, 'GET', `/api/v1/cases/${caseId}/events`)).statusCode, 404);
    const list = (await t.call(xg, 'GET', '/api/v1/cases')).json<{ items: Array<{ courtId: string }> }>();
    assert.ok(list.items.length > 0);
    assert.ok(list.items.every((c) => c.courtId === '210203'));
    assert.equal((await t.call(xg, 'GET', '/api/v1/cases?courtId=210202')).statusCode, 404);
    const act = await t.call(xg, 'POST', `/api/v1/cases/${caseId}/actions`, { action: { type: 'startInvestigation' }, expectedVersion: 1 });
    assert.equal(act.statusCode, 404);
    assert.equal((await t.call(xg, 'POST', `/api/v1/cases/${caseId}/parties/${partyId}/query-code`)).statusCode, 404);
  });
  it('the city supervisors see every court', async () => {
    const sup = await t.login('supervisor.city');
    assert.equal((await t.call(sup, 'GET', `/api/v1/cases/${caseId}`)).statusCode, 200);
    assert.equal((await t.call(sup, 'GET', `/api/v1/cases/${xgCaseId}`)).statusCode, 200);
    const list = (await t.call(sup, 'GET', '/api/v1/cases?pageSize=100')).json<{ items: Array<{ courtId: string }> }>();
    assert.deepEqual([...new Set(list.items.map((c) => c.courtId))].sort(), ['210202', '210203']);
  });
  it('another court\'s staff cannot see or act on a case\'s credit decisions', async () => {
    const xg = await t.login('judge.xg');
    assert.equal((await t.call(xg, 'GET', `/api/v1/cases/${caseId}/credit-decisions`)).statusCode, 404);
    const propose = await t.call(xg, 'POST', `/api/v1/cases/${caseId}/credit-decisions`, { kind: 'consumptionRestriction', debtorPartyId, facts: '未履行义务', onApplicantRequest: true });
    assert.equal(propose.statusCode, 404);
    assert.equal((await t.call(xg, 'GET', '/api/v1/credit/overview?courtId=210202')).statusCode, 404);
    assert.equal((await t.call(xg, 'GET', `/api/v1/cases/${caseId}/identity-documents`)).statusCode, 404);
    assert.equal((await t.call(xg, 'GET', `/api/v1/cases/${caseId}/controls`)).statusCode, 404);
    assert.equal((await t.call(xg, 'POST', `/api/v1/cases/${caseId}/controls/preview`, { propertyId: NO_SUCH })).statusCode, 404);
    const unbind = await t.call(xg, 'POST', `/api/v1/cases/${caseId}/parties/${partyId}/documents/1/unbind`, { reason: '登记错误' });
    assert.equal(unbind.statusCode, 404);
    assert.equal(unbind.json<{ code: string }>().code, 'OUT_OF_COURT_SCOPE');
  });
  it('a judge of the intermediate court does not see district cases', async () => {
    const cityJudge = await t.login('judge.city');
    assert.equal((await t.call(cityJudge, 'GET', `/api/v1/cases/${caseId}`)).statusCode, 404);
  });
  it('state-changing requests without the CSRF token are refused', async () => {
    const judge = await t.login('judge.zs');
    const res = await t.call({ cookie: judge.cookie, csrf: 'wrong' }, 'POST', '/api/v1/cases', filingRequest({}));
    assert.equal(res.statusCode, 403);
    assert.equal(res.json<{ code: string }>().code, 'CSRF_TOKEN_INVALID');
  });
});
