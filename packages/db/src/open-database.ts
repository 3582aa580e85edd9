/**
 * One factory for both stores: embedded PGlite (default, a data directory) or a PostgreSQL
 * server (`DATABASE_URL=postgres://…`). The same migrations and queries run on both; the type
 * parsers below make both drivers return identical JavaScript values (stack-notes gotcha 6).
 */
import { mkdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { dirname, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DB } from './schema.js';

const PG_DATE = 1082;
const PG_INT8 = 20;
const PG_DATE_ARRAY = 1182;

export type DatabaseTarget = { kind: 'pglite'; dataDir: string | null } | { kind: 'postgres'; url: string };

export interface Database {
  readonly db: Kysely<DB>;
  readonly target: DatabaseTarget;
  readonly describe: string;
  /**
   * Appends rows to a table in one COPY statement: the cheapest way for the database to take many
   * rows — no SQL to parse per row (the check log, ADR 0005). All rows or none. A string is COPY
   * text (a line per row, fields tab-separated and escaped); bytes are a whole COPY binary file
   * (check-log-rows.ts).
   */
  copyIn(table: string, columns: readonly string[], rows: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** The COPY statement; table and columns are the code's own names, checked all the same. */
function copyStatement(table: string, columns: readonly string[], source: string, rows: string | Uint8Array): string {
  for (const name of [table, ...columns]) if (!IDENTIFIER.test(name)) throw new Error(`not a plain identifier: ${name}`);
  return `copy ${table} (${columns.join(', ')}) from ${source}${typeof rows === 'string' ? '' : ' with (format binary)'}`;
}

/** Chooses the store from the environment: DATABASE_URL wins, else PGlite in DATA_DIR (default ./data). */
export function targetFromEnv(env: Record<string, string | undefined>, cwd: string): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url };
  const dataDir = env.DATA_DIR?.trim() || './data';
  return { kind: 'pglite', dataDir: dataDir === ':memory:' ? null : resolve(cwd, dataDir, 'pglite') };
}

const parseDateArray = (value: string): string[] => (value === '{}' ? [] : value.slice(1, -1).split(','));

export async function openDatabase(target: DatabaseTarget, options: { poolSize?: number; onIdleClientError?: (error: Error) => void } = {}): Promise<Database> {
  if (target.kind === 'postgres') {
    // Per-pool parsers (not the global pg.types), so other pg users in the process are unaffected.
    const parsers: Record<number, (value: string) => unknown> = { [PG_DATE]: (value) => value, [PG_INT8]: (value) => Number(value), [PG_DATE_ARRAY]: parseDateArray };
    const types = {
      getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown => parsers[oid] ?? (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser,
    };
    const pool = new pg.Pool({ connectionString: target.url, max: options.poolSize ?? 10, types });
    // An idle pooled connection can be cut by the server (restart, failover, pg_terminate_backend).
    // Unhandled, pg's 'error' event would crash the process; the pool drops that client and the
    // next checkout opens a fresh one, so noting it is enough.
    pool.on('error', (error) => options.onIdleClientError?.(error));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    const safeUrl = target.url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
    const copyIn = async (table: string, columns: readonly string[], rows: string | Uint8Array): Promise<void> => {
      const client = await pool.connect();
      try {
        await pipeline(Readable.from([rows]), client.query(copyFrom(copyStatement(table, columns, 'stdin', rows))));
      } catch (error) {
        // A connection that failed mid-COPY is not reused.
        client.release(error as Error);
        throw error;
      }
      client.release();
    };
    return { db, target, describe: `PostgreSQL ${safeUrl}`, copyIn, close: () => db.destroy() };
  }
  if (target.dataDir) mkdirSync(dirname(target.dataDir), { recursive: true });
  const pglite = await PGlite.create(target.dataDir ?? 'memory://', {
    // pgcrypto lets the database hash the audit chain's SM3 links itself (events.repository.ts).
    extensions: { pgcrypto },
    parsers: { [PG_DATE]: (value: string) => value, [PG_INT8]: (value: string) => Number(value), [PG_DATE_ARRAY]: parseDateArray },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    target,
    describe: target.dataDir ? `PGlite ${target.dataDir}` : 'PGlite (in memory)',
    // PGlite reads COPY input from a virtual file; its query waits while a Kysely transaction
    // holds the instance (the dialect uses PGlite's exclusive transactions).
    copyIn: async (table, columns, rows) => {
      await pglite.query(copyStatement(table, columns, `'/dev/blob'`, rows), [], { blob: new Blob([rows]) });
    },
    close: () => db.destroy(),
  };
}
