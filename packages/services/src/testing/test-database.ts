/**
 * A fresh, migrated store per test file: in-memory PGlite by default, or — when
 * TEST_DATABASE_URL points at a PostgreSQL server — a new database on that server, dropped after.
 * The same suites run on both (architecture.md: "the test suite runs on both").
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateToLatest, openDatabase, type Database } from '@zhixing/db';

export interface TestDatabase {
  database: Database;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    await migrateToLatest(database.db);
    return { database, kind: 'pglite', close: () => database.close() };
  }
  const name = `zx_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  await migrateToLatest(database.db);
  return {
    database,
    kind: 'postgres',
    async close() {
      await database.close();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
