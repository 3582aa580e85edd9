/**
 * Credit discipline through the services, on PGlite and on PostgreSQL: proposals refused with every
 * legal reason, the president's signature, grace periods, publication, removal, and the check
 * index of a server process kept current from the change feed — failing closed to `review`.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppError, type CaseDetail } from '@zhixing/contracts';
import { appendFeed } from '@zhixing/db';
import { createTestContext, filingRequest, type TestContext } from '../testing/index.js';
import { fileCase } from '../cases/file-case.js';
import { actOnCase } from '../cases/act-on-case.js';
import { listCaseEvents } from '../cases/list-case-events.js';
import { CreditRuntime } from '../credit-check/credit-runtime.js';
import { checkSubject } from '../credit-check/check-subject.js';
import type { AgencyPrincipal } from '../credit-check/agency-book.js';
import { proposeCreditDecision } from './propose-credit-decision.js';
import { checkCreditEligibility } from './check-credit-eligibility.js';
import { reviewCreditDecision } from './review-credit-decision.js';
import { endCreditDecision } from './end-credit-decision.js';
import { scanCreditDecisions } from './scan-credit-decisions.js';
import { creditOverview } from './credit-overview.js';
import { grantPermit } from './grant-permit.js';
import { liftSubject } from './lift-subject.js';
import { bindIdentityDocument } from './bind-identity-document.js';
import { decideCorrection, fileCorrection, fileReconsideration } from './credit-corrections.js';
import { listCorrections } from './list-corrections.js';
import { revokePermit } from './revoke-permit.js';
import { unbindIdentityDocument } from './unbind-identity-document.js';
import { listIdentityDocuments } from './list-identity-documents.js';
import { listCaseCreditDecisionsFor } from './list-case-credit-decisions.js';
import { readChangeFeed } from '../agencies/read-change-feed.js';
import type { Scenario } from '@zhixing/domain';
import { searchConsumptionRestrictions } from '../public/search-consumption-restrictions.js';

const ADULT = '210202198001011238';
const MINOR = '210202201005014561';
const LEGAL_REP = '210203197511117894';
const ORG = '91350100M000100Y43';

let t: TestContext;
let monotonic = 0;
let runtime: CreditRuntime;
const agency: AgencyPrincipal = {
  id: '00000000-0000-4000-8000-000000000001',
  name: '测试航空',
  category: 'airline',
  scenarios: new Set<Scenario>(['flight', 'publicBidding', 'highSpeedTrain', 'leaveCountry']),
  scopes: new Set(['check']),
  rateLimitPerMinute: 1000,
};

before(async () => {
  // Monday 2026-03-02, 09:00 CST.
  t = await createTestContext('2026-03-02T09:00:00+08:00');
  runtime = new CreditRuntime(t.ctx, { monotonicNow: () => monotonic, staleAfterMs: 1000 });
  await runtime.reload();
  await t.store.database.db
    .insertInto('agencies')
    .values({ id: agency.id, name: agency.name, category: 'airline', scenarios: ['flight'], scopes: ['check'], key_prefix: 'zxa_test', key_hash: 'x', rate_limit_per_minute: 1000, created_by: (await t.actor('admin')).userId, created_at: new Date(), revoked_at: null })
    .execute();
});
after(async () => {
  await runtime.stop();
  await t.close();
});

async function rejects(promise: Promise<unknown>, code: string): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof AppError, String(error));
    assert.equal(error.code, code, `${error.code}: ${error.messageEn}`);
    return error;
  }
  assert.fail(`expected ${code}`);
}

/** A case at the notice stage, with the given debtors. */
async function noticedCase(debtors?: NonNullable<Parameters<typeof filingRequest>[0]>['debtors']) {
  const judge = await t.actor('judge.zs');
  const chief = await t.actor('chief.zs');
  let c: CaseDetail = await fileCase(t.ctx, judge, filingRequest(debtors ? { debtors } : {}));
  c = await actOnCase(t.ctx, chief, c.id, { action: { type: 'assignHandler', handlerId: judge.userId }, expectedVersion: c.version });
  c = await actOnCase(t.ctx, judge, c.id, { action: { type: 'serveNotice', servedOn: '2026-03-02' }, expectedVersion: c.version });
  return c;
}

async function check(kind: 'person' | 'organisation', id: string, scenario: Scenario, name?: string) {
  await runtime.syncOnce();
  const subject = kind === 'person' ? { kind, idNumber: id } : { kind, creditCode: id };
  return checkSubject(runtime, t.clock, agency, { subject, scenario, ...(name ? { name } : {}) }, { requestId: null, channel: 'single' });
}

