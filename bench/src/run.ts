/**
 * `npm run bench [-- suite…]`: the suites named (default: all four):
 * - `db`: the three database benchmarks on PGlite and on PostgreSQL, one store after the other;
 * - `credit`: the credit-check index at 8 M entries (credit-main.ts, in its own process);
 * - `fanout`: the network inquiry fan-out, 10,000 debtors × 13 simulated institutions, end to end
 *   against the simulators' own rate (fanout-main.ts, in its own process; --cpu-prof profiles the platform);
 * - `publist`: the public list search at 8 M entries on PostgreSQL, against its raw SQL (publist-main.ts).
 * Each writes bench/results/<date>-<label>.json, regenerates bench/README.md, prints its table.
 * Options: --quick (small sizes), --stores=pglite,postgres (db), --debtors=N and --cpu-prof (fanout), --label=name.
 * Env: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_REDIS_URL.
 */
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { benchAuditChain } from './bench-audit-chain.js';
import { benchCaseList } from './bench-case-list.js';
import { benchFiling } from './bench-filing.js';
import { seedStore } from './bench-setup.js';
import { buildChain } from './build-chain.js';
import { generateCases } from './generate-cases.js';
import { machineInfo } from './machine.js';
import type { BenchConfig, BenchResults, StoreResults } from './results.js';
import { writeResults } from './results-writer.js';
import { openStore, type StoreKind } from './stores.js';
import { buildSummary, renderTable } from './summary.js';
import { elapsedMs, now, round } from './stats.js';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { quick: { type: 'boolean', default: false }, stores: { type: 'string', default: 'pglite,postgres' }, label: { type: 'string' }, debtors: { type: 'string' }, 'cpu-prof': { type: 'boolean', default: false } },
});
const SUITES = ['db', 'credit', 'fanout', 'publist'] as const;
const suites = positionals.length > 0 ? positionals : [...SUITES];
for (const suite of suites) if (!(SUITES as readonly string[]).includes(suite)) throw new Error(`unknown suite ${suite} (expected ${SUITES.join(', ')})`);
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const config: BenchConfig = args.quick
  ? { profile: 'quick', cases: 10_000, listRounds: 2, chainEvents: 5_000, chainCourt: '210211', verifyRepetitions: 2, filing: { concurrencies: [8, 1], rounds: 1, warmupMs: 500, durationMs: 1500 } }
  : { profile: 'full', cases: 100_000, listRounds: 8, chainEvents: 50_000, chainCourt: '210211', verifyRepetitions: 5, filing: { concurrencies: [8, 1], rounds: 3, warmupMs: 1500, durationMs: 5000 } };

