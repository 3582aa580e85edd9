/**
 * The fan-out end to end: the platform (`startServer`, fanout-platform.ts) in a process of its
 * own on the benchmark's database, the simulators in theirs. Once the platform's start-up jobs are
 * done, the simulated institutions are switched to `push` (the starting gun); the platform's job
 * loop then drains `dispatchAssistRequests` — claim due requests (SKIP LOCKED), POST each to its
 * institution, settle them — while the simulators post their signed replies to the platform's
 * reply endpoint, where each is verified and booked (`receiveAssistReply`). The benchmark waits
 * until every request is `answered`.
 *
 * The rate is requests over the seconds from the first claim to the last booking, both read from
 * the outbox afterwards: the first claim is the earliest of the claims' lease stamps
 * (next_attempt_at − 60 s, kept by requests answered before their send was settled) and the
 * settled sends (sent_at, after their claim) — not before the switch (a retry's stamp, after a send
 * that failed, is not a lease); the last booking is max(answered_at).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { sql, type Database } from '@zhixing/db';
import { cpuMark, cpuSince } from './cpu-usage.js';
import { cpuSpentSince, processCpuByPid, processCpuMs, stopChild } from './fanout-processes.js';
import { round } from './stats.js';

const PLATFORM_SCRIPT = new URL('./fanout-platform.ts', import.meta.url).pathname;
/** The dispatcher's lease (dispatch-assist-requests.ts LEASE_MS). */
const LEASE_MS = 60_000;

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface PlatformProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Starts the platform's CPU profiler; the returned function stops it and writes the profile to `file`. */
  profile(file: string): Promise<() => Promise<void>>;
  stop(): Promise<void>;
}

function ask(child: ChildProcess, message: object, answer: string): Promise<void> {
  return new Promise((resolve) => {
    const on = (m: { type?: string }) => {
      if (m.type !== answer) return;
      child.off('message', on);
      resolve();
    };
    child.on('message', on);
    child.send(message);
  });
}

