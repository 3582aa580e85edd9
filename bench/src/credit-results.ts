/**
 * The credit-check suite's results (`npm run bench -- credit`), written to
 * bench/results/<date>-credit-<hhmm>.json beside the database suites' files, and its rows in the
 * README: what was measured, against which target, pass or fail.
 */
import type { CreditIndexLayout } from '@zhixing/services';
import type { CreditListShape } from './generate-credit-list.js';
import type { MachineInfo } from './machine.js';
import type { CreditHttpConfig, CreditHttpResults } from './bench-credit-http.js';
import { median } from './stats.js';

export interface CreditBenchConfig {
  profile: 'full' | 'quick';
  entries: number;
  seed: number;
  /** Lookups per measured round (half listed subjects, half valid numbers not on the list). */
  lookups: number;
  rounds: number;
  scenario: string;
  redisLookups: number;
  postgresLookups: number;
  postgresConcurrency: number;
  rangeQueries: number;
  http: CreditHttpConfig;
}

export interface RateRound {
  /** Lookups per second by the wall clock. */
  wallPerSec: number;
  /** Lookups per second of this thread's CPU time (robust to other load on the machine). */
  cpuPerSec: number;
}

export interface LookupMethod {
  /** Median of the measured rounds. */
  wallPerSec: number;
  cpuPerSec: number;
  rounds: RateRound[];
  /** Lookups that found the subject (deny for the index), the same in every round. */
  found: number;
}

export interface CreditBenchResults {
  schema: 1;
  suite: 'credit';
  label: string;
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  machine: MachineInfo;
  config: CreditBenchConfig;
  targets: { checkToBareRatio: number; bytesPerEntry: number; httpToBareRatio: number; httpP99Ms: number; bulkSeconds: number };
  shape: CreditListShape & { distinctSubjects: number };
  index: {
    /** Generating the list and adding it, measure by measure. */
    loadSeconds: number;
    /** heapUsed + arrayBuffers after − before, both after full GCs, per measure. */
    heapBytesPerEntry: number;
    memoryBytesPerEntry: number;
    layout: CreditIndexLayout;
    maxProbeDistance: { persons: number; organisations: number };
  };
  lookups: {
    mix: { hits: number; misses: number };
    index: LookupMethod;
    bare: LookupMethod;
    set: LookupMethod;
    /** index ÷ bare per round, median: by the wall clock and by CPU time. */
    ratioWall: number;
    ratioCpu: number;
    /** Variants of the index's check, for information. */
    variants: Record<string, LookupMethod>;
    bareBytesPerEntry: number;
    setHeapBytesPerEntry: number;
  };
  redis: { version: string; loadSeconds: number; bytesPerEntry: number; lookups: number; perSec: number; found: number; pipeline: number } | { skipped: string };
  postgres: { version: string; loadSeconds: number; method: string; bytesPerEntry: number; lookups: number; perSec: number; found: number; concurrency: number } | { skipped: string };
  http: (CreditHttpResults & { store: string }) | { skipped: string };
  range: { buildSeconds: number; subjects: number; bytesPerEntry: number; queries: number; queriesPerSec: number; meanBucket: number; agencyChecks: { listedFound: number; listed: number; unlistedFound: number; unlisted: number } };
  summary: CreditSummaryRow[];
}

export interface CreditSummaryRow {
  benchmark: string;
  measured: string;
  target: string | null;
  pass: boolean | null;
}

const n = (v: number) => (v >= 100 ? Math.round(v).toLocaleString('en-US') : String(v));
const m = (perSec: number) => `${(perSec / 1e6).toFixed(2)} M/s`;

