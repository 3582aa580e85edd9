import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import type { Kysely } from 'kysely';
import * as foundation from './migrations/2026-11-28T2100-foundation.js';
import * as pgcrypto from './migrations/2026-11-28T2200-pgcrypto-if-available.js';
import * as credit from './migrations/2026-11-29T0000-credit-discipline.js';
import * as creditRevocations from './migrations/2026-11-29T0100-credit-revocations.js';
import * as checkLogLean from './migrations/2026-11-29T0200-check-log-lean.js';
import * as assistInstitutions from './migrations/2026-11-30T0000-assist-institutions.js';
import * as assistOutbox from './migrations/2026-11-30T0100-assist-outbox.js';
import * as controlsAndFunds from './migrations/2026-11-30T0200-controls-and-funds.js';
import * as fundsWorkflow from './migrations/2026-11-30T0300-funds-workflow.js';
import * as distributionPlans from './migrations/2026-11-30T0400-distribution-plans.js';
import * as assistDesk from './migrations/2026-11-30T0500-assist-desk.js';
import * as assistSentIndex from './migrations/2026-11-30T0600-assist-sent-index.js';
import * as portalAccess from './migrations/2026-12-01T0000-portal-access.js';
import * as portalSubmissions from './migrations/2026-12-02T0000-portal-submissions.js';
import * as portalSubscriptions from './migrations/2026-12-02T0100-portal-subscriptions.js';
import * as publicNotices from './migrations/2026-12-02T0200-public-notices.js';
import * as checkLogNoBtree from './migrations/2026-12-03T0000-check-log-no-btree.js';
import * as assistEnvelopeText from './migrations/2026-12-03T0100-assist-envelope-text.js';

/** Static list: migrations ship inside the package, in order, and never change once released. */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-28T2100-foundation': foundation,
  '2026-11-28T2200-pgcrypto-if-available': pgcrypto,
  '2026-11-29T0000-credit-discipline': credit,
  '2026-11-29T0100-credit-revocations': creditRevocations,
  '2026-11-29T0200-check-log-lean': checkLogLean,
  '2026-11-30T0000-assist-institutions': assistInstitutions,
  '2026-11-30T0100-assist-outbox': assistOutbox,
  '2026-11-30T0200-controls-and-funds': controlsAndFunds,
  '2026-11-30T0300-funds-workflow': fundsWorkflow,
  '2026-11-30T0400-distribution-plans': distributionPlans,
  '2026-11-30T0500-assist-desk': assistDesk,
  '2026-11-30T0600-assist-sent-index': assistSentIndex,
  '2026-12-01T0000-portal-access': portalAccess,
  '2026-12-02T0000-portal-submissions': portalSubmissions,
  '2026-12-02T0100-portal-subscriptions': portalSubscriptions,
  '2026-12-02T0200-public-notices': publicNotices,
  '2026-12-03T0000-check-log-no-btree': checkLogNoBtree,
  '2026-12-03T0100-assist-envelope-text': assistEnvelopeText,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(MIGRATIONS) };

export interface MigrationReport {
  applied: string[];
}

export async function migrateToLatest<T>(db: Kysely<T>): Promise<MigrationReport> {
  const migrator = new Migrator({ db, provider, migrationTableName: 'zx_migrations', migrationLockTableName: 'zx_migrations_lock' });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`migration failed: ${JSON.stringify(error)}`);
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
