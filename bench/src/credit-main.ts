/**
 * The credit-check suite's own process (run.ts starts it for `npm run bench -- credit`, with
 * --expose-gc and a heap large enough for 8 M entries, a Set of their strings and the probes):
 * runs bench-credit-check.ts, writes bench/results/<date>-<label>.json, regenerates
 * bench/README.md (keeping the database suites' latest results) and prints the table.
 * Options: --quick (200,000 entries), --label=name.
 * Env: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_REDIS_URL
 * (default redis://127.0.0.1:6379).
 */
import { parseArgs } from 'node:util';
import { benchCreditCheck } from './bench-credit-check.js';
import { benchCreditHttp } from './bench-credit-http.js';
import { openStore, type BenchStore } from './stores.js';
import { buildCreditSummary, renderCreditTable } from './credit-results.js';
import type { CreditBenchConfig, CreditBenchResults } from './credit-results.js';
import { machineInfo } from './machine.js';
import { saveSuiteResults } from './suite-results.js';
import { elapsedMs, now, round } from './stats.js';

const { values: args } = parseArgs({ options: { quick: { type: 'boolean', default: false }, label: { type: 'string' } } });
const config: CreditBenchConfig = args.quick
  ? { profile: 'quick', entries: 200_000, seed: 20_261_128, lookups: 200_000, rounds: 3, scenario: 'flight', redisLookups: 100_000, postgresLookups: 20_000, postgresConcurrency: 8, rangeQueries: 50_000, http: { indexEntries: 100_000, connections: [4], rounds: 2, warmupMs: 1000, durationMs: 2000, bulkRows: 100_000 } }
  : { profile: 'full', entries: 8_000_000, seed: 20_261_128, lookups: 1_000_000, rounds: 5, scenario: 'flight', redisLookups: 1_000_000, postgresLookups: 200_000, postgresConcurrency: 8, rangeQueries: 200_000, http: { indexEntries: 1_000_000, connections: [4], rounds: 5, warmupMs: 1000, durationMs: 4000, bulkRows: 1_000_000 } };

const runStart = now();
const startedAt = new Date();
const log = (line: string) => process.stderr.write(`[credit ${(elapsedMs(runStart) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
if (!(globalThis as { gc?: unknown }).gc) log('no --expose-gc: heap figures include garbage');

/**
 * The agency API over loopback HTTP and the bulk comparison, on the PostgreSQL server (the check
 * log is written there, off this process's thread) or PGlite when no server answers.
 */
async function runHttp(): Promise<CreditBenchResults['http']> {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  let store: BenchStore;
  try {
    store = await openStore('postgres', url);
  } catch (error) {
    log(`PostgreSQL unreachable (${(error as Error).message}): HTTP benchmark on PGlite`);
    store = await openStore('pglite', url);
  }
  try {
    return { store: store.kind, ...(await benchCreditHttp(store.database, config.http, log)) };
  } finally {
    await store.close();
  }
}

const measured = await benchCreditCheck(config, {
  redisUrl: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
  postgresUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  log,
});
const http = await runHttp();
const hhmm = startedAt.toISOString().slice(11, 16).replace(':', '');
const partial: Omit<CreditBenchResults, 'summary'> = {
  schema: 1,
  suite: 'credit',
  label: args.label ?? `credit${config.profile === 'quick' ? '-quick' : ''}-${hhmm}`,
  startedAt: startedAt.toISOString(),
  finishedAt: new Date().toISOString(),
  durationSeconds: round(elapsedMs(runStart) / 1000, 0),
  machine: machineInfo(),
  config,
  targets: { checkToBareRatio: 0.5, bytesPerEntry: 40, httpToBareRatio: 0.7, httpP99Ms: 5, bulkSeconds: 5 },
  ...measured,
  http,
};
const results: CreditBenchResults = { ...partial, summary: buildCreditSummary(partial) };

const written = saveSuiteResults(results, log);
process.stdout.write(`\n${renderCreditTable(results.summary)}\n\nResults: ${written}\n`);