const runStart = now();
const startedAt = new Date();
const log = (line: string) => process.stderr.write(`[bench ${(elapsedMs(runStart) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

async function benchStore(kind: StoreKind): Promise<StoreResults> {
  const start = now();
  const loadBefore = round(loadavg()[0]!);
  const store = await openStore(kind, serverUrl);
  try {
    log(`${kind}: ${store.describe.version} (load average ${loadBefore})`);
    const seedStart = now();
    const ctx = await seedStore(store);
    const seedSeconds = round(elapsedMs(seedStart) / 1000);
    log(`${kind}: generating ${config.cases.toLocaleString('en-US')} cases`);
    const data = await generateCases(store.database, config.cases);
    log(`${kind}: generated in ${data.seconds} s (+ ${data.analyzeSeconds} s VACUUM ANALYZE); case list`);
    const caseList = await benchCaseList(ctx, { rounds: config.listRounds, explain: true, largestCourt: config.chainCourt });
    log(`${kind}: case list p50 ${caseList.targetMix.p50Ms} ms, p95 ${caseList.targetMix.p95Ms} ms; building a chain of ${config.chainEvents.toLocaleString('en-US')} events`);
    const chainBuild = await buildChain(store.database, config.chainCourt, config.chainEvents);
    log(`${kind}: chain built in ${chainBuild.seconds} s; verifying`);
    const auditChain = await benchAuditChain(store.database.db, config.chainCourt, config.verifyRepetitions);
    log(`${kind}: verify ${auditChain.verifyEventsPerSec} ev/s, raw SM3 ${auditChain.rawSm3EventsPerSec} ev/s (ratio ${auditChain.ratio})`);
    const filing: StoreResults['filing'] = {};
    for (const concurrency of config.filing.concurrencies) {
      log(`${kind}: filing with ${concurrency} client(s)`);
      const f = await benchFiling(ctx, { concurrency, rounds: config.filing.rounds, warmupMs: config.filing.warmupMs, durationMs: config.filing.durationMs });
      if (!f.apiCourt.chainValid || !f.rawCourt.chainValid) throw new Error(`audit chain broken after filing: ${JSON.stringify([f.apiCourt, f.rawCourt])}`);
      filing[String(concurrency)] = f;
      log(`${kind}: API ${f.api.filingsPerSec}/s, service ${f.service.filingsPerSec}/s, raw ${f.raw.filingsPerSec}/s (ratio ${f.ratio})`);
    }
    return { kind, describe: store.describe, seedSeconds, data, caseList, chainBuild, auditChain, filing, seconds: round(elapsedMs(start) / 1000), loadAverage: { before: loadBefore, after: round(loadavg()[0]!) } };
  } finally {
    await store.close();
  }
}

/** The database suites (benchmarks 1–3). */
async function runDatabaseSuites(): Promise<void> {
  const busy = loadavg()[0]! / (availableParallelism() * 0.5);
  if (busy > 1) log(`the machine is busy (load average ${round(loadavg()[0]!)} on ${availableParallelism()} cores): absolute numbers will be noisy`);

  const stores: BenchResults['stores'] = {};
  const skipped: BenchResults['skipped'] = {};
  for (const kind of args.stores.split(',').map((s) => s.trim()) as StoreKind[]) {
    if (kind !== 'pglite' && kind !== 'postgres') throw new Error(`unknown store ${String(kind)}`);
    if (kind === 'postgres') {
      try {
        const probe = await import('pg');
        const client = new probe.default.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
        await client.connect();
        await client.end();
      } catch (error) {
        skipped.postgres = `cannot connect to ${serverUrl.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')}: ${String(error)}`;
        log(skipped.postgres);
        continue;
      }
    }
    stores[kind] = await benchStore(kind);
  }

  const targets = { filingApiToRawRatio: 0.25, caseListP95MsPostgres: 50, verifyToRawSm3Ratio: 0.5 };
  const hhmm = startedAt.toISOString().slice(11, 16).replace(':', '');
  const results: BenchResults = {
    schema: 1,
    label: args.label ?? `${config.profile}-${hhmm}`,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    durationSeconds: round(elapsedMs(runStart) / 1000, 0),
    machine: machineInfo(),
    config,
    targets,
    stores,
    skipped,
    summary: buildSummary({ stores, targets }),
  };
  const written = writeResults(results);
  process.stdout.write(`\n${renderTable(results.summary)}\n\nResults: ${written.json}\nREADME:  ${written.readme}\n`);
}

/** The credit-check suite, in a process of its own: GC exposed for its heap figures, room for 8 M entries. */
function runCreditSuite(): Promise<void> {
  const label = args.label === undefined ? [] : [`--label=${suites.length > 1 ? `${args.label}-credit` : args.label}`];
  const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', new URL('credit-main.ts', import.meta.url).pathname, ...(args.quick ? ['--quick'] : []), ...label], { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`credit suite exited with ${String(code)}`))));
  });
}

/** The network inquiry fan-out suite, in a process of its own (it forks the simulators and the platform). */
function runFanoutSuite(): Promise<void> {
  const options = [
    ...(args.quick ? ['--quick'] : []),
    ...(args.debtors === undefined ? [] : [`--debtors=${args.debtors}`]),
    ...(args['cpu-prof'] ? ['--cpu-prof'] : []),
    ...(args.label === undefined ? [] : [`--label=${suites.length > 1 ? `${args.label}-fanout` : args.label}`]),
  ];
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('fanout-main.ts', import.meta.url).pathname, ...options], { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fanout suite exited with ${String(code)}`))));
  });
}

/** The public list search suite, in a process of its own (8 M entries loaded into PostgreSQL). */
function runPublistSuite(): Promise<void> {
  const options = [...(args.quick ? ['--quick'] : []), ...(args.label === undefined ? [] : [`--label=${suites.length > 1 ? `${args.label}-publist` : args.label}`])];
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('publist-main.ts', import.meta.url).pathname, ...options], { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`publist suite exited with ${String(code)}`))));
  });
}

if (suites.includes('db')) await runDatabaseSuites();
if (suites.includes('credit')) await runCreditSuite();
if (suites.includes('fanout')) await runFanoutSuite();
if (suites.includes('publist')) await runPublistSuite();
