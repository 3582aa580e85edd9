/**
 * The fan-out suite's results (`npm run bench -- fanout`), written to
 * bench/results/<date>-fanout-<hhmm>.json beside the other suites' files, and its rows in the
 * README: what was measured, against which target, pass or fail.
 */
import type { BookingCheck, EndToEndResult, TickDiagnostics } from './fanout-e2e.js';
import type { FaultReport } from './fanout-faults.js';
import type { RawResult } from './fanout-raw.js';
import type { MachineInfo } from './machine.js';
import { newestResults } from './credit-results-file.js';

export interface FanoutConfig {
  profile: 'full' | 'quick';
  debtors: number;
  institutions: number;
  requests: number;
  /** Each simulator's answer time, the same in both measurements. */
  latencyMs: { min: number; max: number };
  /** Requests the raw client keeps awaiting their 202. */
  rawConcurrency: number;
  /** Requests measured raw: half of them (the first in the dispatcher's order) before the end-to-end run, half (the last) after. */
  rawRequests: number;
}

export interface FanoutSummaryRow {
  benchmark: string;
  measured: string;
  value: number;
  target: string | null;
  pass: boolean | null;
}

/** The hottest functions of the platform process's CPU profile (self time). */
export interface ProfileSummary {
  file: string;
  sampledMs: number;
  top: Array<{ fn: string; where: string; selfPct: number }>;
  byArea: Record<string, number>;
}

export interface FanoutBenchResults {
  schema: 1;
  suite: 'fanout';
  label: string;
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  machine: MachineInfo;
  config: FanoutConfig;
  targets: { endToEndToRawRatio: number };
  store: { kind: 'postgres'; version: string };
  setup: { seedSeconds: number; casesSeconds: number; inquiriesSeconds: number; requested: number; byCourt: Record<string, number> };
  raw: RawResult;
  endToEnd: EndToEndResult;
  booking: BookingCheck;
  /** The fault mix of the end-to-end run and what the simulators saw of it. */
  faults: FaultReport;
  /** Peak resident memory (VmHWM): the platform process, the largest simulator, the benchmark's own process. */
  memory: { platformPeakMiB: number | null; simulatorPeakMiB: number | null; benchPeakMiB: number };
  /** End-to-end rate ÷ raw rate, by the wall clock (the target's measure). */
  ratio: number;
  /**
   * Raw CPU per request (simulators + client and sink) ÷ end-to-end CPU per request (platform +
   * its PostgreSQL backends + simulators + polling): the ratio the two rates would have on a
   * machine doing nothing else, both sides being CPU-bound on the same cores (info).
   */
  cpuRatio: number | null;
  diagnostics: TickDiagnostics;
  /** 1-minute load average: before the first raw round, after the end-to-end run, after the second raw round. */
  loadAverage: { beforeRaw: number; afterEndToEnd: number; afterRaw: number };
  profile: ProfileSummary | null;
  summary: FanoutSummaryRow[];
}

const n = (v: number) => Math.round(v).toLocaleString('en-US');
const mib = (v: number | null) => (v === null ? '—' : `${v} MiB`);

/** "bank down for the first 15 s · onlinePayment duplicate · …" */
export function mixText(f: FaultReport): string {
  return f.mix.map((m) => `${m.category} ${m.faults.join('+')}${m.forSeconds === null ? '' : ` for the first ${m.forSeconds} s`}`).join(' · ');
}

export function buildFanoutSummary(r: Omit<FanoutBenchResults, 'summary'>): FanoutSummaryRow[] {
  const c = r.config;
  const e = r.endToEnd;
  const b = r.booking;
  const cpu = e.cpuMsPerRequest;
  const ms = (v: number | null) => (v === null ? '—' : `${v} ms`);
  return [
    {
      benchmark: `5. Network inquiry fan-out end to end ÷ simulators' raw rate (${n(c.debtors)} debtors × ${c.institutions} institutions = ${n(c.requests)} requests, PostgreSQL)`,
      measured: `end to end ${n(e.requestsPerSec)}/s (${e.seconds} s) · raw ${n(r.raw.requestsPerSec)}/s (${r.raw.seconds} s) → ${r.ratio.toFixed(3)} (by CPU time per request: ${r.cpuRatio?.toFixed(3) ?? '—'})`,
      value: r.ratio,
      target: `≥ ${r.targets.endToEndToRawRatio}`,
      pass: r.ratio >= r.targets.endToEndToRawRatio,
    },
    {
      benchmark: `5. Fan-out under the fault mix (${mixText(r.faults)}): lost and duplicated results`,
      measured: `${n(b.lost)} lost · ${n(b.duplicated)} duplicated — ${n(b.repliesBooked)} replies booked for ${n(b.requestsWithBookedReply)} requests · ${n(b.properties)} property records (expected ${n(b.expectedProperties)}) · ${n(b.answeredEvents)} events · ${b.repliesRejected} rejected · chains ${b.chains.valid ? 'valid' : 'BROKEN'} · ${n(r.faults.deliveriesAccepted - b.repliesBooked)} duplicate deliveries answered \`duplicate\` · ${n(e.retried)} requests re-posted (most attempts ${e.maxAttempts})`,
      value: b.lost + b.duplicated,
      target: '0 lost, 0 duplicated',
      pass: b.ok,
    },
    {
      benchmark: '5. Fan-out time to the last result (from the start to the last booking)',
      measured: `${e.timeToLastResultSeconds} s for ${n(c.requests)} requests`,
      value: e.timeToLastResultSeconds,
      target: null,
      pass: null,
    },
    {
      benchmark: '5. Fan-out peak memory (resident, VmHWM)',
      measured: `platform ${mib(r.memory.platformPeakMiB)} · largest simulator ${mib(r.memory.simulatorPeakMiB)} · benchmark process ${mib(r.memory.benchPeakMiB)}`,
      value: r.memory.platformPeakMiB ?? 0,
      target: null,
      pass: null,
    },
    {
      benchmark: '5. Fan-out CPU per request end to end (2 shared cores)',
      measured: `platform ${ms(cpu.platform)} · PostgreSQL ${ms(cpu.postgres)} · simulators ${ms(cpu.simulators)} (raw: simulators ${ms(r.raw.cpuMsPerRequest.simulators)} · client + sink ${ms(r.raw.cpuMsPerRequest.driver)})`,
      value: (cpu.platform ?? 0) + (cpu.postgres ?? 0) + (cpu.simulators ?? 0),
      target: null,
      pass: null,
    },
  ];
}

export function renderFanoutTable(rows: readonly FanoutSummaryRow[]): string {
  const lines = ['| Benchmark | Measured | Target | Result |', '| --- | --- | --- | --- |'];
  for (const row of rows) lines.push(`| ${row.benchmark} | ${row.measured} | ${row.target ?? '—'} | ${row.pass === null ? 'info' : row.pass ? '**PASS**' : '**FAIL**'} |`);
  return lines.join('\n');
}

/** The newest fan-out run in bench/results (a full run preferred: the target is set at the full size). */
export function latestFanoutResults(): { file: string; results: FanoutBenchResults } | null {
  return newestResults<FanoutBenchResults>((r) => r.suite === 'fanout');
}
