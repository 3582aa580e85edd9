/**
 * The two stores every benchmark runs on: in-memory PGlite, and a PostgreSQL server database
 * `zx_bench` created fresh for the run and dropped at the end.
 */
import pg from 'pg';
import { migrateToLatest, openDatabase, sql, type Database } from '@zhixing/db';

export type StoreKind = 'pglite' | 'postgres';

export interface BenchStore {
  kind: StoreKind;
  database: Database;
  /** `select version()` and the planner/memory settings that matter for the numbers. */
  describe: Record<string, string>;
  close(): Promise<void>;
}

export const BENCH_DB_NAME = 'zx_bench';

/** One statement on the server's maintenance database (create or drop a benchmark database). */
export async function admin(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function settings(database: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const version = await sql<{ version: string }>`select version() as version`.execute(database.db);
  out.version = version.rows[0]?.version ?? 'unknown';
  for (const name of ['shared_buffers', 'work_mem', 'jit', 'random_page_cost', 'lc_ctype']) {
    const r = await sql<Record<string, string>>`select current_setting(${name}, true) as value`.execute(database.db);
    out[name] = String(r.rows[0]?.value ?? '');
  }
  return out;
}

export async function openStore(kind: StoreKind, serverUrl: string): Promise<BenchStore> {
  if (kind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    await migrateToLatest(database.db);
    return { kind, database, describe: await settings(database), close: () => database.close() };
  }
  await admin(serverUrl, `drop database if exists ${BENCH_DB_NAME} with (force)`);
  await admin(serverUrl, `create database ${BENCH_DB_NAME}`);
  const url = new URL(serverUrl);
  url.pathname = `/${BENCH_DB_NAME}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  await migrateToLatest(database.db);
  return {
    kind,
    database,
    describe: await settings(database),
    async close() {
      await database.close();
      await admin(serverUrl, `drop database if exists ${BENCH_DB_NAME} with (force)`);
    },
  };
}
