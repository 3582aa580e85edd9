/**
 * The life of a case through the services, on a real PostgreSQL (PGlite, or the server in CI):
 * filing, node deadlines from the holiday calendar, legal and illegal transitions, concurrency.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppError, type CaseDetail } from '@zhixing/contracts';
import { sql } from '@zhixing/db';
import { createTestContext, filingRequest, type TestContext } from '../testing/index.js';
import { fileCase } from './file-case.js';
import { actOnCase } from './act-on-case.js';
import { getCase } from './get-case.js';
import { listCases } from './list-cases.js';
import { listCaseEvents } from './list-case-events.js';
import { revealPartyId } from './reveal-party-id.js';

let t: TestContext;
before(async () => {
  // 2025-09-26 (Friday) 10:00 CST: the National Day holiday is days away.
  t = await createTestContext('2025-09-26T10:00:00+08:00');
});
after(() => t.close());

async function rejects(promise: Promise<unknown>, code: string, rule?: string): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof AppError, String(error));
    assert.equal(error.code, code, `${error.code}: ${error.messageEn}`);
    if (rule) assert.equal(error.details?.rule, rule, JSON.stringify(error.details));
    return error;
  }
  assert.fail(`expected ${code}`);
}

describe('filing', () => {
  it('numbers cases per court, year and type, and computes node deadlines on the holiday calendar', async () => {
    // First, the clerk files a case from a judgment.
    const judge = await t.actor('judge.zs');
    const first = await fileCase(t.ctx, judge, filingRequest({}));
    assert.equal(first.caseNumber, '（2025）辽0202执1号');
    assert.equal(first.stage, 'filed');
    assert.equal(first.claimTotal, '152150.00');
    assert.equal(first.parties[0]!.idNumberMasked, '1101**********002X');
    // Filing on 09-26: assignment is due 7 days later = 10-03, inside the National Day holiday,
    // so it rolls to the first working day after it (民事诉讼法 art. 85): 10-09.
    const assignment = first.deadlines.find((d) => d.node === 'assignment')!;
    assert.equal(assignment.dueDate, '2025-10-09');
    const notice = first.deadlines.find((d) => d.node === 'notice')!;
    assert.equal(notice.dueDate, '2025-10-09');
    // Then a second one in the same court continues the sequence; another court starts its own.
    const second = await fileCase(t.ctx, judge, filingRequest({ debtorName: '第二被执行人' }));
    assert.equal(second.caseNumber, '（2025）辽0202执2号');
    const xg = await fileCase(t.ctx, await t.actor('judge.xg'), filingRequest({}));
    assert.equal(xg.caseNumber, '（2025）辽0203执1号');
  });

  it('keeps numbers gapless under concurrent filing', async () => {
    const judge = await t.actor('officer.zs');
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => fileCase(t.ctx, judge, filingRequest({ debtorName: `并发${i}` }))));
    const numbers = results.map((r) => Number(/执(\d+)号/.exec(r.caseNumber)![1])).sort((a, b) => a - b);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from cases where court_id = '210202' and year = 2025`.execute(t.ctx.database.db);
    const total = rows[0]!.n;
    assert.equal(new Set(numbers).size, 12);
    assert.deepEqual(numbers, Array.from({ length: 12 }, (_, i) => total - 11 + i));
  });

  it('counts the notice period from receipt of the application', async () => {
    const judge = await t.actor('judge.zs');
    const c = await fileCase(t.ctx, judge, { ...filingRequest({ debtorName: '收案日期测试' }), filedOn: '2025-09-22', receivedOn: '2025-09-15' });
    assert.equal(c.receivedOn, '2025-09-15');
    assert.equal(c.deadlines.find((d) => d.node === 'notice')!.dueDate, '2025-09-25');
    await rejects(fileCase(t.ctx, judge, { ...filingRequest({}), filedOn: '2025-09-22', receivedOn: '2025-09-23' }), 'VALIDATION_FAILED');
  });

  it('accepts a late application but flags it for the debtor\'s objection (民诉法解释 art. 481)', async () => {
    const judge = await t.actor('judge.zs');
    const late = await fileCase(t.ctx, judge, {
      ...filingRequest({}),
      basis: { type: 'judgment', issuer: '某法院', documentNumber: '（2020）辽0202民初1号', effectiveDate: '2020-01-01', performanceDeadline: '2020-01-15' },
    });
    assert.equal(late.applicationLimit.pastLimit, true);
    // 2022-01-15 is a Saturday: the period ends on Monday 2022-01-17 (民事诉讼法 art. 85).
    assert.equal(late.applicationLimit.end, '2022-01-17');
  });
});

describe('transitions', () => {
  it('runs the nodes in order, refuses what the law does not allow, and records every act', async () => {
    const judge = await t.actor('judge.zs');
    const chief = await t.actor('chief.zs');
    const clerk = await t.actor('clerk.zs');
    let c: CaseDetail = await fileCase(t.ctx, judge, filingRequest({ debtorName: '流程测试有限公司' }));

    // A clerk may not assign the handler; serving the notice before assignment is refused.
    await rejects(actOnCase(t.ctx, clerk, c.id, { action: { type: 'assignHandler', handlerId: judge.userId }, expectedVersion: c.version }), 'RULE_VIOLATION');
    await rejects(actOnCase(t.ctx, judge, c.id, { action: { type: 'serveNotice', servedOn: '2025-09-26' }, expectedVersion: c.version }), 'RULE_VIOLATION');

    c = await actOnCase(t.ctx, chief, c.id, { action: { type: 'assignHandler', handlerId: judge.userId }, expectedVersion: c.version });
    assert.equal(c.stage, 'assigned');
    assert.equal(c.handler?.id, judge.userId);
    c = await actOnCase(t.ctx, judge, c.id, { action: { type: 'serveNotice', servedOn: '2025-09-26' }, expectedVersion: c.version });
    assert.equal(c.stage, 'notified');
    assert.ok(c.deadlines.find((d) => d.node === 'notice')!.done);

    // A stale version is a conflict, and nothing changes.
    await rejects(actOnCase(t.ctx, judge, c.id, { action: { type: 'startInvestigation' }, expectedVersion: c.version - 1 }), 'VERSION_CONFLICT');
    c = await actOnCase(t.ctx, judge, c.id, { action: { type: 'startInvestigation' }, expectedVersion: c.version });
    assert.equal(c.stage, 'investigating');

    // 终本 before 3 months have passed since filing is refused (终本规定 art. 1(4)).
    await rejects(
      actOnCase(t.ctx, judge, c.id, {
        action: { type: 'close', method: 'terminationForNow', reason: '无可供执行财产', on: '2025-09-26', checklist: { consumptionRestrictionIssued: true, dishonestListingDecided: true, investigationExhausted: true, applicantInterviewed: true, whereaboutsSearched: true } },
        expectedVersion: c.version,
      }),
      'RULE_VIOLATION',
    );

    // A stay pauses the closing deadline; resuming adds the stayed days to it.
    const closingBefore = c.deadlines.find((d) => d.node === 'closing')!.dueDate;
    c = await actOnCase(t.ctx, judge, c.id, { action: { type: 'stay', ground: '案外人对执行标的提出确有理由的异议', since: '2025-09-26' }, expectedVersion: c.version });
    assert.equal(c.suspension?.kind, 'stay');
    assert.ok(c.deadlines.find((d) => d.node === 'closing')!.paused);
    await rejects(actOnCase(t.ctx, judge, c.id, { action: { type: 'startDisbursement' }, expectedVersion: c.version }), 'RULE_VIOLATION');
    t.clock.set('2025-10-16T10:00:00+08:00');
    c = await actOnCase(t.ctx, judge, c.id, { action: { type: 'resume', on: '2025-10-16' }, expectedVersion: c.version });
    assert.equal(c.suspension, null);
    assert.ok(c.excludedDays >= 19, `excluded ${c.excludedDays}`);
    assert.ok(c.deadlines.find((d) => d.node === 'closing')!.dueDate > closingBefore);

    c = await actOnCase(t.ctx, judge, c.id, { action: { type: 'close', method: 'performed', reason: '被执行人已全部履行', on: '2025-10-16' }, expectedVersion: c.version });
    assert.equal(c.stage, 'closed');
    assert.equal(c.closingMethod, 'performed');
    await rejects(actOnCase(t.ctx, judge, c.id, { action: { type: 'startInvestigation' }, expectedVersion: c.version }), 'RULE_VIOLATION');

    const events = await listCaseEvents(t.ctx, judge, c.id);
    assert.deepEqual(
      events.items.map((e) => e.action),
      ['fileCase', 'assignHandler', 'serveNotice', 'startInvestigation', 'stay', 'resume', 'close'],
    );
    assert.ok(events.items.every((e) => e.legalBasis !== null || e.action === 'startInvestigation'));
    // The history names people, not ids.
    const assignment = events.items.find((e) => e.action === 'assignHandler')!;
    assert.match(assignment.summaryZh ?? '', /王法官/);
    assert.doesNotMatch(assignment.summaryZh ?? '', /[0-9a-f]{8}-[0-9a-f]{4}/);
    t.clock.set('2025-09-26T10:00:00+08:00');
  });

  it('audits every read of a full ID number', async () => {
    const judge = await t.actor('judge.zs');
    const c = await fileCase(t.ctx, judge, filingRequest({ debtorName: '查看证件有限公司' }));
    const applicant = c.parties.find((p) => p.partyRole === 'applicant')!;
    const revealed = await revealPartyId(t.ctx, judge, c.id, applicant.id, '送达核对身份');
    assert.equal(revealed.idNumber, '11010519491231002X');
    const events = await listCaseEvents(t.ctx, judge, c.id);
    const read = events.items.find((e) => e.action === 'revealPartyId');
    assert.ok(read);
    assert.doesNotMatch(JSON.stringify(events.items), /11010519491231002X/, 'no full ID number in the event log');
  });

  it('lists with filters, search and due-date order', async () => {
    const judge = await t.actor('judge.zs');
    const page = await listCases(t.ctx, judge, { page: 1, pageSize: 5, sort: 'dueDate', q: '流程测试' });
    assert.equal(page.total, 1);
    assert.equal(page.items[0]!.debtorNames, '流程测试有限公司');
    const byNumber = await listCases(t.ctx, judge, { page: 1, pageSize: 100, sort: 'dueDate', q: '执1号' });
    assert.ok(byNumber.items.some((i) => i.caseNumber === '（2025）辽0202执1号'));
    const all = await listCases(t.ctx, judge, { page: 1, pageSize: 100, sort: 'dueDate', open: 'true' });
    const due = all.items.map((i) => i.nextDueDate).filter((d): d is string => d !== null);
    assert.deepEqual(due, [...due].sort());
    const newest = await listCases(t.ctx, judge, { page: 1, pageSize: 100, sort: 'filedOn' });
    const oldest = await listCases(t.ctx, judge, { page: 1, pageSize: 100, sort: 'filedOn', order: 'asc' });
    assert.deepEqual(newest.items.map((i) => i.filedOn), [...newest.items.map((i) => i.filedOn)].sort().reverse());
    assert.deepEqual(oldest.items.map((i) => i.id), [...newest.items].reverse().map((i) => i.id));
    const closed = await listCases(t.ctx, judge, { page: 1, pageSize: 100, sort: 'dueDate', open: 'false' });
    assert.ok(closed.items.every((i) => i.stage === 'closed'));
    await rejects(getCase(t.ctx, await t.actor('judge.xg'), page.items[0]!.id), 'OUT_OF_COURT_SCOPE');
  });
});
