/**
 * Benchmark 1 — case filing through the HTTP API against raw inserts of the same rows.
 *
 * API: the real server (`buildApp` + `listen` on 127.0.0.1, port 0), `concurrency` clients in a
 * worker thread logged in as the demo judge judge.zs (中山区), POST /api/v1/cases with cookie and
 * CSRF header: validation, session lookup, case number, parties, claims, deadlines, the hash-
 * chained filing event and the case view in the answer.
 * Raw: the same rows (see filing-rows.ts) with plain INSERTs through the same Kysely instance and
 * driver, one transaction per case, `concurrency` at a time, in 西岗区's court.
 * Service (for the breakdown only): `fileCase` called in process, no HTTP, same court as the API.
 * Rounds alternate raw, service and API; the rate of each side is its filings over its measured seconds.
 */
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { buildApp } from '@zhixing/server';
import { DEMO_PASSWORD, fileCase, verifyCourtChain, type Actor, type ServiceContext } from '@zhixing/services';
import type { FileCaseRequest } from '@zhixing/contracts';
import type { Database } from '@zhixing/db';
import { actorOf } from './bench-setup.js';
import { cursorOf, fileTemplate, filingBody, insertRawFiling, rawFilings, settleCursor, type FilingTemplate, type RawCursor, type RawFiling } from './filing-rows.js';
import type { LoadJob, LoadResult } from './http-load-worker.js';
import { cpuMark, cpuSince, type CpuMark, type CpuSpent } from './cpu-usage.js';
import { elapsedMs, now, round, summarise, type LatencySummary } from './stats.js';

export interface FilingOptions {
  concurrency: number;
  rounds: number;
  warmupMs: number;
  durationMs: number;
}

export interface FilingSide {
  filings: number;
  seconds: number;
  filingsPerSec: number;
  perRound: number[];
  latency: LatencySummary;
  /** CPU milliseconds per filing: the server side of this process, the load-generating client thread (API only), PostgreSQL's processes. */
  cpuMsPerFiling: { node: number; client: number | null; postgres: number | null };
}

export interface FilingResult {
  concurrency: number;
  rounds: number;
  secondsPerRound: number;
  api: FilingSide;
  raw: FilingSide;
  /** For the breakdown: the service `fileCase` called in process (no HTTP), same court and concurrency as the API. */
  service: FilingSide;
  ratio: number;
  apiCourt: { courtId: string; chainValid: boolean; chainEvents: number };
  rawCourt: { courtId: string; chainValid: boolean; chainEvents: number };
}

interface Phase {
  completed: number;
  ms: number;
  latencies: number[];
  nodeCpuMs: number;
  clientCpuMs: number;
  postgresCpuMs: number | null;
}

async function rawPhase(database: Database, t: FilingTemplate, cursor: RawCursor, o: { concurrency: number; ms: number; expectedPerSec: number; offset: number }): Promise<Phase & { used: RawFiling[] }> {
  // Generous, so a faster round than the estimate never runs dry (rows are made before the clock starts).
  const pool = rawFilings(t, { ...cursor }, Math.ceil((Math.max(o.expectedPerSec, 1000) * o.ms) / 1000 * 2.5) + 200, o.offset);
  let next = 0;
  const latencies: number[] = [];
  const cpu = cpuMark();
  const start = now();
  const deadline = performance.now() + o.ms;
  const client = async () => {
    while (performance.now() < deadline && next < pool.length) {
      const f = pool[next++]!;
      const t0 = now();
      await insertRawFiling(database, f);
      latencies.push(elapsedMs(t0));
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, client));
  const ms = elapsedMs(start);
  const spent = cpuSince(cpu);
  const used = pool.slice(0, next);
  const last = used.at(-1);
  if (last) Object.assign(cursor, { sequence: last.caseRow.sequence, seq: last.event.seq, hash: last.event.hash });
  if (next === pool.length) process.stderr.write(`  (raw pool of ${pool.length} used up before the deadline)\n`);
  return { completed: used.length, ms, latencies, used, nodeCpuMs: spent.nodeMs, clientCpuMs: 0, postgresCpuMs: spent.postgresMs };
}

async function servicePhase(ctx: ServiceContext, actor: Actor, requests: readonly FileCaseRequest[], o: { concurrency: number; ms: number }): Promise<Phase> {
  let next = 0;
  const latencies: number[] = [];
  const cpu = cpuMark();
  const start = now();
  const deadline = performance.now() + o.ms;
  const client = async () => {
    while (performance.now() < deadline) {
      const request = requests[next++ % requests.length]!;
      const t0 = now();
      await fileCase(ctx, actor, request);
      latencies.push(elapsedMs(t0));
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, client));
  const ms = elapsedMs(start);
  const spent = cpuSince(cpu);
  return { completed: latencies.length, ms, latencies, nodeCpuMs: spent.nodeMs, clientCpuMs: 0, postgresCpuMs: spent.postgresMs };
}

