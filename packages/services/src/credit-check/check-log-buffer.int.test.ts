/**
 * The check log is written in COPY's binary form by hand (@zhixing/db CheckLogRows):
 * every value must come back exactly as it went in, whatever characters it holds.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createTestContext, type TestContext } from '../testing/index.js';
import { CheckLogBuffer, isoInstant, type CheckLogEntry } from './check-log-buffer.js';

let t: TestContext;
before(async () => {
  t = await createTestContext();
});
after(() => t.close());

const AWKWARD = ['', 'NULL', 'null', 'a,b', '{x}', 'say "hi"', 'back\\slash', ' padded ', 'tab\there', '换行\n', 'cr\r\nlf', '\\N', 'end\\', '（2026）辽0211执1号', 'range:abcde', '2101**********1234'];

describe('CheckLogBuffer', () => {
  it('writes every value back exactly, in batches, whatever characters it holds', async () => {
    const log = new CheckLogBuffer(t.store.database, { maxBatch: 5, flushMs: 10_000 });
    const agencyId = randomUUID();
    const at = new Date('2026-03-02T01:02:03.456Z');
    AWKWARD.forEach((text, i) =>
      log.push({ agencyId, checkedAt: isoInstant(at), channel: 'single', scenario: text, subjectKind: 'person', subjectId: `s${i}`, subjectMasked: text, decision: text, measureIds: i % 3 === 0 ? [] : [i, 9_007_199_254_740], requestId: i % 2 === 0 ? null : text }),
    );
    await log.flush();
    assert.equal(log.pending, 0);
    const rows = await t.store.database.db.selectFrom('agency_check_log').selectAll().where('agency_id', '=', agencyId).orderBy('id').execute();
    assert.equal(rows.length, AWKWARD.length);
    rows.forEach((r, i) => {
      const text = AWKWARD[i]!;
      assert.equal(r.subject_id, `s${i}`);
      assert.deepEqual([r.scenario, r.subject_masked, r.decision], [text, text, text]);
      assert.equal(r.request_id, i % 2 === 0 ? null : text);
      assert.deepEqual(r.measure_ids.map(Number), i % 3 === 0 ? [] : [i, 9_007_199_254_740]);
      assert.equal(new Date(r.checked_at).toISOString(), '2026-03-02T01:02:03.456Z');
    });
  });

  it('writes instants before and after PostgreSQL\'s epoch and measure ids past 32 bits exactly', async () => {
    const log = new CheckLogBuffer(t.store.database, { flushMs: 10_000 });
    const agencyId = randomUUID();
    const instants = ['1999-12-31T23:59:59.999Z', '2000-01-01T00:00:00.000Z', '2026-11-30T06:00:00.001Z', '2099-12-31T15:59:59.123Z'];
    const ids = [[0], [2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1], [Number.MAX_SAFE_INTEGER], []];
    instants.forEach((checkedAt, i) => log.push({ agencyId, checkedAt, channel: 'bulk', scenario: 'flight', subjectKind: 'person', subjectId: `t${i}`, subjectMasked: 'x', decision: 'deny', measureIds: ids[i]!, requestId: randomUUID() }));
    await log.flush();
    const rows = await t.store.database.db.selectFrom('agency_check_log').select(['subject_id', 'checked_at', 'measure_ids', 'channel']).where('agency_id', '=', agencyId).execute();
    rows.sort((a, b) => a.subject_id.localeCompare(b.subject_id));
    assert.deepEqual(
      rows.map((r) => [new Date(r.checked_at).toISOString(), r.measure_ids.map(Number), r.channel]),
      instants.map((at, i) => [at, ids[i], 'bulk']),
    );
  });

  it('refuses a row it cannot write without tearing the rows around it', async () => {
    const log = new CheckLogBuffer(t.store.database, { flushMs: 10_000 });
    const agencyId = randomUUID();
    const row = (subjectId: string, over: Partial<CheckLogEntry> = {}): CheckLogEntry => ({ agencyId, checkedAt: isoInstant(new Date(5_000)), channel: 'single', scenario: 'flight', subjectKind: 'person', subjectId, subjectMasked: 'x', decision: 'deny', measureIds: [7], requestId: null, ...over });
    log.push(row('before'));
    assert.throws(() => log.push(row('bad id', { measureIds: [8, 1.5] })), /not a measure id/);
    assert.throws(() => log.push(row('bad agency', { agencyId: 'not-a-uuid' })), /not a UUID/);
    assert.throws(() => log.push(row('bad instant', { checkedAt: 'yesterday' })), /not an instant/);
    log.push(row('after'));
    assert.equal(log.pending, 2);
    await log.flush();
    const rows = await t.store.database.db.selectFrom('agency_check_log').select('subject_id').where('agency_id', '=', agencyId).execute();
    assert.deepEqual(rows.map((r) => r.subject_id).sort(), ['after', 'before']);
  });

  it('after a failed flush writes each row exactly once: the chunks written stay, the rest is retried', async () => {
    const database = t.store.database;
    let calls = 0;
    // The second COPY of the flush fails (a dropped connection, a full disk): the first is committed.
    const flaky = { ...database, copyIn: (table: string, columns: readonly string[], rows: string | Uint8Array) => (++calls === 2 ? Promise.reject(new Error('connection lost')) : database.copyIn(table, columns, rows)) };
    const log = new CheckLogBuffer(flaky, { maxBatch: 3, flushMs: 10_000 });
    const agencyId = randomUUID();
    for (let i = 0; i < 8; i++) log.push({ agencyId, checkedAt: isoInstant(new Date(1_000 + i)), channel: 'single', scenario: 'flight', subjectKind: 'person', subjectId: `p${i}`, subjectMasked: 'x', decision: 'allow', measureIds: [], requestId: null });
    // Each third push starts a background flush; one of their COPYs fails, and its rows wait.
    for (let attempt = 0; log.pending > 0 || attempt === 0; attempt++) {
      assert.ok(attempt < 10, 'the log does not drain');
      await log.flush().catch(() => undefined);
    }
    assert.ok(calls >= 3, `the failing COPY was attempted (${calls} calls)`);
    const rows = await database.db.selectFrom('agency_check_log').select('subject_id').where('agency_id', '=', agencyId).execute();
    assert.deepEqual(rows.map((r) => r.subject_id).sort(), ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
  });

  it('a COPY with a bad row writes none of its rows, and the database takes the next one', async () => {
    const database = t.store.database;
    const agencyId = randomUUID();
    const line = (id: string, agency: string = agencyId) => `${agency}\t2026-03-02T01:02:03.456Z\tsingle\tflight\tperson\t${id}\tx\tallow\t{}\t\\N\n`;
    await assert.rejects(database.copyIn('agency_check_log', ['agency_id', 'checked_at', 'channel', 'scenario', 'subject_kind', 'subject_id', 'subject_masked', 'decision', 'measure_ids', 'request_id'], line('a') + line('b', 'not-a-uuid')));
    await assert.rejects(database.copyIn('agency_check_log; drop table cases', ['agency_id'], ''), /not a plain identifier/);
    await database.copyIn('agency_check_log', ['agency_id', 'checked_at', 'channel', 'scenario', 'subject_kind', 'subject_id', 'subject_masked', 'decision', 'measure_ids', 'request_id'], line('c'));
    const rows = await database.db.selectFrom('agency_check_log').select('subject_id').where('agency_id', '=', agencyId).execute();
    assert.deepEqual(rows.map((r) => r.subject_id), ['c']);
  });

  it('keeps the instant\'s text for the millisecond, and writes a new one for the next', () => {
    const a = isoInstant(new Date(1_000));
    assert.equal(isoInstant(new Date(1_000)), a);
    assert.equal(isoInstant(new Date(1_001)), '1970-01-01T00:00:01.001Z');
  });
});