describe('consumption restriction and listing of an organisation debtor', () => {
  let caseId = '';
  let debtorId = '';
  it('refuses a listing before the debtor is restricted, naming the rule', async () => {
    const c = await noticedCase();
    caseId = c.id;
    debtorId = c.parties.find((p) => p.partyRole === 'debtor')!.id;
    const judge = await t.actor('judge.zs');
    const e = await checkCreditEligibility(t.ctx, judge, caseId, { kind: 'dishonestListing', debtorPartyId: debtorId, ground: 'evadesEnforcement', facts: '转移财产规避执行', gracePeriodMonths: 0, extensionYears: 0, aggravation: null, attestations: { securityProvided: false, seizedPropertySufficient: false, laterInPerformanceOrder: false }, onApplicantRequest: true });
    assert.equal(e.eligible, false);
    assert.ok(e.problems.some((p) => p.code === 'LISTING_CONSUMPTION_NOT_RESTRICTED'), JSON.stringify(e.problems));
  });

  it('restricts the company and binds its legal representative once the president signs', async () => {
    const judge = await t.actor('judge.zs');
    const d = await proposeCreditDecision(t.ctx, judge, caseId, { kind: 'consumptionRestriction', debtorPartyId: debtorId, facts: '未按执行通知履行义务', gracePeriodMonths: 0, boundPersons: [{ role: 'legalRepresentative', name: '赵强', idNumber: LEGAL_REP }], onApplicantRequest: true });
    assert.equal(d.status, 'pendingApproval');
    assert.equal(d.documentNumber, `${d.caseNumber}之一`);
    assert.deepEqual(d.subjects.map((s) => [s.role, s.name, s.idNumberMasked ?? s.creditCode]), [['debtor', '大连海星贸易有限公司', ORG], ['legalRepresentative', '赵强', '2102**********7894']]);
    // Not in force before signature: checks allow, and the public search finds nobody.
    assert.equal((await check('person', LEGAL_REP, 'flight')).decision, 'allow');
    assert.deepEqual((await searchConsumptionRestrictions(t.ctx, { name: '赵强', idFragment: LEGAL_REP.slice(-4) })).items, []);
    // Only the president signs.
    await rejects(reviewCreditDecision(t.ctx, await t.actor('chief.zs'), d.id, { approve: true, reason: null, expectedVersion: d.version }), 'FORBIDDEN');
    const signed = await reviewCreditDecision(t.ctx, await t.actor('president.zs'), d.id, { approve: true, reason: null, expectedVersion: d.version });
    assert.equal(signed.status, 'published');
    const rep = await check('person', LEGAL_REP, 'flight', '赵强');
    assert.equal(rep.decision, 'deny');
    assert.equal(rep.measures[0]!.role, 'legalRepresentative');
    assert.equal(rep.measures[0]!.boundTo, '大连海星贸易有限公司');
    assert.equal(rep.measures[0]!.caseNumber, d.caseNumber);
    assert.equal(rep.nameMatches, true);
    // The public consumption-restriction search finds the bound person by name and part of the ID
    // number (masked, with the company they answer for) and the company by its credit code.
    const bound = (await searchConsumptionRestrictions(t.ctx, { name: '赵强', idFragment: LEGAL_REP.slice(-4) })).items;
    assert.deepEqual(bound.map((i) => [i.name, i.idMasked, i.role, i.debtorName, i.caseNumber]), [['赵强', '2102**********7894', 'legalRepresentative', '大连海星贸易有限公司', d.caseNumber]]);
    assert.deepEqual((await searchConsumptionRestrictions(t.ctx, { creditCode: ORG })).items.map((i) => [i.name, i.role]), [['大连海星贸易有限公司', 'debtor']]);
    // Only the exact name with the fragment: no browsing.
    assert.deepEqual((await searchConsumptionRestrictions(t.ctx, { name: '赵', idFragment: LEGAL_REP.slice(-4) })).items, []);
    // A bound person is not barred from what only a listing bars.
    assert.equal((await check('person', LEGAL_REP, 'publicBidding')).decision, 'allow');
    // The same number with another name: a human looks, nothing is disclosed.
    const mismatch = await check('person', LEGAL_REP, 'flight', '钱多多');
    assert.equal(mismatch.decision, 'review');
    assert.deepEqual(mismatch.measures, []);
  });

  it('lists the company with a one-month grace period: published only when the grace period ends', async () => {
    const judge = await t.actor('judge.zs');
    const d = await proposeCreditDecision(t.ctx, judge, caseId, { kind: 'dishonestListing', debtorPartyId: debtorId, ground: 'evadesEnforcement', facts: '转移财产规避执行', gracePeriodMonths: 1, extensionYears: 0, aggravation: null, attestations: { securityProvided: false, seizedPropertySufficient: false, laterInPerformanceOrder: false }, onApplicantRequest: true });
    const signed = await reviewCreditDecision(t.ctx, await t.actor('president.zs'), d.id, { approve: true, reason: null, expectedVersion: d.version });
    assert.equal(signed.status, 'inGrace');
    assert.equal(signed.publishOn, '2026-04-02');
    assert.equal(signed.expiresOn, '2028-04-02');
    assert.equal((await check('organisation', ORG, 'publicBidding')).decision, 'allow');
    t.clock.set('2026-04-02T00:00:05+08:00');
    const report = await scanCreditDecisions(t.ctx);
    assert.equal(report.published, 1);
    const denied = await check('organisation', ORG, 'publicBidding');
    assert.equal(denied.decision, 'deny');
    assert.equal(denied.measures[0]!.since, '2026-04-02');
    // Deleted on performance: allowed again at the next sync, and the deletion is on time.
    const current = (await creditOverview(t.ctx, await t.actor('chief.zs'), {})).published.find((r) => r.id === d.id)!;
    const ended = await endCreditDecision(t.ctx, judge, d.id, { ground: 'performed', arisenOn: '2026-04-02', note: '被执行人已履行完毕', expectedVersion: current.version });
    assert.equal(ended.status, 'removed');
    assert.equal(ended.removal?.dueOn, '2026-04-08');
    assert.equal((await check('organisation', ORG, 'publicBidding')).decision, 'allow');
    const events = await listCaseEvents(t.ctx, judge, caseId);
    const actions = events.items.map((e) => e.action);
    for (const a of ['proposeCreditDecision', 'signCreditDecision', 'publishCreditDecision', 'endCreditDecision']) assert.ok(actions.includes(a), `${a} in ${actions.join(',')}`);
    t.clock.set('2026-03-02T09:00:00+08:00');
  });
});

describe('who may not be listed', () => {
  it('refuses a minor, with the rule, and writes nothing', async () => {
    const c = await noticedCase([{ kind: 'person', name: '小明', idNumber: MINOR }]);
    const debtorPartyId = c.parties.find((p) => p.partyRole === 'debtor')!.id;
    const judge = await t.actor('judge.zs');
    const restriction = await proposeCreditDecision(t.ctx, judge, c.id, { kind: 'consumptionRestriction', debtorPartyId, facts: '未履行', gracePeriodMonths: 0, boundPersons: [], onApplicantRequest: true });
    assert.equal(restriction.status, 'pendingApproval');
    const error = await rejects(proposeCreditDecision(t.ctx, judge, c.id, { kind: 'dishonestListing', debtorPartyId, ground: 'obstructsEnforcement', facts: '暴力抗拒执行', gracePeriodMonths: 0, extensionYears: 0, aggravation: null, attestations: { securityProvided: false, seizedPropertySufficient: false, laterInPerformanceOrder: false }, onApplicantRequest: false }), 'RULE_VIOLATION');
    assert.equal(error.details?.rule, 'LISTING_DEBTOR_MINOR');
    const count = await t.store.database.db.selectFrom('credit_decisions').select((eb) => eb.fn.countAll<number>().as('n')).where('case_id', '=', c.id).executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);
  });
});

