/**
 * One view's reads in one snapshot: a commit landing between two of them is seen by neither or by
 * both, never by one (a request answered without the property its answer booked), and the reads
 * cannot write.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { sql, type Executor } from '@zhixing/db';
import { createTestContext, type TestContext } from './testing/index.js';
import { readConsistently } from './read-consistently.js';

let t: TestContext;
before(async () => {
  t = await createTestContext('2026-03-02T09:00:00+08:00', { users: false });
  await sql`create table snapshot_probe (n int not null)`.execute(t.ctx.database.db);
  await sql`insert into snapshot_probe values (1)`.execute(t.ctx.database.db);
});
after(() => t.close());

const count = async (db: Executor) => (await sql<{ n: number }>`select count(*)::int as n from snapshot_probe`.execute(db)).rows[0]!.n;

describe('readConsistently', () => {
  it('a row committed between two reads is not seen by the second', async () => {
    let outside: Promise<unknown> = Promise.resolve();
    const [first, second] = await readConsistently(t.ctx, async (trx) => {
      const first = await count(trx);
      // Another connection commits a row now. On PostgreSQL it commits at once; PGlite has one
      // connection, so the write waits for this transaction: either way, the second read must agree.
      outside = sql`insert into snapshot_probe values (2)`.execute(t.ctx.database.db);
      await Promise.race([outside, delay(300)]);
      return [first, await count(trx)];
    });
    await outside;
    assert.deepEqual([first, second], [1, 1]);
    assert.equal(await count(t.ctx.database.db), 2, 'the outside write landed');
  });

  it('refuses to write', async () => {
    await assert.rejects(
      readConsistently(t.ctx, (trx) => sql`insert into snapshot_probe values (3)`.execute(trx)),
      (e: { code?: string }) => e.code === '25006', // read_only_sql_transaction
    );
    assert.equal(await count(t.ctx.database.db), 2);
  });
});
