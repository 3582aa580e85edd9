import { findUserByUsername } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { createServiceContext } from '../create-context.js';
import { createUserUnchecked } from '../admin/create-user.js';
import { seedCourts } from '../seed/seed-demo.js';
import { DALIAN_COURTS } from '../seed/dalian-courts.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/demo-users.js';
import { fixedClock, type FixedClock } from './fixed-clock.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestContext {
  ctx: ServiceContext;
  clock: FixedClock;
  store: TestDatabase;
  /** The actor of a demo account (see seed/demo-users.ts). */
  actor(username: string): Promise<Actor>;
  close(): Promise<void>;
}

/** A migrated store with the Dalian courts and the demo accounts, and a clock fixed at `now`. */
export async function createTestContext(now = '2026-03-02T09:00:00+08:00', options: { users?: boolean } = {}): Promise<TestContext> {
  const store = await createTestDatabase();
  const clock = fixedClock(now);
  const ctx = createServiceContext(store.database, clock);
  await seedCourts(ctx);
  if (options.users !== false) {
    for (const u of DEMO_USERS) {
      await createUserUnchecked(store.database.db, ctx, null, { username: u.username, displayName: u.displayName, password: DEMO_PASSWORD, role: u.role, courtId: u.courtId });
    }
  }
  return {
    ctx,
    clock,
    store,
    async actor(username) {
      const u = await findUserByUsername(store.database.db, username);
      if (!u) throw new Error(`no user ${username}`);
      const court = DALIAN_COURTS.find((c) => c.id === u.court_id)!;
      return { userId: u.id, username: u.username, displayName: u.display_name, role: u.role as Actor['role'], courtId: u.court_id, courtLevel: court.level };
    },
    close: () => store.close(),
  };
}