describe('the check index fails closed', () => {
  let decisionId = '';
  let version = 0;
  before(async () => {
    const c = await noticedCase([{ kind: 'person', name: '王五', idNumber: ADULT }]);
    const debtorPartyId = c.parties.find((p) => p.partyRole === 'debtor')!.id;
    const d = await proposeCreditDecision(t.ctx, await t.actor('officer.zs'), c.id, { kind: 'consumptionRestriction', debtorPartyId, facts: '未履行', gracePeriodMonths: 0, boundPersons: [], onApplicantRequest: true });
    const signed = await reviewCreditDecision(t.ctx, await t.actor('president.zs'), d.id, { approve: true, reason: null, expectedVersion: d.version });
    decisionId = signed.id;
    version = signed.version;
    assert.equal((await check('person', ADULT, 'highSpeedTrain')).decision, 'deny');
  });

  it('answers review, not a stale deny, when a removal cannot be applied, and allow once it catches up', async () => {
    // An entry the index cannot apply lands in the feed just before the removal.
    await t.store.database.db.transaction().execute((trx) => appendFeed(trx, new Date(), [{ op: 'add', ref: 0, courtId: null, payload: { broken: true } }]));
    await endCreditDecision(t.ctx, await t.actor('judge.zs'), decisionId, { ground: 'performedInFull', arisenOn: '2026-03-02', note: '已履行完毕', expectedVersion: version });
    await runtime.syncOnce();
    assert.equal(runtime.freshness().fresh, false);
    const r = checkSubject(runtime, t.clock, agency, { subject: { kind: 'person', idNumber: ADULT }, scenario: 'highSpeedTrain' }, { requestId: null, channel: 'single' });
    assert.equal(r.decision, 'review');
    assert.deepEqual(r.reasons, ['INDEX_NOT_CURRENT']);
    // The next sync rebuilds from the tables: the removal is there.
    assert.equal((await check('person', ADULT, 'highSpeedTrain')).decision, 'allow');
    assert.equal(runtime.freshness().fresh, true);
  });

  it('answers review, not a false allow, when the index has not synced within its window', async () => {
    monotonic += 5000;
    const r = checkSubject(runtime, t.clock, agency, { subject: { kind: 'person', idNumber: ADULT }, scenario: 'highSpeedTrain' }, { requestId: null, channel: 'single' });
    assert.equal(r.decision, 'review');
    await runtime.syncOnce();
    assert.equal(runtime.freshness().fresh, true);
  });

  it('logs every check, with the full number only in the protected log table', async () => {
    await runtime.log.flush();
    const rows = await t.store.database.db.selectFrom('agency_check_log').selectAll().where('subject_id', '=', ADULT).execute();
    assert.ok(rows.length >= 3);
    assert.ok(rows.every((r) => r.subject_masked === '2102**********1238'));
    assert.ok(rows.some((r) => r.decision === 'review') && rows.some((r) => r.decision === 'allow') && rows.some((r) => r.decision === 'deny'));
    await assert.rejects(t.store.database.db.deleteFrom('agency_check_log').execute(), /append-only/);
  });
});

describe('permits, travel documents and corrections', () => {
  const PERSON = '210202199002021352';
  let caseId = '';
  let partyId = '';
  let restriction = { id: '', subjectId: 0 };
  before(async () => {
    const c = await noticedCase([{ kind: 'person', name: '郑九', idNumber: PERSON }]);
    caseId = c.id;
    partyId = c.parties.find((p) => p.partyRole === 'debtor')!.id;
    const d = await proposeCreditDecision(t.ctx, await t.actor('judge.zs'), caseId, { kind: 'consumptionRestriction', debtorPartyId: partyId, facts: '未履行', gracePeriodMonths: 0, boundPersons: [], onApplicantRequest: true });
    const signed = await reviewCreditDecision(t.ctx, await t.actor('president.zs'), d.id, { approve: true, reason: null, expectedVersion: d.version });
    restriction = { id: signed.id, subjectId: signed.subjects[0]!.id };
  });

  it('a permit for a necessary journey allows that act in its window only (限高规定 art. 8)', async () => {
    assert.equal((await check('person', PERSON, 'flight')).decision, 'deny');
    const permit = await grantPermit(t.ctx, await t.actor('judge.zs'), restriction.id, { subjectId: restriction.subjectId, reason: 'medicalTreatment', description: '赴京就医', scenarios: ['flight'], from: '2026-03-02', to: '2026-03-05' });
    assert.ok(permit.permitId > 0);
    const allowed = await check('person', PERSON, 'flight');
    assert.equal(allowed.decision, 'allow');
    assert.deepEqual(allowed.reasons, ['PERMITTED_CONSUMPTION']);
    assert.equal(allowed.permitId, permit.permitId);
    assert.equal((await check('person', PERSON, 'highSpeedTrain')).decision, 'deny');
    t.clock.set('2026-03-06T09:00:00+08:00');
    assert.equal((await check('person', PERSON, 'flight')).decision, 'deny');
    t.clock.set('2026-03-02T09:00:00+08:00');
    await rejects(grantPermit(t.ctx, await t.actor('judge.zs'), restriction.id, { subjectId: restriction.subjectId, reason: 'other', description: null, scenarios: ['flight'], from: '2026-03-02', to: '2026-03-05' }), 'RULE_VIOLATION');
  });

  it('a passport bound to the person resolves to the same identity', async () => {
    await bindIdentityDocument(t.ctx, await t.actor('clerk.zs'), caseId, partyId, { docType: 'passport', docNumber: 'e12345678' });
    await runtime.syncOnce();
    const r = checkSubject(runtime, t.clock, agency, { subject: { kind: 'document', docType: 'passport', docNumber: 'E12345678' }, scenario: 'highSpeedTrain' }, { requestId: null, channel: 'single' });
    assert.equal(r.decision, 'deny');
    assert.equal(r.subject.masked, '2102**********1352');
    const unknown = checkSubject(runtime, t.clock, agency, { subject: { kind: 'document', docType: 'passport', docNumber: 'E99999999' }, scenario: 'highSpeedTrain' }, { requestId: null, channel: 'single' });
    assert.equal(unknown.decision, 'allow');
    // The same passport cannot belong to another person.
    const other = await noticedCase([{ kind: 'person', name: '吴十', idNumber: ADULT }]);
    await rejects(bindIdentityDocument(t.ctx, await t.actor('clerk.zs'), other.id, other.parties.find((p) => p.partyRole === 'debtor')!.id, { docType: 'passport', docNumber: 'E12345678' }), 'ALREADY_EXISTS');
  });

  it('a correction request is due for review in 15 days; granted, the entry must come off within 3 working days', async () => {
    const judge = await t.actor('judge.zs');
    const listing = await proposeCreditDecision(t.ctx, judge, caseId, { kind: 'dishonestListing', debtorPartyId: partyId, ground: 'breachesPropertyReport', facts: '拒不报告财产', gracePeriodMonths: 0, extensionYears: 0, aggravation: null, attestations: { securityProvided: false, seizedPropertySufficient: false, laterInPerformanceOrder: false }, onApplicantRequest: true });
    const signed = await reviewCreditDecision(t.ctx, await t.actor('president.zs'), listing.id, { approve: true, reason: null, expectedVersion: listing.version });
    const filed = await fileCorrection(t.ctx, await t.actor('clerk.zs'), signed.id, { applicantName: '郑九', ground: 'shouldNotBeListed', reason: '已按期报告财产', receivedOn: '2026-03-02' });
    assert.equal(filed.reviewDueOn, '2026-03-17');
    assert.equal(filed.daysLeft, 15);
    // Not reviewed in 15 days: the supervisors are warned; the decision resolves the warning.
    t.clock.set('2026-03-18T09:00:00+08:00');
    assert.ok((await scanCreditDecisions(t.ctx)).overdueCorrections >= 1);
    const lateNode = `creditCorrection:${filed.id}`;
    assert.equal((await t.store.database.db.selectFrom('warnings').select('id').where('node', '=', lateNode).where('resolved_on', 'is', null).execute()).length, 1);
    t.clock.set('2026-03-02T09:00:00+08:00');
    const granted = await decideCorrection(t.ctx, judge, filed.id, { grant: true, note: '经核实已报告财产' });
    assert.equal(granted.status, 'granted');
    assert.equal(granted.fixDueOn, '2026-03-05');
    assert.equal((await t.store.database.db.selectFrom('warnings').select('id').where('node', '=', lateNode).where('resolved_on', 'is', null).execute()).length, 0);
    const overview = await creditOverview(t.ctx, judge, {});
    const due = overview.removalDue.find((r) => r.id === signed.id)!;
    assert.equal(due.removal?.dueOn, '2026-03-05');
    assert.equal(due.removal?.ground, 'wronglyListed');
    // Past the due date the supervisors are warned.
    t.clock.set('2026-03-06T09:00:00+08:00');
    const report = await scanCreditDecisions(t.ctx);
    assert.ok(report.overdueRemovals >= 1);
    const warnings = await t.store.database.db.selectFrom('warnings').selectAll().where('kind', '=', 'creditRemovalOverdue').where('resolved_on', 'is', null).execute();
    assert.ok(warnings.some((w) => w.node === `creditRemoval:${signed.id}`));
    const ended = await endCreditDecision(t.ctx, judge, signed.id, { ground: 'wronglyListed', arisenOn: '2026-03-02', note: '错误纳入，撤销', expectedVersion: due.version });
    assert.equal(ended.status, 'removed');
    const open = await t.store.database.db.selectFrom('warnings').selectAll().where('node', '=', `creditRemoval:${signed.id}`).where('resolved_on', 'is', null).execute();
    assert.equal(open.length, 0);
    t.clock.set('2026-03-02T09:00:00+08:00');
  });
});

