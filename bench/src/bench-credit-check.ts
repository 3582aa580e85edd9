/**
 * Benchmark 4 — the agencies' credit check at 8,000,000 listed measures. Runs in its own process
 * (run.ts starts it with --expose-gc and a large heap) so that heap measurements see only it.
 *
 * 1. Load: the generated list (generate-credit-list.ts) into a `CreditIndex` sized for it; the
 *    heap (heapUsed + arrayBuffers, after full GCs) before and after, and `memoryBytes()`.
 * 2. Lookups, side by side in the same process and rounds: `check(kind, id, scenario)` from the
 *    ID string to the decision, a bare typed-array open-addressing probe over the same keys
 *    (credit-bare-probe.ts), and a JavaScript Set of the ID strings. Half the lookups are listed
 *    subjects, half valid numbers not on the list, shuffled; every round gets freshly made strings
 *    (as from a request, no cached hash), and the methods take turns in chunks of 50,000 so that
 *    other load on the machine falls on all alike. Rates by the wall clock and by this thread's
 *    CPU time; each method's median over the rounds, and the median of the rounds' index ÷ bare.
 * 3. Redis SISMEMBER over the same subjects (pipelined SADD to load, pipelined lookups) and
 *    PostgreSQL primary-key lookups (COPY through psql into an unlogged table, prepared
 *    statements through `pg`, several clients): the same mix, fewer lookups.
 * 4. The k-anonymity range index built from the credit index: time, bytes, query rate, and an
 *    agency's verification of listed and unlisted subjects.
 */
import { createHmac } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { CreditIndex, rangeIndexFrom } from '@zhixing/services';
import type { Scenario } from '@zhixing/domain';
import { BareProbe } from './credit-bare-probe.js';
import type { CreditBenchConfig, CreditBenchResults, LookupMethod, RateRound } from './credit-results.js';
import { SeededRandom, creditListShape, generateCreditMeasures, generateSubjects } from './generate-credit-list.js';
import { copyThroughPsql } from './psql-copy.js';
import { median, round } from './stats.js';

type Log = (line: string) => void;
type Kind = 'person' | 'organisation';

const gc = (globalThis as { gc?: (options?: { type?: 'minor' | 'major' }) => void }).gc;

/** Two scavenges: the probe strings just made move out of the young generation before timing. */
function settle(): void {
  gc?.({ type: 'minor' });
  gc?.({ type: 'minor' });
}

