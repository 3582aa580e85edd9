/**
 * The public list search suite (issue 5: "Public list search at 8,000,000 entries: p95 ≤ 50 ms for a
 * name + partial-ID query on PostgreSQL, side by side with the raw SQL of the same query"), in its own
 * process. Loads the list into a fresh PostgreSQL database in the platform's schema (publist-load.ts),
 * then times the same searches three ways, interleaved query by query so load on the machine falls on
 * all three alike: the raw SQL (a prepared statement on one pg connection), the platform's use case
 * (`searchDishonestList`), and the public HTTP route on loopback. Half the searches hit (a listed
 * person's exact name and the last 4 or 6 middle characters of the ID number), half miss (the same name,
 * a fragment that is not theirs). Writes bench/results/<date>-<label>.json and regenerates bench/README.md.
 * Options: --quick (200,000 entries), --label=name. Env: BENCH_DATABASE_URL.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { buildApp } from '@zhixing/server';
import { createServiceContext, createUserUnchecked, searchDishonestList, seedCourts } from '@zhixing/services';
import { loadPublicList } from './publist-load.js';
import { PUBLIST_RAW_SQL, type PublistBenchResults } from './publist-results.js';
import { machineInfo } from './machine.js';
import { saveSuiteResults } from './suite-results.js';
import { openStore } from './stores.js';
import { elapsedMs, now, round, summarise } from './stats.js';

const { values: args } = parseArgs({ options: { quick: { type: 'boolean', default: false }, label: { type: 'string' } } });
const config = args.quick ? { profile: 'quick' as const, entries: 200_000, seed: 20_261_128, queries: 400 } : { profile: 'full' as const, entries: 8_000_000, seed: 20_261_128, queries: 2_000 };
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const runStart = now();
const startedAt = new Date();
const log = (line: string) => process.stderr.write(`[publist ${(elapsedMs(runStart) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

const store = await openStore('postgres', serverUrl);
const url = new URL(serverUrl);
url.pathname = '/zx_bench';
try {
  const ctx = createServiceContext(store.database);
  await seedCourts(ctx);
  const user = await createUserUnchecked(store.database.db, ctx, null, { username: 'bench.publist', displayName: '基准', password: 'bench-password-123', role: 'judge', courtId: '210202' });
  // The app starts on the empty list: its credit-check runtime loads the (empty) check index at start
  // and then follows the change feed, which this loader does not write, so 8 M entries never enter
  // this process's heap; the public search reads the tables.
  const app = await buildApp({ ctx, webDir: null, logger: false, publicSearchRateLimit: 1_000_000_000 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  log(`loading ${config.entries.toLocaleString('en-US')} entries`);
  const load = await loadPublicList(url.toString(), config.entries, config.seed, user.id, log);
  log(`loaded: ${load.dishonestPersons.toLocaleString('en-US')} persons on the dishonest list; indexes in ${load.indexSeconds} s`);

  // The searches: each sampled person once with a fragment of their own ID, once with one that is not.
  const searches: Array<{ name: string; idFragment: string; hit: boolean }> = [];
  for (const [i, p] of load.sample.entries()) {
    if (searches.length >= config.queries) break;
    searches.push({ name: p.name, idFragment: i % 2 === 0 ? p.idNumber.slice(-4) : p.idNumber.slice(6, 12), hit: true });
    searches.push({ name: p.name, idFragment: '0000000', hit: false });
  }

  const raw = new pg.Client({ connectionString: url.toString() });
  await raw.connect();
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const rawQuery = (s: { name: string; idFragment: string }) => raw.query({ name: 'publist', text: PUBLIST_RAW_SQL, values: [s.name, `%${s.idFragment}%`] });
  const httpQuery = async (s: { name: string; idFragment: string }) => {
    const res = await fetch(`${base}/api/public/v1/dishonest-list?name=${encodeURIComponent(s.name)}&idFragment=${s.idFragment}`);
    if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
    return (await res.json()) as { items: unknown[] };
  };
  try {
    // Warm-up (plans, caches, connections), then the measured round, interleaved.
    for (const s of searches.slice(0, 50)) {
      await rawQuery(s);
      await searchDishonestList(ctx, s);
      await httpQuery(s);
    }
    const loadBefore = round(loadavg()[0]!);
    const times = { raw: [] as number[], service: [] as number[], http: [] as number[] };
    let mismatches = 0;
    let hits = 0;
    for (const s of searches) {
      let t = now();
      const r = await rawQuery(s);
      times.raw.push(elapsedMs(t));
      t = now();
      const v = await searchDishonestList(ctx, s);
      times.service.push(elapsedMs(t));
      t = now();
      const h = await httpQuery(s);
      times.http.push(elapsedMs(t));
      if (r.rowCount !== v.items.length || v.items.length !== h.items.length) mismatches++;
      if (s.hit && v.items.length > 0) hits++;
    }
    if (mismatches > 0) throw new Error(`${mismatches} searches answered differently by the raw SQL, the use case and the route`);
    const plan = (await raw.query<{ 'QUERY PLAN': string }>({ text: `explain analyze ${PUBLIST_RAW_SQL}`, values: [searches[0]!.name, `%${searches[0]!.idFragment}%`] })).rows.map((r) => r['QUERY PLAN']);
    const version = (await raw.query<{ version: string }>('select version()')).rows[0]!.version;
    const latency = { raw: summarise(times.raw), service: summarise(times.service), http: summarise(times.http) };
    const hhmm = startedAt.toISOString().slice(11, 16).replace(':', '');
    const results: PublistBenchResults = {
      schema: 1,
      suite: 'publist',
      label: args.label ?? `publist${config.profile === 'quick' ? '-quick' : ''}-${hhmm}`,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      durationSeconds: round(elapsedMs(runStart) / 1000, 0),
      machine: machineInfo(),
      postgres: version,
      config,
      target: { p95Ms: 50 },
      load: { entries: load.entries, dishonestPersons: load.dishonestPersons, loadSeconds: load.loadSeconds, indexSeconds: load.indexSeconds, tableBytes: load.tableBytes },
      searches: { total: searches.length, meantToHit: searches.filter((s) => s.hit).length, hit: hits },
      latency,
      loadAverage: { before: loadBefore, after: round(loadavg()[0]!) },
      plan,
      pass: latency.service.p95Ms <= 50 && latency.http.p95Ms <= 50,
    };
    const written = saveSuiteResults(results, log);
    process.stdout.write(`\npublic list search at ${config.entries.toLocaleString('en-US')} entries (p50 / p95 / p99 ms): raw SQL ${latency.raw.p50Ms} / ${latency.raw.p95Ms} / ${latency.raw.p99Ms}; use case ${latency.service.p50Ms} / ${latency.service.p95Ms} / ${latency.service.p99Ms}; HTTP ${latency.http.p50Ms} / ${latency.http.p95Ms} / ${latency.http.p99Ms} — target p95 ≤ 50 ms: ${results.pass ? 'met' : 'NOT met'}\nResults: ${written}\n`);
  } finally {
    await app.close();
    await raw.end();
  }
} finally {
  await store.close();
}