describe('exit restriction and reconsideration by the higher court', () => {
  const PERSON = '210202198001011238';
  it('restricts exit; the intermediate court quashes it on reconsideration and checks allow at once', async () => {
    const c = await noticedCase([{ kind: 'person', name: '冯十二', idNumber: PERSON }]);
    const partyId = c.parties.find((p) => p.partyRole === 'debtor')!.id;
    const judge = await t.actor('judge.zs');
    const d = await proposeCreditDecision(t.ctx, judge, c.id, { kind: 'exitRestriction', debtorPartyId: partyId, facts: '被执行人拟出境转移资产', subjects: [], onApplicantRequest: true, exOfficioReason: null });
    const signed = await reviewCreditDecision(t.ctx, await t.actor('president.zs'), d.id, { approve: true, reason: null, expectedVersion: d.version });
    assert.equal(signed.status, 'published');
    assert.equal((await check('person', PERSON, 'leaveCountry')).decision, 'deny');
    assert.equal((await check('person', PERSON, 'flight')).decision, 'allow');
    // Too late: more than 10 days after the decision.
    t.clock.set('2026-03-20T09:00:00+08:00');
    await rejects(fileReconsideration(t.ctx, await t.actor('clerk.zs'), d.id, { applicantName: '冯十二', reason: '已提供担保', receivedOn: '2026-03-20', correctionId: null }), 'RULE_VIOLATION');
    t.clock.set('2026-03-02T09:00:00+08:00');
    const r = await fileReconsideration(t.ctx, await t.actor('clerk.zs'), d.id, { applicantName: '冯十二', reason: '限制出境错误', receivedOn: '2026-03-02', correctionId: null });
    assert.equal(r.kind, 'reconsideration');
    assert.equal(r.courtId, '2102');
    assert.equal(r.reviewDueOn, '2026-03-17');
    assert.equal(r.courtName, '大连市中级人民法院');
    assert.equal(r.decisionCourtId, '210202');
    assert.equal(r.decisionCourtName, '大连市中山区人民法院');
    assert.equal(r.decisionCourtNameEn, 'Zhongshan District People\'s Court');
    // A second application while this one is pending is refused, and writes nothing.
    const twice = await rejects(fileReconsideration(t.ctx, await t.actor('clerk.zs'), d.id, { applicantName: '冯十二', reason: '再次申请复议', receivedOn: '2026-03-02', correctionId: null }), 'RECONSIDERATION_ALREADY_FILED');
    assert.equal(twice.status, 409);
    assert.deepEqual(twice.details, { reconsiderationId: r.id, status: 'pending' });
    assert.match(twice.messageZh, /[\u4e00-\u9fa5]/);
    assert.match(twice.messageEn, /reconsideration/i);
    // The district court follows it in its queue (and its clerk too), named where it went, but cannot decide it.
    for (const districtUser of [judge, await t.actor('clerk.zs')]) {
      const mine = (await listCorrections(t.ctx, districtUser, { decisionId: d.id })).items;
      assert.deepEqual(mine.map((x) => [x.id, x.courtId, x.courtName, x.status]), [[r.id, '2102', '大连市中级人民法院', 'pending']]);
    }
    await rejects(decideCorrection(t.ctx, judge, r.id, { grant: true, note: '撤销' }), 'OUT_OF_COURT_SCOPE');
    await rejects(decideCorrection(t.ctx, await t.actor('president.zs'), r.id, { grant: true, note: '撤销' }), 'OUT_OF_COURT_SCOPE');
    // Another district court sees nothing of it.
    assert.equal((await listCorrections(t.ctx, await t.actor('judge.xg'), {})).items.some((x) => x.id === r.id), false);
    // The intermediate court hears it: in its queue, naming the court whose decision it reviews.
    const cityJudge = await t.actor('judge.city');
    const heard = (await listCorrections(t.ctx, cityJudge, {})).items.find((x) => x.id === r.id);
    assert.equal(heard?.decisionCourtName, '大连市中山区人民法院');
    const decided = await decideCorrection(t.ctx, cityJudge, r.id, { grant: true, note: '限制出境依据不足，予以撤销' });
    assert.equal(decided.status, 'granted');
    assert.equal((await check('person', PERSON, 'leaveCountry')).decision, 'allow');
    // The quashed restriction binds nobody: a further reconsideration of it is refused.
    const moot = await rejects(fileReconsideration(t.ctx, await t.actor('clerk.zs'), d.id, { applicantName: '冯十二', reason: '再次申请复议', receivedOn: '2026-03-02', correctionId: null }), 'RULE_VIOLATION');
    assert.equal((moot.details as { rule: string }).rule, 'RECONSIDERATION_DECISION_NOT_IN_FORCE');
  });

  it('a dismissed correction of a listing may go to the higher court, whose dismissal is final', async () => {
    const PERSON2 = '210203197511117894';
    const c = await noticedCase([{ kind: 'person', name: '陈十三', idNumber: PERSON2 }]);
    const partyId = c.parties.find((p) => p.partyRole === 'debtor')!.id;
    const judge = await t.actor('judge.zs');
    const president = await t.actor('president.zs');
    const r0 = await proposeCreditDecision(t.ctx, judge, c.id, { kind: 'consumptionRestriction', debtorPartyId: partyId, facts: '未履行', gracePeriodMonths: 0, boundPersons: [], onApplicantRequest: true });
    await reviewCreditDecision(t.ctx, president, r0.id, { approve: true, reason: null, expectedVersion: r0.version });
    const l0 = await proposeCreditDecision(t.ctx, judge, c.id, { kind: 'dishonestListing', debtorPartyId: partyId, ground: 'breachesConsumptionRestriction', facts: '违反限制消费令乘坐飞机', gracePeriodMonths: 0, extensionYears: 0, aggravation: null, attestations: { securityProvided: false, seizedPropertySufficient: false, laterInPerformanceOrder: false }, onApplicantRequest: false });
    const listed = await reviewCreditDecision(t.ctx, president, l0.id, { approve: true, reason: null, expectedVersion: l0.version });
    await rejects(fileReconsideration(t.ctx, await t.actor('clerk.zs'), listed.id, { applicantName: '陈十三', reason: '不服', receivedOn: '2026-03-02', correctionId: null }), 'RULE_VIOLATION');
    const corr = await fileCorrection(t.ctx, await t.actor('clerk.zs'), listed.id, { applicantName: '陈十三', ground: 'shouldNotBeListed', reason: '未乘坐飞机', receivedOn: '2026-03-02' });
    const dismissed = await decideCorrection(t.ctx, judge, corr.id, { grant: false, note: '经查属实乘坐飞机' });
    assert.equal(dismissed.reconsiderationApplyBy, '2026-03-12');
    const r = await fileReconsideration(t.ctx, await t.actor('clerk.zs'), listed.id, { applicantName: '陈十三', reason: '不服驳回', receivedOn: '2026-03-02', correctionId: corr.id });
    assert.equal(r.parentId, corr.id);
    // The same dismissed correction cannot go up twice: not while pending, and not once decided.
    const again = { applicantName: '陈十三', reason: '再次不服驳回', receivedOn: '2026-03-02', correctionId: corr.id };
    await rejects(fileReconsideration(t.ctx, await t.actor('judge.zs'), listed.id, again), 'RECONSIDERATION_ALREADY_FILED');
    // The case page asks for its own case: the correction and the reconsideration heard above.
    const onCase = (await listCorrections(t.ctx, judge, { caseId: c.id })).items;
    assert.deepEqual(onCase.map((x) => x.id).sort(), [corr.id, r.id].sort());
    assert.deepEqual((await listCorrections(t.ctx, judge, { caseId: c.id, status: 'dismissed' })).items.map((x) => x.id), [corr.id]);
    assert.deepEqual((await listCorrections(t.ctx, judge, { caseId: '00000000-0000-4000-8000-000000000000' })).items, []);
    const final = await decideCorrection(t.ctx, await t.actor('judge.city'), r.id, { grant: false, note: '维持' });
    assert.equal(final.status, 'dismissed');
    assert.equal(final.reconsiderationApplyBy, null);
    const decided = await rejects(fileReconsideration(t.ctx, await t.actor('clerk.zs'), listed.id, again), 'RECONSIDERATION_ALREADY_FILED');
    assert.deepEqual(decided.details, { reconsiderationId: r.id, status: 'dismissed' });
    // The district court sees the higher court's final decision on its case.
    assert.equal((await listCorrections(t.ctx, judge, { decisionId: listed.id })).items.find((x) => x.id === r.id)?.status, 'dismissed');
    assert.equal((await check('person', PERSON2, 'publicBidding')).decision, 'deny');
  });
});

