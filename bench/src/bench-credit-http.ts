/**
 * The agency check service over loopback HTTP, side by side with a bare Fastify route returning a
 * constant from the same process (the ceiling of any Fastify route on this machine), and the bulk
 * comparison of 1,000,000 identities from upload to the last line of the answer.
 *
 * The index is filled straight from the generator (the change feed's job is tested elsewhere); the
 * server is the real one — the check answered by its front on the connection, below Node's HTTP
 * server (ADR 0005), agency key, rate limit, validation, the in-memory index, the check log.
 *
 * A third route, the "floor", shows where the gap to the bare route lies: a Fastify route that
 * looks the key up and validates the body with the same zod schema as the check route, and
 * answers one real deny answer's bytes without checking or logging anything. Check ÷ floor is
 * what the check itself (index, answer, log) costs; floor ÷ bare what any authenticated,
 * validated route with a real answer costs on this machine.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyReply, type FastifyRequest, type HookHandlerDoneFunction } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { zCreditCheckRequest } from '@zhixing/contracts';
import { buildApp } from '@zhixing/server';
import { createServiceContext, secretHash, seedCourts } from '@zhixing/services';
import { sql, type Database } from '@zhixing/db';
import type { PostJob, PostResult } from './http-post-worker.js';
import type { BulkOutcome } from './http-bulk-client.js';
import { generateCreditMeasures, generateSubjects } from './generate-credit-list.js';
import { median, round } from './stats.js';
import { cpuMark, cpuSince } from './cpu-usage.js';

export interface CreditHttpConfig {
  indexEntries: number;
  /** Client concurrencies measured, each side by side with the bare route. */
  connections: number[];
  rounds: number;
  warmupMs: number;
  durationMs: number;
  bulkRows: number;
}

export interface CreditHttpResults {
  indexEntries: number;
  loads: CreditHttpLoad[];
  /** How the check's listener on Node's HTTP server served the rounds (none reached it since the front; before, all answered by it). */
  listener: { answered: number; refused: number; handedOver: number; replayed: number };
  /** How the check's front on the connection served the rounds: all answered by it (not in results before 2026-11-30 13:00). */
  front?: { answered: number; refused: number; handedOver: number };
  decisions: Record<string, number>;
  bulk: { rows: number; seconds: number; rowsPerSec: number; summary: Record<string, unknown> };
}

export interface RouteLoad {
  requestsPerSec: number[];
  median: number;
  p99Ms: number[];
  latencyMs: PostResult['latencyMs'];
  cpuUsPerRequest: CpuPerRequest[];
}

/** One client concurrency: the check route and the bare route, round by round. */
export interface CreditHttpLoad {
  connections: number;
  bare: RouteLoad;
  /** Key lookup + zod validation + a constant real deny answer: no check, no log. */
  floor: RouteLoad;
  /** The check, one body in ten about a listed person. */
  check: RouteLoad;
  /** The same route, half the bodies about listed persons (context: a deny answer costs more; not in results before 2026-11-30 06:00). */
  checkHalfListed?: RouteLoad;
  /** check ÷ bare (target ≥ 0.7). */
  ratio: number;
  /** checkHalfListed ÷ bare. */
  ratioHalfListed?: number;
  /** check ÷ floor: the share of the route's cost that is not the check's own work. */
  ratioToFloor: number;
  /** floor ÷ bare. */
  floorToBare: number;
}

/**
 * CPU time per request of the server process and of PostgreSQL (the check log), over warm-up and
 * measured load: where the 2 shared cores go, independent of how busy the machine was otherwise.
 */
export interface CpuPerRequest {
  server: number;
  postgres: number | null;
}

const KEY = 'zxa_bench-agency-key';

/** The routes measured in turn in every round. */
const ROUTES = ['bare', 'floor', 'check', 'checkHalfListed'] as const;
type Route = (typeof ROUTES)[number];

