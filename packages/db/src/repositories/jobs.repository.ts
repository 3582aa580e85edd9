import { sql } from 'kysely';
import type { JobRow } from '../schema.js';
import type { Executor } from './executor.js';

/** Schedules a job; with a singleton key, at most one pending/running job of that key exists. */
export async function enqueueJob(db: Executor, job: { kind: string; runAt: Date; payload?: unknown; singletonKey?: string; maxAttempts?: number }): Promise<void> {
  await db
    .insertInto('jobs')
    .values({
      kind: job.kind,
      run_at: job.runAt,
      payload: JSON.stringify(job.payload ?? {}),
      singleton_key: job.singletonKey ?? null,
      max_attempts: job.maxAttempts ?? 5,
      locked_until: null,
      last_error: null,
      finished_at: null,
    })
    .onConflict((oc) => oc.column('singleton_key').where('status', 'in', ['pending', 'running']).doNothing())
    .execute();
}

/**
 * Claims due jobs: pending ones whose time has come, and running ones whose lease expired (the
 * process that held them died). `FOR UPDATE SKIP LOCKED` lets several server processes share
 * the table without taking the same job twice (architecture.md "Deadlines and timers").
 */
export async function claimDueJobs(db: Executor, now: Date, leaseMs: number, limit: number): Promise<JobRow[]> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const result = await sql<JobRow>`
    update jobs set status = 'running', attempts = attempts + 1, locked_until = ${leaseUntil}
    where id in (
      select id from jobs
      where (status = 'pending' and run_at <= ${now}) or (status = 'running' and locked_until < ${now})
      order by run_at, id
      limit ${limit}
      for update skip locked
    )
    returning *`.execute(db);
  return result.rows;
}

export async function completeJob(db: Executor, id: number, now: Date): Promise<void> {
  await db.updateTable('jobs').set({ status: 'done', finished_at: now, locked_until: null }).where('id', '=', id).execute();
}

/** A failed attempt: retried with back-off until max_attempts, then marked failed. */
export async function failJob(db: Executor, job: JobRow, now: Date, error: string): Promise<void> {
  const final = job.attempts >= job.max_attempts;
  const retryAt = new Date(now.getTime() + Math.min(3_600_000, 1000 * 2 ** job.attempts));
  await db
    .updateTable('jobs')
    .set({ status: final ? 'failed' : 'pending', run_at: final ? job.run_at : retryAt, last_error: error.slice(0, 2000), locked_until: null, finished_at: final ? now : null })
    .where('id', '=', job.id)
    .execute();
}

export function listJobs(db: Executor, kind: string) {
  return db.selectFrom('jobs').selectAll().where('kind', '=', kind).orderBy('id').execute();
}