describe('releasing a replaced legal representative (善意文明执行意见 para. 17(2))', () => {
  it('lifts only that person; the company stays restricted', async () => {
    const c = await noticedCase([{ kind: 'organisation', name: '大连渤海港务有限公司', creditCode: '91210202MA0Q1C4D00', legalRepresentative: '褚十四' }]);
    const partyId = c.parties.find((p) => p.partyRole === 'debtor')!.id;
    const judge = await t.actor('judge.zs');
    const d = await proposeCreditDecision(t.ctx, judge, c.id, { kind: 'consumptionRestriction', debtorPartyId: partyId, facts: '未履行', gracePeriodMonths: 0, boundPersons: [{ role: 'legalRepresentative', name: '褚十四', idNumber: '210202199002021352' }, { role: 'actualController', name: '卫十五', idNumber: '210202198001011238' }], onApplicantRequest: true });
    const signed = await reviewCreditDecision(t.ctx, await t.actor('president.zs'), d.id, { approve: true, reason: null, expectedVersion: d.version });
    const rep = signed.subjects.find((s) => s.role === 'legalRepresentative')!;
    const controller = signed.subjects.find((s) => s.role === 'actualController')!;
    await rejects(liftSubject(t.ctx, judge, signed.id, controller.id, { ground: 'formerOfficerReplaced', note: '不适用', expectedVersion: signed.version }), 'RULE_VIOLATION');
    const lifted = await liftSubject(t.ctx, judge, signed.id, rep.id, { ground: 'formerOfficerReplaced', note: '工商登记已变更法定代表人', expectedVersion: signed.version });
    assert.ok(lifted.subjects.find((s) => s.id === rep.id)!.liftedAt);
    assert.equal(lifted.status, 'published');
    const r = await check('organisation', '91210202MA0Q1C4D00', 'flight');
    assert.equal(r.decision, 'deny');
    // 褚十四 may still be bound by other decisions of these tests; this one no longer names them.
    const repMeasures = (await check('person', '210202199002021352', 'flight')).measures;
    assert.ok(!repMeasures.some((m) => m.measureId === rep.id));
  });
});