/** Runs the load worker; the CPU window opens when the worker starts its measured phase. */
export function apiPhase(job: LoadJob): Promise<LoadResult & { cpu: CpuSpent }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./http-load-worker.ts', import.meta.url), { workerData: job });
    let mark: CpuMark | null = null;
    worker.on('message', (m: { type: 'measuring' } | ({ type: 'done' } & LoadResult)) => {
      if (m.type === 'measuring') mark = cpuMark();
      else resolve({ ...m, cpu: cpuSince(mark!) });
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load worker exited with ${code}`));
    });
  });
}

function side(phases: Phase[], withClient: boolean, serverStore: boolean): FilingSide {
  const filings = phases.reduce((s, p) => s + p.completed, 0);
  const seconds = phases.reduce((s, p) => s + p.ms, 0) / 1000;
  const per = (pick: (p: Phase) => number | null) => {
    const values = phases.map(pick);
    return values.some((v) => v === null) ? null : round(values.reduce<number>((s, v) => s + v!, 0) / filings, 3);
  };
  return {
    filings,
    seconds: round(seconds),
    filingsPerSec: round(filings / seconds, 1),
    perRound: phases.map((p) => round(p.completed / (p.ms / 1000), 1)),
    latency: summarise(phases.flatMap((p) => p.latencies)),
    cpuMsPerFiling: { node: per((p) => p.nodeCpuMs - p.clientCpuMs)!, client: withClient ? per((p) => p.clientCpuMs) : null, postgres: serverStore ? per((p) => p.postgresCpuMs) : null },
  };
}

export interface ApiServer {
  filingsUrl: string;
  cookie: string;
  csrf: string;
  courtId: string;
  close(): Promise<void>;
}

/** The real server on a free loopback port, and a session of the demo judge judge.zs. */
export async function startApiServer(ctx: ServiceContext): Promise<ApiServer> {
  const app = await buildApp({ ctx, webDir: null, logger: false, loginRateLimit: 10_000 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'judge.zs', password: DEMO_PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`);
    const me = (await login.json()) as { csrfToken: string; court: { id: string } };
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    return { filingsUrl: `${base}/api/v1/cases`, cookie, csrf: me.csrfToken, courtId: me.court.id, close: () => app.close() };
  } catch (error) {
    await app.close();
    throw error;
  }
}

export async function benchFiling(ctx: ServiceContext, o: FilingOptions): Promise<FilingResult> {
  const database = ctx.database;
  const serverStore = database.target.kind === 'postgres';
  const server = await startApiServer(ctx);
  try {
    const bodies = Array.from({ length: 64 }, (_, i) => filingBody(i));
    const requests = bodies.map((b) => JSON.parse(b) as FileCaseRequest);
    const judge = await actorOf(ctx, 'judge.zs');

    const template = await fileTemplate(ctx, await actorOf(ctx, 'judge.xg'));
    const cursor = await cursorOf(database.db, template);
    const used: RawFiling[] = [];
    let offset = 0;
    // Raw warm-up (not counted); it also estimates how many rows a timed round needs.
    const warm = await rawPhase(database, template, cursor, { concurrency: o.concurrency, ms: o.warmupMs, expectedPerSec: 4000, offset });
    used.push(...warm.used);
    offset += warm.completed;
    let expected = warm.completed / (warm.ms / 1000);

    const raw: Phase[] = [];
    const api: Phase[] = [];
    const service: Phase[] = [];
    await servicePhase(ctx, judge, requests, { concurrency: o.concurrency, ms: o.warmupMs });
    for (let r = 0; r < o.rounds; r++) {
      const p = await rawPhase(database, template, cursor, { concurrency: o.concurrency, ms: o.durationMs, expectedPerSec: expected, offset });
      used.push(...p.used);
      offset += p.completed;
      expected = Math.max(expected, p.completed / (p.ms / 1000));
      raw.push(p);
      service.push(await servicePhase(ctx, judge, requests, { concurrency: o.concurrency, ms: o.durationMs }));
      const a = await apiPhase({ url: server.filingsUrl, cookie: server.cookie, csrf: server.csrf, bodies, concurrency: o.concurrency, warmupMs: o.warmupMs, durationMs: o.durationMs });
      if (a.failed > 0) throw new Error(`${a.failed} API filings failed; first: ${a.firstError}`);
      api.push({ completed: a.completed, ms: a.elapsedMs, latencies: a.latenciesMs, nodeCpuMs: a.cpu.nodeMs, clientCpuMs: a.clientCpuMs, postgresCpuMs: a.cpu.postgresMs });
    }
    await settleCursor(database.db, template, used);
    const apiChain = await verifyCourtChain(database.db, server.courtId);
    const rawChain = await verifyCourtChain(database.db, template.court.id);
    const apiSide = side(api, true, serverStore);
    const rawSide = side(raw, false, serverStore);
    return {
      concurrency: o.concurrency,
      rounds: o.rounds,
      secondsPerRound: o.durationMs / 1000,
      api: apiSide,
      raw: rawSide,
      service: side(service, false, serverStore),
      ratio: round(apiSide.filingsPerSec / rawSide.filingsPerSec, 3),
      apiCourt: { courtId: server.courtId, chainValid: apiChain.valid, chainEvents: apiChain.events },
      rawCourt: { courtId: template.court.id, chainValid: rawChain.valid, chainEvents: rawChain.events },
    };
  } finally {
    await server.close();
  }
}
