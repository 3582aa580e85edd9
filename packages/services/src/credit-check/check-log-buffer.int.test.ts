/**
 * The check log's batch insert writes array literals by hand (agencies.repository arrayLiteral):
 * every value must come back exactly as it went in, whatever characters it holds.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createTestContext, type TestContext } from '../testing/index.js';
import { CheckLogBuffer, isoInstant } from './check-log-buffer.js';

let t: TestContext;
before(async () => {
  t = await createTestContext();
});
after(() => t.close());

const AWKWARD = ['', 'NULL', 'null', 'a,b', '{x}', 'say "hi"', 'back\\slash', ' padded ', 'tab\there', '换行\n', '（2026）辽0211执1号', 'range:abcde', '2101**********1234'];

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

  it('keeps the instant\'s text for the millisecond, and writes a new one for the next', () => {
    const a = isoInstant(new Date(1_000));
    assert.equal(isoInstant(new Date(1_000)), a);
    assert.equal(isoInstant(new Date(1_001)), '1970-01-01T00:00:01.001Z');
  });
});