describe('revoking a permit (限高规定 art. 8)', () => {
  const PERSON = '210202198505051233';
  let caseId = '';
  let decision = { id: '', subjectId: 0 };
  let permitId = 0;
  before(async () => {
    const c = await noticedCase([{ kind: 'person', name: '蒋十六', idNumber: PERSON }]);
    caseId = c.id;
    const debtorPartyId = c.parties.find((p) => p.partyRole === 'debtor')!.id;
    const d = await proposeCreditDecision(t.ctx, await t.actor('judge.zs'), caseId, { kind: 'consumptionRestriction', debtorPartyId, facts: '未履行', gracePeriodMonths: 0, boundPersons: [], onApplicantRequest: true });
    const signed = await reviewCreditDecision(t.ctx, await t.actor('president.zs'), d.id, { approve: true, reason: null, expectedVersion: d.version });
    decision = { id: signed.id, subjectId: signed.subjects[0]!.id };
    permitId = (await grantPermit(t.ctx, await t.actor('judge.zs'), decision.id, { subjectId: decision.subjectId, reason: 'medicalTreatment', description: '赴京就医', scenarios: ['flight'], from: '2026-03-02', to: '2026-03-05' })).permitId;
    assert.equal((await check('person', PERSON, 'flight')).decision, 'allow');
  });

  it('the console sees the permit on the decision, active', async () => {
    const d = (await listCaseCreditDecisionsFor(t.ctx, await t.actor('clerk.zs'), caseId)).items.find((x) => x.id === decision.id)!;
    assert.equal(d.permits.length, 1);
    const p = d.permits[0]!;
    assert.deepEqual(
      { id: p.id, subjectId: p.subjectId, reason: p.reason, description: p.description, scenarios: p.scenarios, from: p.from, to: p.to, grantedBy: p.grantedBy.displayName.length > 0, revokedAt: p.revokedAt, revokedReason: p.revokedReason, active: p.active },
      { id: permitId, subjectId: decision.subjectId, reason: 'medicalTreatment', description: '赴京就医', scenarios: ['flight'], from: '2026-03-02', to: '2026-03-05', grantedBy: true, revokedAt: null, revokedReason: null, active: true },
    );
  });

  it('only judges, officers and the president of that court revoke; a permit of another decision is not found', async () => {
    await rejects(revokePermit(t.ctx, await t.actor('clerk.zs'), decision.id, permitId, { reason: '就医已取消' }), 'FORBIDDEN');
    await rejects(revokePermit(t.ctx, await t.actor('judge.xg'), decision.id, permitId, { reason: '就医已取消' }), 'OUT_OF_COURT_SCOPE');
    await rejects(revokePermit(t.ctx, await t.actor('judge.zs'), decision.id, permitId + 100000, { reason: '就医已取消' }), 'NOT_FOUND');
    const other = await noticedCase([{ kind: 'person', name: '沈十七', idNumber: '210202198707074564' }]);
    const od = await proposeCreditDecision(t.ctx, await t.actor('judge.zs'), other.id, { kind: 'consumptionRestriction', debtorPartyId: other.parties.find((p) => p.partyRole === 'debtor')!.id, facts: '未履行', gracePeriodMonths: 0, boundPersons: [], onApplicantRequest: true });
    await rejects(revokePermit(t.ctx, await t.actor('judge.zs'), od.id, permitId, { reason: '就医已取消' }), 'NOT_FOUND');
  });

  it('revoked, the checks deny again, the feed tells the agencies that care, and the act is on the audit chain', async () => {
    const seqBefore = (await t.store.database.db.selectFrom('credit_feed_head').select('last_seq').executeTakeFirstOrThrow()).last_seq;
    assert.deepEqual(await revokePermit(t.ctx, await t.actor('officer.zs'), decision.id, permitId, { reason: '  就医已取消  ' }), { ok: true });
    assert.equal((await check('person', PERSON, 'flight')).decision, 'deny');
    const row = await t.store.database.db.selectFrom('consumption_permits').selectAll().where('id', '=', permitId).executeTakeFirstOrThrow();
    assert.ok(row.revoked_at);
    assert.equal(row.revoked_by, (await t.actor('officer.zs')).userId);
    // The service stores what it is given; the route's schema trims (2..1000).
    assert.equal(row.revoked_reason, '  就医已取消  ');
    // The agencies' feed: an airline is told, a bidding platform is not.
    const cursor = `c${seqBefore}`;
    const airline = await readChangeFeed(t.ctx, { ...agency, scenarios: new Set<Scenario>(['flight']) }, { cursor, limit: 100 });
    const entry = airline.items.find((i) => i.op === 'revokePermit')!;
    assert.ok(entry, JSON.stringify(airline.items));
    assert.deepEqual(entry.detail, { permitId, measureId: decision.subjectId, subjectId: PERSON, scenarios: ['flight'] });
    const bidding = await readChangeFeed(t.ctx, { ...agency, scenarios: new Set<Scenario>(['publicBidding']) }, { cursor, limit: 100 });
    assert.ok(!bidding.items.some((i) => i.op === 'revokePermit'));
    const events = (await listCaseEvents(t.ctx, await t.actor('judge.zs'), caseId)).items;
    const ev = events.find((e) => e.action === 'revokePermit')!;
    assert.ok(ev, events.map((e) => e.action).join(','));
    assert.match(ev.summaryZh ?? '', /撤销准许蒋十六必要消费/);
    assert.match(ev.legalBasis ?? '', /第八条/);
    // The view shows it revoked.
    const p = (await listCaseCreditDecisionsFor(t.ctx, await t.actor('judge.zs'), caseId)).items.find((x) => x.id === decision.id)!.permits[0]!;
    assert.equal(p.active, false);
    assert.equal(p.revokedReason, '  就医已取消  ');
    assert.equal(p.revokedBy?.id, (await t.actor('officer.zs')).userId);
    assert.ok(p.revokedAt);
  });

  it('a permit already revoked, or past its last day, cannot be revoked: 409', async () => {
    const again = await rejects(revokePermit(t.ctx, await t.actor('judge.zs'), decision.id, permitId, { reason: '重复撤销' }), 'PERMIT_NOT_ACTIVE');
    assert.equal(again.status, 409);
    assert.ok(again.details?.revokedAt);
    const short = await grantPermit(t.ctx, await t.actor('judge.zs'), decision.id, { subjectId: decision.subjectId, reason: 'funeral', description: null, scenarios: ['highSpeedTrain'], from: '2026-03-02', to: '2026-03-02' });
    t.clock.set('2026-03-03T09:00:00+08:00');
    try {
      const past = await rejects(revokePermit(t.ctx, await t.actor('judge.zs'), decision.id, short.permitId, { reason: '已过期' }), 'PERMIT_NOT_ACTIVE');
      assert.equal(past.details?.validTo, '2026-03-02');
      const view = (await listCaseCreditDecisionsFor(t.ctx, await t.actor('judge.zs'), caseId)).items.find((x) => x.id === decision.id)!;
      assert.deepEqual(view.permits.map((p) => [p.id, p.active]), [[permitId, false], [short.permitId, false]]);
    } finally {
      t.clock.set('2026-03-02T09:00:00+08:00');
    }
  });

  it('a restart does not bring a revoked permit back', async () => {
    await runtime.reload();
    assert.equal((await check('person', PERSON, 'flight')).decision, 'deny');
  });
});

