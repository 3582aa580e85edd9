/**
 * What every store gets before the benchmarks: the Dalian courts and the demo accounts (password
 * 'Zhixing#2026'), and a service context on a fixed clock so data and results are reproducible.
 */
import { DALIAN_COURTS, DEMO_PASSWORD, DEMO_USERS, createServiceContext, createUserUnchecked, seedCourts, type Actor, type ServiceContext } from '@zhixing/services';
import { fixedClock } from '@zhixing/services/testing';
import { findUserByUsername } from '@zhixing/db';
import type { BenchStore } from './stores.js';

/** "Now" of every benchmark: a Friday morning in CST. */
export const BENCH_NOW = '2026-11-27T10:00:00+08:00';
export const BENCH_TODAY = '2026-11-27';

export async function seedStore(store: BenchStore): Promise<ServiceContext> {
  const ctx = createServiceContext(store.database, fixedClock(BENCH_NOW));
  await seedCourts(ctx);
  for (const u of DEMO_USERS) {
    await createUserUnchecked(store.database.db, ctx, null, { username: u.username, displayName: u.displayName, password: DEMO_PASSWORD, role: u.role, courtId: u.courtId });
  }
  return ctx;
}

export async function actorOf(ctx: ServiceContext, username: string): Promise<Actor> {
  const u = await findUserByUsername(ctx.database.db, username);
  if (!u) throw new Error(`no user ${username}`);
  const court = DALIAN_COURTS.find((c) => c.id === u.court_id)!;
  return { userId: u.id, username: u.username, displayName: u.display_name, role: u.role as Actor['role'], courtId: u.court_id, courtLevel: court.level };
}
