import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from '@zhixing/db';
import { createTestContext, filingRequest, type TestContext } from '../testing/index.js';
import { fileCase } from '../cases/file-case.js';
import { actOnCase } from '../cases/act-on-case.js';
import { verifyAuditChain, verifyCourtChain } from './verify-audit-chain.js';

let t: TestContext;
before(async () => {
  t = await createTestContext();
});
after(() => t.close());

describe('audit chain (SM3, per court)', () => {
  it('verifies an intact chain and names the first tampered link', async () => {
    const judge = await t.actor('judge.zs');
    const chief = await t.actor('chief.zs');
    for (let i = 0; i < 3; i++) {
      const c = await fileCase(t.ctx, judge, filingRequest({ debtorName: `链${i}` }));
      await actOnCase(t.ctx, chief, c.id, { action: { type: 'assignHandler', handlerId: judge.userId }, expectedVersion: c.version });
    }
    const { db } = t.ctx.database;
    const intact = await verifyCourtChain(db, '210202');
    assert.equal(intact.valid, true);
    assert.ok(intact.events >= 7);
    const report = await verifyAuditChain(t.ctx, chief);
    assert.equal(report.reports[0]!.valid, true);

    // Someone edits the legal basis recorded in the first assignment directly in the database.
    const { rows } = await sql<{ id: number; seq: number; payload: string }>`select id, seq, payload from case_events where court_id = '210202' and action = 'assignHandler' order by seq limit 1`.execute(db);
    const seq = Number(rows[0]!.seq);
    const original = rows[0]!.payload;
    assert.match(original, /民事诉讼法|期限规定/);
    await sql`update case_events set payload = ${original.replace(/"legalBasis":"[^"]*"/, '"legalBasis":"篡改"')} where id = ${rows[0]!.id}`.execute(db);
    const tampered = await verifyCourtChain(db, '210202');
    assert.equal(tampered.valid, false);
    assert.deepEqual(tampered.firstBroken, { seq, eventId: rows[0]!.id, reason: 'hashMismatch' });

    // Restored, the chain holds again; then an indexed column is changed (who did it).
    await sql`update case_events set payload = ${original} where id = ${rows[0]!.id}`.execute(db);
    assert.equal((await verifyCourtChain(db, '210202')).valid, true);
    await sql`update case_events set actor_role = 'president' where id = ${rows[0]!.id}`.execute(db);
    assert.deepEqual((await verifyCourtChain(db, '210202')).firstBroken, { seq, eventId: rows[0]!.id, reason: 'hashMismatch' });

    // The other court's chain is unaffected.
    await fileCase(t.ctx, await t.actor('judge.xg'), filingRequest({}));
    assert.equal((await verifyCourtChain(db, '210203')).valid, true);
  });

  it('gives the same verdicts whether the server or Node hashes (PostgreSQL with pgcrypto vs the page walk)', async () => {
    const { db } = t.ctx.database;
    for (const court of ['210202', '210203', '210204']) {
      assert.deepEqual(await verifyCourtChain(db, court), await verifyCourtChain(db, court, { where: 'node' }));
    }
  });

  it('detects a deleted event and a truncated tail', async () => {
    const { db } = t.ctx.database;
    const judge = await t.actor('judge.xg');
    for (let i = 0; i < 3; i++) await fileCase(t.ctx, judge, filingRequest({ debtorName: `尾${i}` }));
    const before = await verifyCourtChain(db, '210203');
    assert.equal(before.valid, true);
    await sql`delete from case_events where court_id = '210203' and seq = ${before.events}`.execute(db);
    const truncated = await verifyCourtChain(db, '210203');
    assert.equal(truncated.valid, false);
    assert.equal(truncated.firstBroken?.reason, 'headMismatch');
    assert.deepEqual(await verifyCourtChain(db, '210203', { where: 'node' }), truncated);
    await sql`delete from case_events where court_id = '210203' and seq = 2`.execute(db);
    const gap = await verifyCourtChain(db, '210203');
    assert.equal(gap.firstBroken?.reason, 'gap');
    assert.equal(gap.firstBroken?.seq, 3);
    assert.deepEqual(await verifyCourtChain(db, '210203', { where: 'node' }), gap);
  });
});