/** Runs a client script in its own process and returns the one message it sends back. */
function child<T>(script: string, job: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(new URL(script, import.meta.url)), { execArgv: ['--import', 'tsx'] });
    proc.once('message', (m) => resolve(m as T));
    proc.once('error', reject);
    proc.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${script} exited with ${code}`));
    });
    proc.send(job as never);
  });
}

const load = (job: PostJob) => child<PostResult>('./http-post-worker.ts', job);

export async function benchCreditHttp(database: Database, config: CreditHttpConfig, log: (line: string) => void): Promise<CreditHttpResults> {
  const ctx = createServiceContext(database);
  await seedCourts(ctx);
  const admin = await sql<{ id: string }>`insert into users (id, username, display_name, password_hash, role, court_id) values (gen_random_uuid(), 'bench.admin', 'bench', 'x', 'admin', '2102') returning id`.execute(database.db);
  await database.db
    .insertInto('agencies')
    .values({ id: '00000000-0000-4000-8000-0000000000b1', name: 'bench', category: 'airline', scenarios: ['flight'], scopes: ['check', 'bulk'], key_prefix: KEY.slice(0, 10), key_hash: secretHash(KEY), rate_limit_per_minute: 100_000_000, created_by: admin.rows[0]!.id, created_at: new Date(), revoked_at: null })
    .execute();
  const app = await buildApp({ ctx, webDir: null, logger: false });
  const bare = Fastify({ logger: false });
  bare.post('/bare', () => ({ decision: 'allow' }));
  const floor = Fastify({ logger: false });
  floor.setValidatorCompiler(validatorCompiler);
  let floorAnswer = Buffer.alloc(0);
  const hashes = new Map<string, string>();
  const floorAuth = (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const header = request.headers.authorization ?? '';
    const key = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    let hash = hashes.get(key);
    if (hash === undefined) hashes.set(key, (hash = secretHash(key)));
    if (!app.credit.agencies.byKeyHash(hash)) return void reply.code(401).send({ code: 'AGENCY_KEY_INVALID' });
    done();
  };
  floor.post('/floor', { schema: { body: zCreditCheckRequest }, onRequest: floorAuth }, (_request, reply) => {
    void reply.type('application/json; charset=utf-8').send(floorAnswer);
  });
  try {
    log(`credit-http: filling the index with ${config.indexEntries.toLocaleString('en-US')} measures`);
    const listed: string[] = [];
    for (const m of generateCreditMeasures(config.indexEntries, 7)) {
      app.credit.index.add(m);
      if (m.subjectKind === 'person' && listed.length < 5000 && m.kind !== 'exitRestriction') listed.push(m.subjectId);
    }
    await app.credit.reloadAgencies();
    await app.listen({ host: '127.0.0.1', port: 0 });
    await bare.listen({ host: '127.0.0.1', port: 0 });
    await floor.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const urls = { bare: `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}/bare`, floor: `http://127.0.0.1:${(floor.server.address() as AddressInfo).port}/floor`, check: `${base}/api/agency/v1/checks` };
    // One identity in ten listed, as in the bulk comparison below (an agency's customers are mostly
    // on no list; at about 8 million listed among 1.4 billion, far fewer than one in ten), and the
    // same route again with half of them listed, as context.
    const misses = [...generateSubjects(5000, 99)].filter((s) => s.subjectKind === 'person').map((s) => s.subjectId);
    const mix = (listedPerHundred: number) =>
      Array.from({ length: 10_000 }, (_, i) => (i % 100 < listedPerHundred ? listed[i % listed.length]! : misses[i % misses.length]!)).map((idNumber) => JSON.stringify({ subject: { kind: 'person', idNumber }, scenario: 'flight' }));
    const bodies = mix(10);
    const halfListedBodies = mix(50);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${KEY}` };
    // (the index answers `review` until its first change-feed poll has found it current)
    for (let tries = 0; !floorAnswer.toString().includes('"decision":"deny"'); tries += 1) {
      if (tries === 100) throw new Error(`floor: not a deny answer: ${floorAnswer.toString()}`);
      if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      floorAnswer = Buffer.from(await (await fetch(urls.check, { method: 'POST', headers, body: bodies[0] })).arrayBuffer());
    }
    // (what the front and the listener did during the rounds alone: the requests above came by fetch)
    const frontBefore = { ...app.checkFront.counts };
    const listenerBefore = { ...app.checkListener.counts };
    const loads: CreditHttpLoad[] = [];
    for (const connections of config.connections) {
      const runs: Record<Route, Array<{ r: PostResult; cpu: CpuPerRequest }>> = { bare: [], floor: [], check: [], checkHalfListed: [] };
      for (let round_ = 0; round_ < config.rounds; round_ += 1) {
        for (const which of ROUTES) {
          const mark = cpuMark();
          const half = which === 'checkHalfListed';
          const r = await load({ url: urls[half ? 'check' : which], headers, bodies: half ? halfListedBodies : bodies, connections, warmupMs: config.warmupMs, durationMs: config.durationMs, expect: 200 });
          if (r.unexpected > 0 || r.errors > 0) throw new Error(`${which}: ${r.unexpected} unexpected statuses, ${r.errors} errors`);
          if (which === 'check' || half) await app.credit.log.flush();
          const spent = cpuSince(mark);
          const served = r.requests + r.warmupRequests;
          const cpu = { server: round((spent.nodeMs * 1000) / served, 1), postgres: spent.postgresMs === null ? null : round((spent.postgresMs * 1000) / served, 1) };
          runs[which].push({ r, cpu });
          log(`credit-http: ${connections} connections, round ${round_ + 1} ${which} ${round(r.requestsPerSec, 0)}/s, p99 ${r.latencyMs.p99} ms, CPU µs/request server ${cpu.server} postgres ${cpu.postgres ?? '–'}`);
        }
      }
      const summarise = (xs: Array<{ r: PostResult; cpu: CpuPerRequest }>): RouteLoad => {
        const rates = xs.map((x) => round(x.r.requestsPerSec, 0));
        return { requestsPerSec: rates, median: median(rates), p99Ms: xs.map((x) => x.r.latencyMs.p99), latencyMs: xs.at(-1)!.r.latencyMs, cpuUsPerRequest: xs.map((x) => x.cpu) };
      };
      const bareLoad = summarise(runs.bare);
      const floorLoad = summarise(runs.floor);
      const checkLoad = summarise(runs.check);
      const halfLoad = summarise(runs.checkHalfListed);
      loads.push({
        connections,
        bare: bareLoad,
        floor: floorLoad,
        check: checkLoad,
        checkHalfListed: halfLoad,
        ratio: round(checkLoad.median / bareLoad.median),
        ratioHalfListed: round(halfLoad.median / bareLoad.median),
        ratioToFloor: round(checkLoad.median / floorLoad.median),
        floorToBare: round(floorLoad.median / bareLoad.median),
      });
    }
    // Every check must have been answered on the connection by the check's front (ADR 0005), none
    // handed to Node's HTTP server: otherwise the rate above is not the one of the path agencies take.
    const since = <T extends Record<string, number>>(now: T, before_: T): T => Object.fromEntries(Object.entries(now).map(([k, v]) => [k, v - before_[k]!])) as T;
    const front = since({ ...app.checkFront.counts }, frontBefore);
    const listener = since({ ...app.checkListener.counts }, listenerBefore);
    if (front.handedOver > 0 || front.refused > 0 || front.answered === 0 || Object.values(listener).some((v) => v > 0)) throw new Error(`check front: ${JSON.stringify(front)}, listener: ${JSON.stringify(listener)}`);
    const decisions: Record<string, number> = {};
    const sample = await Promise.all(bodies.slice(0, 200).map((body) => fetch(`${base}/api/agency/v1/checks`, { method: 'POST', headers, body }).then((r) => r.json() as Promise<{ decision: string }>)));
    for (const s of sample) decisions[s.decision] = (decisions[s.decision] ?? 0) + 1;

    log(`credit-http: bulk comparison of ${config.bulkRows.toLocaleString('en-US')} identities`);
    const rows: string[] = ['kind,id,name'];
    let i = 0;
    for (const s of generateSubjects(config.bulkRows, 123)) {
      // One identity in ten is on the list (an agency's customer base is mostly clean).
      const hit = i % 10 === 0 && listed.length > 0;
      rows.push(`${hit ? 'person' : s.subjectKind},${hit ? listed[i % listed.length]! : s.subjectId},`);
      i += 1;
    }
    const file = join(mkdtempSync(join(tmpdir(), 'zx-bulk-')), 'identities.csv');
    writeFileSync(file, rows.join('\n'));
    const outcome = await child<BulkOutcome>('./http-bulk-client.ts', { url: `${base}/api/agency/v1/bulk-checks?scenario=flight`, headers: { 'content-type': 'text/csv', authorization: `Bearer ${KEY}` }, file });
    rmSync(file);
    const seconds = outcome.seconds;
    if (outcome.status !== 200) throw new Error(`bulk: ${outcome.status} ${outcome.error}`);
    const last = outcome.summary ?? {};
    if (last.rows !== config.bulkRows) throw new Error(`bulk: summary ${JSON.stringify(last)}`);
    log(`credit-http: bulk ${round(seconds)} s`);
    return {
      indexEntries: config.indexEntries,
      loads,
      listener,
      front,
      decisions,
      bulk: { rows: config.bulkRows, seconds: round(seconds), rowsPerSec: round(config.bulkRows / seconds, 0), summary: last },
    };
  } finally {
    await bare.close();
    await floor.close();
    await app.close();
  }
}
