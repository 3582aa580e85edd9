import { claimDueJobs, completeJob, enqueueJob, failJob } from '@zhixing/db';
import type { ServiceContext } from '../context.js';
import { JOB_HANDLERS } from './job-kinds.js';

const LEASE_MS = 10 * 60 * 1000;

/**
 * Claims the due jobs and runs them. Rows in Postgres, claimed with SKIP LOCKED, so jobs survive
 * restarts and several processes never run the same job at once; a crashed run is retried when its
 * lease expires.
 */
export async function runDueJobs(ctx: ServiceContext, limit = 10): Promise<number> {
  const { db } = ctx.database;
  const jobs = await claimDueJobs(db, ctx.clock.now(), LEASE_MS, limit);
  for (const job of jobs) {
    const handler = JOB_HANDLERS[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(ctx, job.payload);
      await completeJob(db, job.id, ctx.clock.now());
    } catch (error) {
      await failJob(db, job, ctx.clock.now(), error instanceof Error ? error.message : String(error));
    }
  }
  return jobs.length;
}

/**
 * The next daily scans (and one of each at start-up): passive enforcement at 01:00 CST; the credit
 * timers, the controls' expiry (reminders, lapses) and the funds not paid out at 00:00 CST, so a grace period that ends
 * today is published, and a control that ended yesterday lapses, as the day begins.
 */
export async function scheduleDailyScan(ctx: ServiceContext, runNow: boolean): Promise<void> {
  const now = ctx.clock.now();
  const cstMidnight = Math.floor((now.getTime() + 8 * 3600_000) / 86_400_000) * 86_400_000 - 8 * 3600_000;
  const next = new Date(cstMidnight + 86_400_000 + 3600_000);
  const { db } = ctx.database;
  if (runNow) await enqueueJob(db, { kind: 'scan-passive-enforcement', runAt: now, singletonKey: `scan-passive-enforcement:now` });
  await enqueueJob(db, { kind: 'scan-passive-enforcement', runAt: next, singletonKey: `scan-passive-enforcement:${next.toISOString().slice(0, 10)}` });
  const midnight = new Date(cstMidnight + 86_400_000);
  if (runNow) await enqueueJob(db, { kind: 'scan-credit-decisions', runAt: now, singletonKey: 'scan-credit-decisions:now' });
  await enqueueJob(db, { kind: 'scan-credit-decisions', runAt: midnight, singletonKey: `scan-credit-decisions:${midnight.toISOString().slice(0, 10)}` });
  if (runNow) await enqueueJob(db, { kind: 'scan-controls', runAt: now, singletonKey: 'scan-controls:now' });
  await enqueueJob(db, { kind: 'scan-controls', runAt: midnight, singletonKey: `scan-controls:${midnight.toISOString().slice(0, 10)}` });
  if (runNow) await enqueueJob(db, { kind: 'scan-disbursements', runAt: now, singletonKey: 'scan-disbursements:now' });
  await enqueueJob(db, { kind: 'scan-disbursements', runAt: midnight, singletonKey: `scan-disbursements:${midnight.toISOString().slice(0, 10)}` });
}
