import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { listJobs } from '@zhixing/db';
import { createTestContext, filingRequest, type TestContext } from '../testing/index.js';
import { fileCase } from '../cases/file-case.js';
import { listCases } from '../cases/list-cases.js';
import { runDueJobs, scheduleDailyScan } from '../jobs/run-due-jobs.js';
import { listWarnings } from './list-warnings.js';
import { scanPassiveEnforcement } from './scan-passive-enforcement.js';

let t: TestContext;
before(async () => {
  t = await createTestContext('2026-03-02T09:00:00+08:00');
});
after(() => t.close());

describe('消极执行 detection with a fixed clock', () => {
  it('flags overdue nodes and idle cases, visible to the bureau chief and the city, not to other courts', async () => {
    const judge = await t.actor('judge.zs');
    await fileCase(t.ctx, judge, filingRequest({ debtorName: '逾期测试有限公司' }));
    // Nothing is overdue on the day of filing.
    let report = await scanPassiveEnforcement(t.ctx);
    assert.equal(report.opened, 0);

    // Forty days later nobody assigned a handler nor served the notice, and nothing happened.
    t.clock.advanceDays(40);
    report = await scanPassiveEnforcement(t.ctx);
    assert.equal(report.overdueCases, 1);
    const chief = await t.actor('chief.zs');
    const board = await listWarnings(t.ctx, chief, {});
    const kinds = board.items.map((w) => `${w.kind}:${w.node}`).sort();
    assert.deepEqual(kinds, ['idleCase:case', 'overdueNode:assignment', 'overdueNode:notice']);
    assert.ok(board.items.every((w) => w.messageZh.length > 0 && w.messageEn.length > 0));
    assert.equal(board.byCourt[0]!.count, 3);

    // Running the scan again opens nothing new.
    assert.equal((await scanPassiveEnforcement(t.ctx)).opened, 0);

    const city = await listWarnings(t.ctx, await t.actor('supervisor.city'), {});
    assert.equal(city.items.length, 3);
    const otherCourt = await listWarnings(t.ctx, await t.actor('chief.xg'), {});
    assert.equal(otherCourt.items.length, 0);

    const overdueOnly = await listCases(t.ctx, judge, { page: 1, pageSize: 20, sort: 'dueDate', overdue: 'true' });
    assert.equal(overdueOnly.total, 1);
  });

  it('runs the scan as a job claimed from the jobs table, exactly once', async () => {
    await scheduleDailyScan(t.ctx, true);
    await scheduleDailyScan(t.ctx, true);
    const ran = await runDueJobs(t.ctx);
    // One of each daily scan (passive enforcement, credit timers, controls' expiry, funds not paid out):
    // the singleton keys de-duplicate the start-up runs.
    const kinds = ['scan-passive-enforcement', 'scan-credit-decisions', 'scan-controls', 'scan-disbursements'];
    assert.equal(ran, kinds.length, 'the singleton key de-duplicates the start-up scans');
    for (const kind of kinds) {
      const jobs = await listJobs(t.ctx.database.db, kind);
      assert.equal(jobs.filter((j) => j.status === 'done').length, 1, kind);
      assert.equal(jobs.filter((j) => j.status === 'pending').length, 1, `tomorrow's ${kind} is scheduled`);
    }
    assert.equal(await runDueJobs(t.ctx), 0);
    t.clock.advanceDays(1);
    assert.equal(await runDueJobs(t.ctx), kinds.length);
  });
});
