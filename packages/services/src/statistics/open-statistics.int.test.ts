/**
 * Open data (issue 5): monthly figures per court and for the city — cases filed, closed by method,
 * money realised and voluntary performance — and the same as CSV.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '@zhixing/contracts';
import { createTestContext, filingRequest, type TestContext } from '../testing/index.js';
import { fileCase } from '../cases/file-case.js';
import { actOnCase } from '../cases/act-on-case.js';
import { recordReceipt } from '../funds/record-receipt.js';
import { openStatistics, openStatisticsCsv } from './open-statistics.js';

let t: TestContext;

before(async () => {
  t = await createTestContext('2026-11-20T10:00:00+08:00');
  const clerk = await t.actor('clerk.zs');
  const judge = await t.actor('judge.zs');
  const chief = await t.actor('chief.zs');
  // 中山: two cases in September, one in November; one of September performed in October with money in.
  const a = await fileCase(t.ctx, clerk, filingRequest({ filedOn: '2026-09-10', debtorName: '统计一号有限公司' }));
  await fileCase(t.ctx, clerk, filingRequest({ filedOn: '2026-09-20', debtorName: '统计二号有限公司' }));
  await fileCase(t.ctx, clerk, filingRequest({ filedOn: '2026-11-02', debtorName: '统计三号有限公司' }));
  await recordReceipt(t.ctx, clerk, a.id, { amountFen: 10_000_00, channel: 'voluntary', payer: '统计一号有限公司', bankSerial: 'ST-1', arrivalOn: '2026-10-08' });
  await recordReceipt(t.ctx, clerk, a.id, { amountFen: 5_000_50, channel: 'other', payer: '统计一号有限公司', bankSerial: 'ST-2', arrivalOn: '2026-10-09' });
  let v = (await actOnCase(t.ctx, chief, a.id, { action: { type: 'assignHandler', handlerId: judge.userId }, expectedVersion: a.version })).version;
  v = (await actOnCase(t.ctx, judge, a.id, { action: { type: 'serveNotice', servedOn: '2026-09-12' }, expectedVersion: v })).version;
  t.clock.set('2026-10-20T10:00:00+08:00');
  await actOnCase(t.ctx, judge, a.id, { action: { type: 'close', method: 'performed', reason: '已全部履行', on: '2026-10-20' }, expectedVersion: v });
  t.clock.set('2026-11-20T10:00:00+08:00');
  // 西岗: one case in November.
  await fileCase(t.ctx, await t.actor('judge.xg'), filingRequest({ filedOn: '2026-11-05', debtorName: '西岗统计有限公司' }));
});
after(() => t.close());

describe('open data', () => {
  it('counts one court month by month, the running month marked partial', async () => {
    const s = await openStatistics(t.ctx, { courtId: '210202', from: '2026-09', to: '2026-11' });
    assert.equal(s.court.name, '大连市中山区人民法院');
    assert.equal(s.partialMonth, '2026-11');
    assert.deepEqual(s.months.map((m) => [m.month, m.filed, m.closed, m.closing.performed, m.realised, m.voluntaryPayments, m.voluntaryAmount]), [
      ['2026-09', 2, 0, 0, '0.00', 0, '0.00'],
      ['2026-10', 0, 1, 1, '15000.50', 1, '10000.00'],
      ['2026-11', 1, 0, 0, '0.00', 0, '0.00'],
    ]);
    assert.deepEqual([s.totals.filed, s.totals.closed, s.totals.realised, s.totals.closing.terminationForNow], [3, 1, '15000.50', 0]);
  });

  it('adds the courts up for the city, and defaults to the last 12 months', async () => {
    const city = await openStatistics(t.ctx, {});
    assert.equal(city.court.id, null);
    assert.equal(city.months.length, 12);
    assert.deepEqual([city.from, city.to], ['2025-12', '2026-11']);
    assert.equal(city.months.find((m) => m.month === '2026-11')?.filed, 2);
    const xg = await openStatistics(t.ctx, { courtId: '210203', from: '2026-11', to: '2026-11' });
    assert.equal(xg.totals.filed, 1);
  });

  it('writes the same figures as CSV with a bilingual header', async () => {
    const csv = await openStatisticsCsv(t.ctx, { courtId: '210202', from: '2026-10', to: '2026-10' });
    assert.ok(csv.startsWith('\uFEFF月份 Month,法院 Court,收案 Filed,结案 Closed,执行完毕 Performed in full,'));
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines.length, 2);
    assert.equal(lines[1], '2026-10,大连市中山区人民法院,0,1,1,0,0,0,0,0,15000.50,1,10000.00');
  });

  it('refuses a reversed or too long range and an unknown court', async () => {
    await assert.rejects(openStatistics(t.ctx, { from: '2026-11', to: '2026-01' }), (e: unknown) => e instanceof AppError && e.code === 'VALIDATION_FAILED');
    await assert.rejects(openStatistics(t.ctx, { from: '2023-01', to: '2026-11' }), (e: unknown) => e instanceof AppError && e.code === 'VALIDATION_FAILED');
    await assert.rejects(openStatistics(t.ctx, { courtId: 'nowhere' }), (e: unknown) => e instanceof AppError && e.code === 'NOT_FOUND');
  });
});