function heapBytes(): number {
  if (gc) for (let i = 0; i < 3; i++) gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** The probes as bytes (18 per number) and kinds: strings are made fresh for every round. */
class Probes {
  readonly bytes: Buffer;
  readonly organisation: Uint8Array;
  count = 0;

  constructor(capacity: number) {
    this.bytes = Buffer.alloc(capacity * 18);
    this.organisation = new Uint8Array(capacity);
  }

  push(kind: Kind, id: string): void {
    this.bytes.write(id, this.count * 18, 'latin1');
    this.organisation[this.count++] = kind === 'organisation' ? 1 : 0;
  }

  /** Fresh flat strings, as a request parser would make them. */
  strings(limit = this.count): string[] {
    return Array.from({ length: Math.min(limit, this.count) }, (_, i) => this.bytes.toString('latin1', i * 18, i * 18 + 18));
  }

  kindOf(i: number): Kind {
    return this.organisation[i] === 1 ? 'organisation' : 'person';
  }
}

function method(rounds: RateRound[], found: number): LookupMethod {
  return { wallPerSec: median(rounds.map((r) => r.wallPerSec)), cpuPerSec: median(rounds.map((r) => r.cpuPerSec)), rounds, found };
}

export async function benchCreditCheck(config: CreditBenchConfig, options: { redisUrl: string; postgresUrl: string; log: Log }): Promise<Omit<CreditBenchResults, 'schema' | 'suite' | 'label' | 'startedAt' | 'finishedAt' | 'durationSeconds' | 'machine' | 'config' | 'targets' | 'summary' | 'http'>> {
  const { log } = options;
  const shape = creditListShape(config.entries);
  const scenario = config.scenario as Scenario;
  const hitsWanted = config.lookups / 2;
  // Every k-th measure's subject becomes a listed probe; the buffer exists before the heap is read.
  const stride = Math.max(1, Math.floor(config.entries / hitsWanted));
  const probes = new Probes(config.lookups);
  const hits = new Probes(hitsWanted);

  // 1. Load.
  const before = heapBytes();
  const loadStart = process.hrtime.bigint();
  const index = new CreditIndex({ expected: { measures: shape.measures, persons: shape.persons, organisations: shape.organisations } });
  let i = 0;
  for (const m of generateCreditMeasures(config.entries, config.seed)) {
    index.add(m);
    if (i++ % stride === 0 && hits.count < hitsWanted) hits.push(m.subjectKind, m.subjectId);
  }
  const loadSeconds = round(Number(process.hrtime.bigint() - loadStart) / 1e9);
  const after = heapBytes();
  const layout = index.layout();
  log(`index: ${index.entries.toLocaleString('en-US')} measures, ${index.subjects.toLocaleString('en-US')} subjects loaded in ${loadSeconds} s; heap ${round((after - before) / index.entries)} B/entry, memoryBytes ${round(index.memoryBytes() / index.entries)} B/entry`);

  // Misses: valid numbers drawn like the list's, kept only when not on it.
  const misses = new Probes(hitsWanted);
  for (const s of generateSubjects(hitsWanted * 2, config.seed + 1)) {
    if (misses.count === hitsWanted) break;
    if (index.get(s.subjectKind, s.subjectId).length === 0) misses.push(s.subjectKind, s.subjectId);
  }
  // Interleave hits and misses in a seeded random order.
  const random = new SeededRandom(config.seed + 2);
  const order = Array.from({ length: hits.count + misses.count }, (_, k) => k);
  for (let k = order.length - 1; k > 0; k--) {
    const j = random.below(k + 1);
    [order[k], order[j]] = [order[j]!, order[k]!];
  }
  const hitStrings = hits.strings();
  const missStrings = misses.strings();
  for (const k of order) {
    if (k < hits.count) probes.push(hits.kindOf(k), hitStrings[k]!);
    else probes.push(misses.kindOf(k - hits.count), missStrings[k - hits.count]!);
  }

  // 2. The bare probe and the Set, over the same subjects.
  const beforeSet = heapBytes();
  const bare = new BareProbe(index.subjects);
  const set = new Set<string>();
  index.forEachSubject((kind, id) => {
    bare.add(kind === 'organisation', id);
    set.add(id);
  });
  const setBytes = heapBytes() - beforeSet - bare.bytes;
  log(`bare probe: ${(bare.bytes / 2 ** 20).toFixed(0)} MiB; Set: ${round(setBytes / set.size)} B/subject`);

  const kinds = Array.from({ length: probes.count }, (_, k) => probes.kindOf(k));
  const organisation = Array.from({ length: probes.count }, (_, k) => probes.organisation[k] === 1);
  const runners: Record<string, (ids: string[], from: number, to: number) => number> = {
    index: (ids, from, to) => {
      let found = 0;
      for (let k = from; k < to; k++) {
        const r = index.check(kinds[k]!, ids[k]!, scenario);
        if (r.ok && r.decision === 'deny') found++;
      }
      return found;
    },
    bare: (ids, from, to) => {
      let found = 0;
      for (let k = from; k < to; k++) if (bare.has(organisation[k]!, ids[k]!)) found++;
      return found;
    },
    set: (ids, from, to) => {
      let found = 0;
      for (let k = from; k < to; k++) if (set.has(ids[k]!)) found++;
      return found;
    },
    'index, with a name': (ids, from, to) => {
      let found = 0;
      for (let k = from; k < to; k++) {
        const r = index.check(kinds[k]!, ids[k]!, scenario, '张伟');
        if (r.ok && r.decision === 'deny') found++;
      }
      return found;
    },
    'index, answer built (every field of every match read)': (ids, from, to) => {
      let found = 0;
      for (let k = from; k < to; k++) {
        const r = index.check(kinds[k]!, ids[k]!, scenario);
        if (r.ok && r.decision === 'deny') {
          for (const mm of r.matched) found += mm.caseNumberText.length + mm.since.length + mm.courtId.length + mm.kind.length + mm.role.length + (mm.boundTo?.length ?? 0) > 0 ? 1 : 0;
        }
      }
      return found;
    },
    'index, leaveCountry (mostly allow)': (ids, from, to) => {
      let found = 0;
      for (let k = from; k < to; k++) {
        const r = index.check(kinds[k]!, ids[k]!, 'leaveCountry');
        if (r.ok && r.decision === 'deny') found++;
      }
      return found;
    },
  };
  const rounds = new Map<string, RateRound[]>(Object.keys(runners).map((k) => [k, []]));
  const found = new Map<string, number>();
  const ratioWall: number[] = [];
  const ratioCpu: number[] = [];
  const names = Object.keys(runners);
  const chunk = 50_000;
  // Round 0 warms up the JIT and is not recorded. Within a round the methods take turns chunk by
  // chunk (in alternating order), so that other work on the machine falls on all of them alike.
  for (let r = 0; r <= config.rounds; r++) {
    const copies = new Map(names.map((name) => [name, probes.strings()]));
    settle();
    const totals = new Map(names.map((name) => [name, { wallNs: 0, cpuUs: 0, found: 0 }]));
    for (let c = 0, from = 0; from < probes.count; c++, from += chunk) {
      const to = Math.min(probes.count, from + chunk);
      for (const name of c % 2 === 0 ? names : [...names].reverse()) {
        const ids = copies.get(name)!;
        const cpu0 = process.threadCpuUsage();
        const t0 = process.hrtime.bigint();
        const n = runners[name]!(ids, from, to);
        const wall = Number(process.hrtime.bigint() - t0);
        const cpu = process.threadCpuUsage(cpu0);
        const t = totals.get(name)!;
        t.wallNs += wall;
        t.cpuUs += cpu.user + cpu.system;
        t.found += n;
      }
    }
    const results: Record<string, RateRound> = {};
    for (const [name, t] of totals) {
      results[name] = { wallPerSec: Math.round(probes.count / (t.wallNs / 1e9)), cpuPerSec: Math.round(probes.count / (t.cpuUs / 1e6)) };
      found.set(name, t.found);
      if (r > 0) rounds.get(name)!.push(results[name]);
    }
    if (r > 0) {
      ratioWall.push(results.index!.wallPerSec / results.bare!.wallPerSec);
      ratioCpu.push(results.index!.cpuPerSec / results.bare!.cpuPerSec);
    }
    log(`round ${r}${r === 0 ? ' (warm-up)' : ''}: check ${(results.index!.cpuPerSec / 1e6).toFixed(2)} M/s, bare ${(results.bare!.cpuPerSec / 1e6).toFixed(2)} M/s, Set ${(results.set!.cpuPerSec / 1e6).toFixed(2)} M/s per CPU-second (wall ${(results.index!.wallPerSec / 1e6).toFixed(2)} / ${(results.bare!.wallPerSec / 1e6).toFixed(2)} / ${(results.set!.wallPerSec / 1e6).toFixed(2)})`);
  }
  if (found.get('bare') !== hits.count || found.get('set') !== hits.count) throw new Error(`bare/Set found ${String(found.get('bare'))}/${String(found.get('set'))} of ${String(hits.count)} listed subjects`);
  const variants = Object.fromEntries(Object.keys(runners).filter((k) => !['index', 'bare', 'set'].includes(k)).map((k) => [k, method(rounds.get(k)!, found.get(k)!)]));
  const lookups = {
    mix: { hits: hits.count, misses: misses.count },
    index: method(rounds.get('index')!, found.get('index')!),
    bare: method(rounds.get('bare')!, found.get('bare')!),
    set: method(rounds.get('set')!, found.get('set')!),
    ratioWall: round(median(ratioWall), 3),
    ratioCpu: round(median(ratioCpu), 3),
    variants,
    bareBytesPerEntry: round(bare.bytes / index.entries),
    setHeapBytesPerEntry: round(setBytes / set.size),
  };

  // 3. Redis and PostgreSQL, over the same subjects.
  const sample = probes.strings(config.redisLookups);
  const redis = await benchRedis(options.redisUrl, set, sample, log).catch((error: unknown) => ({ skipped: String(error) }));
  const pgSample = probes.strings(config.postgresLookups);
  const postgres = await benchPostgres(options.postgresUrl, set, pgSample, config.postgresConcurrency, log).catch((error: unknown) => ({ skipped: String(error) }));
  const distinctSubjects = set.size;
  set.clear();

  // 4. The range index.
  const rangeKey = 'bench-range-key';
  const rangeStart = process.hrtime.bigint();
  const range = rangeIndexFrom(index, rangeKey);
  const buildSeconds = round(Number(process.hrtime.bigint() - rangeStart) / 1e9);
  const prefixes = Array.from({ length: config.rangeQueries }, () => random.below(1 << 20).toString(16).padStart(5, '0'));
  let entries = 0;
  const q0 = process.hrtime.bigint();
  for (const p of prefixes) {
    const answer = range.query(p);
    if (answer.ok) entries += answer.entries.length;
  }
  const querySeconds = Number(process.hrtime.bigint() - q0) / 1e9;
  const agency = (id: string) => {
    const h = createHmac('sha256', rangeKey).update(id).digest('hex');
    const answer = range.query(h.slice(0, 5));
    return answer.ok && answer.entries.some((e) => e.suffix === h.slice(5, 16));
  };
  const listed = hitStrings.slice(0, 1000);
  const unlisted = missStrings.slice(0, 1000);
  const rangeResult = {
    buildSeconds,
    subjects: range.size,
    bytesPerEntry: round(range.memoryBytes() / range.size),
    queries: prefixes.length,
    queriesPerSec: Math.round(prefixes.length / querySeconds),
    meanBucket: round(entries / prefixes.length),
    agencyChecks: { listedFound: listed.filter(agency).length, listed: listed.length, unlistedFound: unlisted.filter(agency).length, unlisted: unlisted.length },
  };
  log(`range index: ${buildSeconds} s, ${rangeResult.bytesPerEntry} B/subject, ${rangeResult.queriesPerSec.toLocaleString('en-US')} queries/s`);

  return {
    shape: { ...shape, distinctSubjects },
    index: {
      loadSeconds,
      heapBytesPerEntry: round((after - before) / index.entries),
      memoryBytesPerEntry: round(index.memoryBytes() / index.entries),
      layout,
      maxProbeDistance: index.maxProbeDistance(),
    },
    lookups,
    redis,
    postgres,
    range: rangeResult,
  };
}

async function benchRedis(url: string, subjects: Set<string>, sample: string[], log: Log): Promise<CreditBenchResults['redis']> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3000 });
  await redis.connect();
  const key = `zx:bench:credit:${String(process.pid)}`;
  try {
    const version = /redis_version:(\S+)/.exec(await redis.info('server'))?.[1] ?? 'unknown';
    await redis.del(key);
    const usedBefore = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1]);
    const t0 = process.hrtime.bigint();
    let batch: string[] = [];
    let pipeline = redis.pipeline();
    let queued = 0;
    for (const id of subjects) {
      batch.push(id);
      if (batch.length === 10_000) {
        pipeline.sadd(key, ...batch);
        batch = [];
        if (++queued === 8) {
          await pipeline.exec();
          pipeline = redis.pipeline();
          queued = 0;
        }
      }
    }
    if (batch.length > 0) pipeline.sadd(key, ...batch);
    await pipeline.exec();
    const loadSeconds = round(Number(process.hrtime.bigint() - t0) / 1e9);
    const usedAfter = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1]);
    if ((await redis.scard(key)) !== subjects.size) throw new Error('Redis set size differs');
    const perPipeline = 1000;
    let found = 0;
    const l0 = process.hrtime.bigint();
    for (let k = 0; k < sample.length; k += perPipeline) {
      const p = redis.pipeline();
      for (const id of sample.slice(k, k + perPipeline)) p.sismember(key, id);
      for (const [error, value] of (await p.exec()) ?? []) {
        if (error) throw error;
        if (value === 1) found++;
      }
    }
    const seconds = Number(process.hrtime.bigint() - l0) / 1e9;
    const result = { version, loadSeconds, bytesPerEntry: round((usedAfter - usedBefore) / subjects.size), lookups: sample.length, perSec: Math.round(sample.length / seconds), found, pipeline: perPipeline };
    log(`Redis ${version}: loaded in ${loadSeconds} s, ${result.bytesPerEntry} B/subject, ${result.perSec.toLocaleString('en-US')} SISMEMBER/s`);
    return result;
  } finally {
    await redis.unlink(key).catch(() => undefined);
    redis.disconnect();
  }
}