describe('unbinding a travel document', () => {
  const PERSON = '210202199109092468';
  const OTHER = '210203197503037894';
  let caseId = '';
  let partyId = '';
  let otherCase = { id: '', partyId: '' };
  let documentId = 0;
  const byPassport = (docNumber: string) => checkSubject(runtime, t.clock, agency, { subject: { kind: 'document', docType: 'passport', docNumber }, scenario: 'flight' }, { requestId: null, channel: 'single' });
  before(async () => {
    const c = await noticedCase([{ kind: 'person', name: '韩十八', idNumber: PERSON }]);
    caseId = c.id;
    partyId = c.parties.find((p) => p.partyRole === 'debtor')!.id;
    const d = await proposeCreditDecision(t.ctx, await t.actor('judge.zs'), caseId, { kind: 'consumptionRestriction', debtorPartyId: partyId, facts: '未履行', gracePeriodMonths: 0, boundPersons: [], onApplicantRequest: true });
    await reviewCreditDecision(t.ctx, await t.actor('president.zs'), d.id, { approve: true, reason: null, expectedVersion: d.version });
    await bindIdentityDocument(t.ctx, await t.actor('clerk.zs'), caseId, partyId, { docType: 'passport', docNumber: 'G87654321' });
    await runtime.syncOnce();
    assert.equal(byPassport('G87654321').decision, 'deny');
    const o = await noticedCase([{ kind: 'person', name: '杨十九', idNumber: OTHER }]);
    otherCase = { id: o.id, partyId: o.parties.find((p) => p.partyRole === 'debtor')!.id };
    documentId = (await listIdentityDocuments(t.ctx, await t.actor('judge.zs'), caseId)).items[0]!.id;
  });

  it('the console lists the case\'s documents, masked', async () => {
    const list = await listIdentityDocuments(t.ctx, await t.actor('supervisor.city'), caseId);
    assert.equal(list.items.length, 1);
    const doc = list.items[0]!;
    assert.deepEqual(
      { partyId: doc.partyId, partyName: doc.partyName, docType: doc.docType, docNumberMasked: doc.docNumberMasked, boundBy: doc.boundBy.id, unboundAt: doc.unboundAt, unboundReason: doc.unboundReason },
      { partyId, partyName: '韩十八', docType: 'passport', docNumberMasked: 'G8*****21', boundBy: (await t.actor('clerk.zs')).userId, unboundAt: null, unboundReason: null },
    );
    assert.ok(!JSON.stringify(list).includes('87654'));
    await rejects(listIdentityDocuments(t.ctx, await t.actor('judge.xg'), caseId), 'OUT_OF_COURT_SCOPE');
    await rejects(listIdentityDocuments(t.ctx, await t.actor('admin'), caseId), 'FORBIDDEN');
  });

  it('is refused for another party, another court, the wrong role, or a document that is not there', async () => {
    await rejects(unbindIdentityDocument(t.ctx, await t.actor('clerk.zs'), otherCase.id, otherCase.partyId, documentId, { reason: '登记错误' }), 'NOT_FOUND');
    await rejects(unbindIdentityDocument(t.ctx, await t.actor('judge.xg'), caseId, partyId, documentId, { reason: '登记错误' }), 'OUT_OF_COURT_SCOPE');
    await rejects(unbindIdentityDocument(t.ctx, await t.actor('president.zs'), caseId, partyId, documentId, { reason: '登记错误' }), 'FORBIDDEN');
    await rejects(unbindIdentityDocument(t.ctx, await t.actor('clerk.zs'), caseId, partyId, documentId + 100000, { reason: '登记错误' }), 'NOT_FOUND');
  });

  it('unbound, the document no longer resolves to the person; it may be bound to its real holder', async () => {
    const seqBefore = (await t.store.database.db.selectFrom('credit_feed_head').select('last_seq').executeTakeFirstOrThrow()).last_seq;
    assert.deepEqual(await unbindIdentityDocument(t.ctx, await t.actor('officer.zs'), caseId, partyId, documentId, { reason: '护照号码登记错误' }), { ok: true });
    await runtime.syncOnce();
    assert.deepEqual(byPassport('G87654321').reasons, ['DOCUMENT_NOT_BOUND']);
    const feed = await t.store.database.db.selectFrom('credit_feed').selectAll().where('seq', '>', seqBefore).execute();
    assert.deepEqual(feed.map((f) => [f.op, f.ref, f.payload]), [['unalias', documentId, { docType: 'passport', docNumber: 'G87654321', idNumber: PERSON }]]);
    const events = (await listCaseEvents(t.ctx, await t.actor('judge.zs'), caseId)).items;
    const ev = events.find((e) => e.action === 'unbindIdentityDocument')!;
    assert.ok(ev, events.map((e) => e.action).join(','));
    assert.match(ev.summaryZh ?? '', /G8\*\*\*\*\*21/);
    assert.ok(!JSON.stringify(ev).includes('87654'));
    // Again: 409.
    const again = await rejects(unbindIdentityDocument(t.ctx, await t.actor('clerk.zs'), caseId, partyId, documentId, { reason: '重复' }), 'DOCUMENT_ALREADY_UNBOUND');
    assert.equal(again.status, 409);
    // Bound anew to the holder, in another case: checks by the passport find that person.
    await bindIdentityDocument(t.ctx, await t.actor('clerk.zs'), otherCase.id, otherCase.partyId, { docType: 'passport', docNumber: 'g 8765 4321' });
    await runtime.syncOnce();
    assert.equal(byPassport('G87654321').subject.masked, '2102**********7894');
    // The first case still shows its document, unbound, with who and why.
    const doc = (await listIdentityDocuments(t.ctx, await t.actor('judge.zs'), caseId)).items.find((d) => d.id === documentId)!;
    assert.ok(doc.unboundAt);
    assert.equal(doc.unboundReason, '护照号码登记错误');
    const others = (await listIdentityDocuments(t.ctx, await t.actor('judge.zs'), otherCase.id)).items;
    assert.deepEqual(others.map((d) => [d.partyName, d.docNumberMasked, d.unboundAt]), [['杨十九', 'G8*****21', null]]);
  });

  it('a restart does not bring an unbound document back', async () => {
    await unbindIdentityDocument(t.ctx, await t.actor('clerk.zs'), otherCase.id, otherCase.partyId, (await listIdentityDocuments(t.ctx, await t.actor('judge.zs'), otherCase.id)).items[0]!.id, { reason: '测试重启' });
    await runtime.reload();
    assert.deepEqual(byPassport('G87654321').reasons, ['DOCUMENT_NOT_BOUND']);
  });
});