/** Starts fanout-platform.ts (startServer) with the benchmark's environment; resolves when it listens. */
export function startPlatform(options: { databaseUrl: string; port: number; keyFile: string; dataDir: string }): Promise<PlatformProcess> {
  const env = { ...process.env, DATABASE_URL: options.databaseUrl, PORT: String(options.port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SEED_DEMO: '0', DATA_DIR: options.dataDir, ZX_ASSIST_SIGNING_KEY_FILE: options.keyFile };
  const child = fork(PLATFORM_SCRIPT, { execArgv: ['--import', 'tsx'], env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const exited = (code: number | null) => reject(new Error(`platform exited with ${String(code)}`));
    child.once('exit', exited);
    child.once('message', (m: { type: 'ready'; url: string }) => {
      child.off('exit', exited);
      resolve({
        child,
        url: m.url,
        profile: async (file) => {
          await ask(child, { type: 'profile-start' }, 'profile-started');
          return () => ask(child, { type: 'profile-stop', file }, 'profile-written');
        },
        stop: () => stopChild(child),
      });
    });
  });
}

/** Waits until no job is due or running (the platform's start-up scans over the cases). */
export async function waitForIdleJobs(database: Database, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const r = await sql<{ busy: number; started: number }>`
      select count(*) filter (where status in ('pending', 'running') and run_at <= now())::int as busy,
        count(*) filter (where singleton_key like '%:now')::int as started from jobs`.execute(database.db);
    const row = r.rows[0]!;
    if (row.started > 0 && row.busy === 0) return;
    if (Date.now() > end) throw new Error(`the platform's start-up jobs did not finish in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export interface EndToEndResult {
  requests: number;
  seconds: number;
  requestsPerSec: number;
  /** From switching the institutions to push to the first claim (the job loop's next tick). */
  gateToFirstClaimMs: number;
  /** From switching the institutions to push to the last result booked. */
  timeToLastResultSeconds: number;
  /** Requests sent more than once (a post that failed and was retried), and the most attempts. */
  retried: number;
  maxAttempts: number;
  /**
   * CPU time per request: the platform process; the PostgreSQL backends serving this database
   * (`postgresAll`: every PostgreSQL process on the machine, other users' included); the 13
   * simulators; the benchmark's own polling.
   */
  cpuMsPerRequest: { platform: number | null; postgres: number | null; postgresAll: number | null; simulators: number | null; bench: number };
}

async function ourBackends(database: Database): Promise<number[]> {
  const r = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database()`.execute(database.db);
  return r.rows.map((x) => x.pid);
}

/**
 * Opens the gate (`open`) and waits until every request is answered (or nothing moves for
 * `stallMs`). Progress is read cheaply from the courts' audit-chain heads (each booked reply
 * appends one case event), so watching does not scan the outbox; the outbox is counted only to
 * confirm the end.
 */
export async function runEndToEnd(
  database: Database,
  expected: number,
  pids: { platform: number; simulators: readonly number[] },
  open: () => Promise<void>,
  options: { stallMs: number; log: (line: string) => void },
): Promise<EndToEndResult> {
  const events = async () => (await sql<{ n: number }>`select coalesce(sum(last_seq), 0)::int as n from audit_chain_heads`.execute(database.db)).rows[0]!.n;
  const settled = async () => {
    const r = await sql<{ answered: number; other: number }>`
      select count(*) filter (where state = 'answered')::int as answered, count(*) filter (where state in ('failed', 'timedOut'))::int as other from assist_requests`.execute(database.db);
    return r.rows[0]!;
  };
  const baseline = await events();
  const platformCpu = processCpuMs([pids.platform]);
  const simulatorCpu = processCpuMs(pids.simulators);
  const backends = processCpuByPid(await ourBackends(database));
  const mark = cpuMark();
  const gateAt = Date.now();
  await open();
  let last = 0;
  let lastMoved = Date.now();
  let lastLog = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const done = (await events()) - baseline;
    if (done !== last) {
      last = done;
      lastMoved = Date.now();
    }
    if (done >= expected) {
      const p = await settled();
      if (p.answered + p.other >= expected) break;
    }
    if (Date.now() - lastMoved > options.stallMs) {
      const p = await settled();
      throw new Error(`end to end stalled: ${p.answered} of ${expected} answered, ${p.other} failed or timed out`);
    }
    if (Date.now() - lastLog > 15_000) {
      lastLog = Date.now();
      options.log(`end to end: ${done.toLocaleString('en-US')} of ${expected.toLocaleString('en-US')} booked`);
    }
  }
  const ownPostgres = cpuSpentSince(backends, await ourBackends(database));
  const spent = cpuSince(mark);
  const platformAfter = processCpuMs([pids.platform]);
  const simulatorsAfter = processCpuMs(pids.simulators);
  const t = await sql<{ first: Date; last: Date; retried: number; max_attempts: number; n: number }>`
    with t as (select least(next_attempt_at - ${`${LEASE_MS} milliseconds`}::interval, sent_at) as claimed, answered_at, attempts from assist_requests)
    select min(claimed) filter (where claimed >= ${new Date(gateAt)}) as first, max(answered_at) as last,
      count(*) filter (where attempts > 1)::int as retried, max(attempts)::int as max_attempts, count(*)::int as n
    from t`.execute(database.db);
  const row = t.rows[0]!;
  const seconds = (row.last.getTime() - row.first.getTime()) / 1000;
  const per = (ms: number | null) => (ms === null ? null : round(ms / expected, 3));
  return {
    requests: row.n,
    seconds: round(seconds, 3),
    requestsPerSec: round(expected / seconds, 1),
    gateToFirstClaimMs: row.first.getTime() - gateAt,
    timeToLastResultSeconds: round((row.last.getTime() - gateAt) / 1000, 3),
    retried: row.retried,
    maxAttempts: row.max_attempts,
    cpuMsPerRequest: {
      platform: platformCpu === null || platformAfter === null ? null : per(platformAfter - platformCpu),
      postgres: per(ownPostgres),
      postgresAll: per(spent.postgresMs),
      simulators: simulatorCpu === null || simulatorsAfter === null ? null : per(simulatorsAfter - simulatorCpu),
      bench: per(spent.nodeMs)!,
    },
  };
}

export interface TickDiagnostics {
  outboxMiB: number;
  rows: number;
  timeOutSweepMs: number;
  timeOutSweepPlan: string;
}

/**
 * What one turn of the job loop costs in the database at the size reached, besides the claim: the
 * time-out sweep (`timeOutAssistRequests`: requests `sent` past their due time), timed with
 * EXPLAIN ANALYZE on the outbox as it stands (best of three), and the outbox's size.
 */
export async function tickDiagnostics(database: Database): Promise<TickDiagnostics> {
  const size = await sql<{ bytes: number; rows: number }>`select pg_total_relation_size('assist_requests')::bigint as bytes, (select count(*) from assist_requests)::int as rows`.execute(database.db);
  const times: number[] = [];
  let plan = '';
  for (let i = 0; i < 3; i++) {
    const r = await sql<{ 'QUERY PLAN': string }>`explain (analyze, format text) select id from assist_requests where state = 'sent' and due_at < now()`.execute(database.db);
    plan = r.rows.map((x) => x['QUERY PLAN']).join('\n');
    const m = /Execution Time: ([\d.]+) ms/.exec(plan);
    if (m) times.push(Number(m[1]));
  }
  return { outboxMiB: round(size.rows[0]!.bytes / 2 ** 20, 1), rows: size.rows[0]!.rows, timeOutSweepMs: round(Math.min(...times), 2), timeOutSweepPlan: plan };
}

export interface BookingCheck {
  requestsByState: Record<string, number>;
  repliesBooked: number;
  /** Distinct requests among the booked replies: equal to repliesBooked when nothing was booked twice. */
  requestsWithBookedReply: number;
  repliesRejected: number;
  rejectedReasons: Record<string, number>;
  properties: number;
  /** What the institutions hold for the debtors (syntheticHoldings), summed over every request. */
  expectedProperties: number;
  answeredEvents: number;
  chains: { courts: number; events: number; valid: boolean };
  /** Requests that did not end answered, and bookings beyond one per request: both must be 0. */
  lost: number;
  duplicated: number;
  ok: boolean;
}

/** Counts what was booked and checks it against what the institutions hold. */
export async function checkBooking(database: Database, expected: { requests: number; properties: number }, verifyChains: () => Promise<{ courts: number; events: number; valid: boolean }>): Promise<BookingCheck> {
  const { db } = database;
  const states = await sql<{ state: string; n: number }>`select state, count(*)::int as n from assist_requests group by state`.execute(db);
  const replies = await sql<{ outcome: string; n: number; requests: number }>`select outcome, count(*)::int as n, count(distinct request_id)::int as requests from assist_replies group by outcome`.execute(db);
  const reasons = await sql<{ reason_code: string; n: number }>`select coalesce(reason_code, '?') as reason_code, count(*)::int as n from assist_replies where outcome = 'rejected' group by 1`.execute(db);
  const props = await sql<{ n: number }>`select count(*)::int as n from case_properties`.execute(db);
  const events = await sql<{ n: number }>`select count(*)::int as n from case_events where action = 'networkInquiryAnswered'`.execute(db);
  const booked = replies.rows.find((r) => r.outcome === 'booked');
  const rejected = replies.rows.find((r) => r.outcome === 'rejected');
  const chains = await verifyChains();
  const requestsByState = Object.fromEntries(states.rows.map((r) => [r.state, r.n]));
  const result: BookingCheck = {
    requestsByState,
    repliesBooked: booked?.n ?? 0,
    requestsWithBookedReply: booked?.requests ?? 0,
    repliesRejected: rejected?.n ?? 0,
    rejectedReasons: Object.fromEntries(reasons.rows.map((r) => [r.reason_code, r.n])),
    properties: props.rows[0]?.n ?? 0,
    expectedProperties: expected.properties,
    answeredEvents: events.rows[0]?.n ?? 0,
    chains,
    lost: expected.requests - (requestsByState.answered ?? 0),
    duplicated: (booked?.n ?? 0) - (booked?.requests ?? 0) + Math.max(0, (props.rows[0]?.n ?? 0) - expected.properties) + Math.max(0, (events.rows[0]?.n ?? 0) - expected.requests),
    ok: false,
  };
  result.ok =
    result.lost === 0 &&
    result.duplicated === 0 &&
    requestsByState.answered === expected.requests &&
    result.repliesBooked === expected.requests &&
    result.requestsWithBookedReply === expected.requests &&
    result.properties === expected.properties &&
    result.answeredEvents === expected.requests &&
    chains.valid;
  return result;
}