async function benchPostgres(url: string, subjects: Set<string>, sample: string[], concurrency: number, log: Log): Promise<CreditBenchResults['postgres']> {
  const table = `zx_bench_credit_${String(process.pid)}`;
  const pool = new pg.Pool({ connectionString: url, max: concurrency, connectionTimeoutMillis: 3000 });
  try {
    const version = (await pool.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v.split(' ')[0]!;
    await pool.query(`DROP TABLE IF EXISTS ${table}`);
    await pool.query(`CREATE UNLOGGED TABLE ${table} (subject_id text COLLATE "C" NOT NULL)`);
    const t0 = process.hrtime.bigint();
    await copyThroughPsql(url, table, ['subject_id'], (function* () {
      for (const subject of subjects) yield `${subject}\n`;
    })());
    await pool.query(`ALTER TABLE ${table} ADD PRIMARY KEY (subject_id)`);
    await pool.query(`VACUUM ANALYZE ${table}`);
    const loadSeconds = round(Number(process.hrtime.bigint() - t0) / 1e9);
    const size = Number((await pool.query<{ s: string }>(`SELECT pg_total_relation_size('${table}') AS s`)).rows[0]!.s);
    let found = 0;
    let next = 0;
    const l0 = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        const client = await pool.connect();
        try {
          while (next < sample.length) {
            const id = sample[next++]!;
            const r = await client.query({ name: 'zx_bench_credit_pk', text: `SELECT 1 FROM ${table} WHERE subject_id = $1`, values: [id] });
            found += r.rowCount ?? 0;
          }
        } finally {
          client.release();
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - l0) / 1e9;
    const result = { version, loadSeconds, method: 'COPY FROM STDIN (psql) into an UNLOGGED table, then ADD PRIMARY KEY and VACUUM ANALYZE', bytesPerEntry: round(size / subjects.size), lookups: sample.length, perSec: Math.round(sample.length / seconds), found, concurrency };
    log(`PostgreSQL ${version}: loaded in ${loadSeconds} s, ${result.bytesPerEntry} B/subject, ${result.perSec.toLocaleString('en-US')} lookups/s with ${String(concurrency)} clients`);
    return result;
  } finally {
    await pool.query(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
    await pool.end();
  }
}