describe('a stay for trial supervision or bankruptcy deletes the listings (失信规定 art. 10 ¶1 item 5)', () => {
  async function listedCase(name: string, idNumber: string) {
    const c = await noticedCase([{ kind: 'person', name, idNumber }]);
    const debtorPartyId = c.parties.find((p) => p.partyRole === 'debtor')!.id;
    const judge = await t.actor('judge.zs');
    const president = await t.actor('president.zs');
    const r = await proposeCreditDecision(t.ctx, judge, c.id, { kind: 'consumptionRestriction', debtorPartyId, facts: '未履行', gracePeriodMonths: 0, boundPersons: [], onApplicantRequest: true });
    const restriction = await reviewCreditDecision(t.ctx, president, r.id, { approve: true, reason: null, expectedVersion: r.version });
    const l = await proposeCreditDecision(t.ctx, judge, c.id, { kind: 'dishonestListing', debtorPartyId, ground: 'breachesPropertyReport', facts: '拒不报告财产', gracePeriodMonths: 0, extensionYears: 0, aggravation: null, attestations: { securityProvided: false, seizedPropertySufficient: false, laterInPerformanceOrder: false }, onApplicantRequest: true });
    const listing = await reviewCreditDecision(t.ctx, president, l.id, { approve: true, reason: null, expectedVersion: l.version });
    const current = (await t.store.database.db.selectFrom('cases').select('version').where('id', '=', c.id).executeTakeFirstOrThrow()).version;
    return { caseId: c.id, version: current, restrictionId: restriction.id, listingId: listing.id };
  }
  const decisionsOf = async (caseId: string) => (await listCaseCreditDecisionsFor(t.ctx, await t.actor('judge.zs'), caseId)).items;

  it('a stay on the debtor\'s transfer to bankruptcy review gives the listing, not the restriction, a due date 3 working days on', async () => {
    const k = await listedCase('朱二十', '210202198505051233');
    const judge = await t.actor('judge.zs');
    await actOnCase(t.ctx, judge, k.caseId, { action: { type: 'stay', ground: '被执行人符合破产条件，经申请执行人同意移送破产审查，裁定中止执行', since: '2026-03-02' }, expectedVersion: k.version });
    await scanCreditDecisions(t.ctx);
    const ds = await decisionsOf(k.caseId);
    const listing = ds.find((d) => d.id === k.listingId)!;
    assert.deepEqual({ ground: listing.removal?.ground, arisenOn: listing.removal?.arisenOn, dueOn: listing.removal?.dueOn, overdue: listing.removal?.overdue }, { ground: 'stayed', arisenOn: '2026-03-02', dueOn: '2026-03-05', overdue: false });
    assert.match(listing.removal?.note ?? '', /破产/);
    assert.equal(ds.find((d) => d.id === k.restrictionId)!.removal, null);
    // Idempotent: a second scan changes nothing.
    await scanCreditDecisions(t.ctx);
    assert.equal((await decisionsOf(k.caseId)).find((d) => d.id === k.listingId)!.removal?.dueOn, '2026-03-05');
    // The judge deletes it on that ground, on time.
    const ended = await endCreditDecision(t.ctx, judge, k.listingId, { ground: 'stayed', arisenOn: '2026-03-02', note: '移送破产审查，中止执行', expectedVersion: listing.version });
    assert.equal(ended.status, 'removed');
    assert.equal(ended.removal?.dueOn, '2026-03-05');
  });

  it('a stay for a retrial counts too; a stay on the applicant\'s consent does not', async () => {
    const retrial = await listedCase('秦二一', '210202198707074564');
    const judge = await t.actor('judge.zs');
    await actOnCase(t.ctx, judge, retrial.caseId, { action: { type: 'stay', ground: '上级法院按照审判监督程序裁定再审，中止原判决的执行', since: '2026-03-02' }, expectedVersion: retrial.version });
    const consent = await listedCase('尤二二', '210202199109092468');
    await actOnCase(t.ctx, judge, consent.caseId, { action: { type: 'stay', ground: '申请人表示可以延期执行', since: '2026-03-02' }, expectedVersion: consent.version });
    await scanCreditDecisions(t.ctx);
    assert.equal((await decisionsOf(retrial.caseId)).find((d) => d.id === retrial.listingId)!.removal?.ground, 'stayed');
    assert.equal((await decisionsOf(consent.caseId)).find((d) => d.id === consent.listingId)!.removal, null);
  });

  it('a coded stay: its code decides, not its text', async () => {
    const judge = await t.actor('judge.zs');
    // A bankruptcy stay whose stated reason never says 破产: the code gives the due date.
    const coded = await listedCase('许二三', '210202198803037712');
    const stayed = await actOnCase(t.ctx, judge, coded.caseId, { action: { type: 'stay', ground: '经申请执行人同意，移送被执行人住所地法院审查', since: '2026-03-02', groundCode: 'bankruptcy' }, expectedVersion: coded.version });
    assert.deepEqual(stayed.suspension, { kind: 'stay', since: '2026-03-02', ground: '经申请执行人同意，移送被执行人住所地法院审查', groundCode: 'bankruptcy' });
    // The code is kept with the stay on the case row and in the case's event.
    const row = await t.store.database.db.selectFrom('cases').select('suspension').where('id', '=', coded.caseId).executeTakeFirstOrThrow();
    assert.equal((row.suspension as { groundCode?: string }).groundCode, 'bankruptcy');
    const event = (await listCaseEvents(t.ctx, judge, coded.caseId)).items.find((e) => e.action === 'stay')!;
    assert.match(event.legalBasis ?? '', /民诉法解释第五百一十一条/);
    const after = event.after as { suspension?: { groundCode?: string }; input?: { groundCode?: string } };
    assert.deepEqual([after.suspension?.groundCode, after.input?.groundCode], ['bankruptcy', 'bankruptcy']);
    // The applicant's consent to wait, in a text that mentions 破产: no removal.
    const consent = await listedCase('何二四', '210202199204048828');
    await actOnCase(t.ctx, judge, consent.caseId, { action: { type: 'stay', ground: '申请执行人表示可以延期执行，待被执行人破产重整方案表决后再行处理', since: '2026-03-02', groundCode: 'applicantAgreesToDefer' }, expectedVersion: consent.version });
    await scanCreditDecisions(t.ctx);
    const listing = (await decisionsOf(coded.caseId)).find((d) => d.id === coded.listingId)!;
    assert.deepEqual({ ground: listing.removal?.ground, arisenOn: listing.removal?.arisenOn, dueOn: listing.removal?.dueOn }, { ground: 'stayed', arisenOn: '2026-03-02', dueOn: '2026-03-05' });
    // The note names the statutory ground, so the judge sees why the text alone would not say it.
    assert.match(listing.removal?.note ?? '', /移送破产审查/);
    assert.equal((await decisionsOf(consent.caseId)).find((d) => d.id === consent.listingId)!.removal, null);
  });
});
