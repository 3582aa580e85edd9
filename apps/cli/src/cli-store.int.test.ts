/**
 * The `zhixing` commands that open the store, run as real processes on fresh PGlite directories
 * (DATA_DIR; DATABASE_URL is never inherited). One directory is walked through a realistic
 * sequence — migrate, verify the empty chain, create a user twice, tamper, verify again — while the deadline
 * checks use stores of their own, so the independent processes can run side by side.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openDatabase, targetFromEnv } from '@zhixing/services';
import { freshDataDir, jsonOf, runZhixing } from './testing/run-zhixing.js';

const stores: Array<{ remove(): void }> = [];
after(() => stores.forEach((s) => s.remove()));
function store() {
  const s = freshDataDir();
  stores.push(s);
  return s.dir;
}

describe('zhixing with a store', { concurrency: true }, () => {
  it('calc deadline: 3 days from 2025-09-30 end on 2025-10-09, rolled past the National Day holiday', async () => {
    const run = await runZhixing(['calc', 'deadline', '--from', '2025-09-30', '--days', '3', '--json'], { dataDir: store() });
    assert.equal(run.code, 0, run.stderr);
    const doc = jsonOf(run);
    assert.equal(doc.deadline, '2025-10-09');
    assert.equal(doc.rolledFrom, '2025-10-03');
    assert.equal(doc.working, false);
    assert.deepEqual(doc.uncoveredYears, []);
  });

  it('calc deadline --working: 3 working days from 2025-09-30 end on the make-up Saturday 2025-10-11', async () => {
    const run = await runZhixing(['calc', 'deadline', '--from', '2025-09-30', '--days', '3', '--working', '--json'], { dataDir: store() });
    assert.equal(run.code, 0, run.stderr);
    const doc = jsonOf(run);
    assert.equal(doc.deadline, '2025-10-11');
    assert.equal(doc.working, true);
    assert.equal(doc.rolledFrom, null);
  });

  it('migrate, audit verify, user create (twice), tamper, audit verify', async () => {
    const dataDir = store();
    const zhixing = (...args: string[]) => runZhixing(args, { dataDir });

    const migrated = await zhixing('migrate', '--json');
    assert.equal(migrated.code, 0, migrated.stderr);
    assert.ok((jsonOf(migrated).applied as string[]).length > 0, 'a fresh store gets every migration');

    const fresh = await zhixing('audit', 'verify', '--json');
    assert.equal(fresh.code, 0, fresh.stderr);
    assert.deepEqual(jsonOf(fresh), { valid: true, reports: [] });

    const created = await zhixing('user', 'create', '--username', 'judge.jz', '--password', 'Change-me-2026', '--role', 'judge', '--court', '辽0213', '--name', '金法官', '--json');
    assert.equal(created.code, 0, created.stderr);
    const { user, court } = jsonOf(created) as { user: Record<string, unknown>; court: Record<string, unknown> };
    assert.equal(user.username, 'judge.jz');
    assert.equal(user.displayName, '金法官');
    assert.equal(user.role, 'judge');
    assert.equal(user.courtId, '210213');
    assert.equal(court.code, '辽0213');

    const duplicate = await zhixing('user', 'create', '--username', 'judge.jz', '--password', 'Change-me-2026', '--role', 'judge', '--json');
    assert.equal(duplicate.code, 1, duplicate.stderr);
    assert.equal((jsonOf(duplicate).error as { code: string }).code, 'ALREADY_EXISTS');

    const badRole = await zhixing('user', 'create', '--username', 'x.y', '--password', 'Change-me-2026', '--role', 'emperor', '--json');
    assert.equal(badRole.code, 2, badRole.stderr);
    assert.equal((jsonOf(badRole).error as { code: string }).code, 'USAGE');

    // The service checks the account with the API's own schema: a short password is a usage error.
    const shortPassword = await zhixing('user', 'create', '--username', 'clerk.jz', '--password', 'short', '--role', 'clerk', '--json');
    assert.equal(shortPassword.code, 2, shortPassword.stderr);
    assert.match(JSON.stringify(jsonOf(shortPassword).error), /password/);

    // Alter the recorded event behind the application's back: the chain must say where.
    const database = await openDatabase(targetFromEnv({ DATA_DIR: dataDir }, process.cwd()));
    try {
      await database.db.updateTable('case_events').set({ action: 'tampered' }).where('court_id', '=', '210213').execute();
    } finally {
      await database.close();
    }
    const broken = await zhixing('audit', 'verify', '--court', '辽0213', '--json');
    assert.equal(broken.code, 1, broken.stderr);
    const doc = jsonOf(broken) as { valid: boolean; reports: Array<{ courtId: string; valid: boolean; firstBroken: { seq: number; reason: string } | null }>; error: { code: string } };
    assert.equal(doc.valid, false);
    assert.equal(doc.error.code, 'AUDIT_CHAIN_BROKEN');
    const report = doc.reports.find((r) => r.courtId === '210213');
    assert.equal(report?.valid, false);
    assert.deepEqual({ seq: report?.firstBroken?.seq, reason: report?.firstBroken?.reason }, { seq: 1, reason: 'hashMismatch' });
    assert.match(broken.stderr, /seq 1/);
  });
});