export function buildCreditSummary(r: Omit<CreditBenchResults, 'summary'>): CreditSummaryRow[] {
  const l = r.lookups;
  const rows: CreditSummaryRow[] = [
    {
      benchmark: `4. Credit check in process ÷ bare typed-array probe (${n(r.config.entries)} entries, ${r.config.scenario}, 50% hits)`,
      measured: `check ${m(l.index.cpuPerSec)} · bare ${m(l.bare.cpuPerSec)} per CPU-second → ${l.ratioCpu.toFixed(3)} (wall clock: ${m(l.index.wallPerSec)} · ${m(l.bare.wallPerSec)} → ${l.ratioWall.toFixed(3)})`,
      target: `≥ ${r.targets.checkToBareRatio}`,
      pass: l.ratioCpu >= r.targets.checkToBareRatio,
    },
    {
      benchmark: '4. Credit index memory per entry (measure)',
      measured: `heap ${r.index.heapBytesPerEntry} B · memoryBytes() ${r.index.memoryBytesPerEntry} B · load ${n(r.config.entries)} in ${r.index.loadSeconds} s`,
      target: `≤ ${r.targets.bytesPerEntry} B`,
      pass: Math.max(r.index.heapBytesPerEntry, r.index.memoryBytesPerEntry) <= r.targets.bytesPerEntry,
    },
    {
      benchmark: '4. JS Set of ID strings (same lookups)',
      measured: `${m(l.set.wallPerSec)} wall · ${m(l.set.cpuPerSec)} CPU · ${l.setHeapBytesPerEntry} B/subject`,
      target: null,
      pass: null,
    },
  ];
  rows.push(
    'skipped' in r.redis
      ? { benchmark: '4. Redis SISMEMBER', measured: `skipped: ${r.redis.skipped}`, target: null, pass: null }
      : { benchmark: `4. Redis ${r.redis.version} SISMEMBER, pipelined ×${r.redis.pipeline}`, measured: `${m(r.redis.perSec)} over ${n(r.redis.lookups)} lookups · ${r.redis.bytesPerEntry} B/subject`, target: null, pass: null },
  );
  rows.push(
    'skipped' in r.postgres
      ? { benchmark: '4. PostgreSQL primary-key lookup', measured: `skipped: ${r.postgres.skipped}`, target: null, pass: null }
      : { benchmark: `4. PostgreSQL ${r.postgres.version} primary-key lookup, ${r.postgres.concurrency} clients`, measured: `${n(r.postgres.perSec)}/s over ${n(r.postgres.lookups)} lookups · ${r.postgres.bytesPerEntry} B/subject (table + index)`, target: null, pass: null },
  );
  rows.push({
    benchmark: '4. k-anonymity range index (5-hex-char prefix)',
    measured: `build ${r.range.buildSeconds} s for ${n(r.range.subjects)} subjects · ${r.range.bytesPerEntry} B/subject · ${n(r.range.queriesPerSec)} queries/s (~${r.range.meanBucket} per bucket)`,
    target: null,
    pass: null,
  });
  if ('skipped' in r.http) {
    rows.push({ benchmark: '4. HTTP single check', measured: `skipped: ${r.http.skipped}`, target: null, pass: null });
  } else {
    const h = r.http;
    // Every concurrency measured is judged: a client's pool may be small or large.
    for (const l of h.loads) {
      const p99 = Math.max(...l.check.p99Ms);
      rows.push(
        {
          benchmark: `4. HTTP single check on loopback (answered on the connection) ÷ bare Fastify constant route (${l.connections} connections, ${n(h.indexEntries)} entries, ${l.checkHalfListed ? 'one in ten checked listed, ' : ''}log on ${h.store})`,
          measured: `check ${n(l.check.median)}/s · bare ${n(l.bare.median)}/s → ${l.ratio.toFixed(2)} · CPU µs/request: check ${cpuText(l.check.cpuUsPerRequest)}, bare ${cpuText(l.bare.cpuUsPerRequest)}`,
          target: `≥ ${r.targets.httpToBareRatio}`,
          pass: l.ratio >= r.targets.httpToBareRatio,
        },
        ...(l.checkHalfListed
          ? [
              {
                benchmark: `4. (context) the same check with half the persons checked listed (${l.connections} connections)`,
                measured: `check ${n(l.checkHalfListed.median)}/s → ${(l.ratioHalfListed ?? l.checkHalfListed.median / l.bare.median).toFixed(2)} × bare · CPU µs/request: ${cpuText(l.checkHalfListed.cpuUsPerRequest)}`,
                target: null,
                pass: null,
              },
            ]
          : []),
        {
          benchmark: `4. (context) a Fastify route's floor: key lookup + zod validation + one constant deny answer, no check, no log (${l.connections} connections)`,
          measured: `floor ${n(l.floor.median)}/s → floor ÷ bare ${l.floorToBare.toFixed(2)}, check ÷ floor ${l.ratioToFloor.toFixed(2)} · CPU µs/request: floor ${cpuText(l.floor.cpuUsPerRequest)}`,
          target: null,
          pass: null,
        },
        { benchmark: `4. HTTP single check p99 at that load (${l.connections} connections)`, measured: `${p99} ms (rounds: ${l.check.p99Ms.join(', ')} ms; bare ${l.bare.p99Ms.join(', ')} ms)`, target: `≤ ${r.targets.httpP99Ms} ms`, pass: p99 <= r.targets.httpP99Ms },
      );
    }
    rows.push(
      {
        benchmark: `4. Bulk comparison, upload → complete result (${n(h.bulk.rows)} identities, 10% listed, CSV)`,
        measured: `${h.bulk.seconds} s (${n(h.bulk.rowsPerSec)} rows/s)`,
        target: `≤ ${r.targets.bulkSeconds} s`,
        pass: h.bulk.seconds <= r.targets.bulkSeconds,
      },
    );
  }
  return rows;
}

/** Median over rounds of the server's (+ PostgreSQL's, writing the check log) CPU microseconds per request. */
function cpuText(rounds: ReadonlyArray<{ server: number; postgres: number | null }> | undefined): string {
  if (!rounds || rounds.length === 0) return 'not measured';
  const pg = rounds.map((r) => r.postgres).filter((v): v is number => v !== null);
  return `${median(rounds.map((r) => r.server))} µs${pg.length > 0 ? ` + ${median(pg)} µs` : ''}`;
}

export function renderCreditTable(rows: readonly CreditSummaryRow[]): string {
  const lines = ['| Benchmark | Measured | Target | Result |', '| --- | --- | --- | --- |'];
  for (const row of rows) lines.push(`| ${row.benchmark} | ${row.measured} | ${row.target ?? '—'} | ${row.pass === null ? 'info' : row.pass ? '**PASS**' : '**FAIL**'} |`);
  return lines.join('\n');
}
