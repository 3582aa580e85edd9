/**
 * The network inquiry fan-out suite's own process (run.ts starts it for `npm run bench -- fanout`):
 * N debtors × the 13 simulated institutions, the simulators in processes of their own, measured on
 * the same signed requests twice — the simulators alone (raw: a bare client and reply sink, half
 * before and half after the other measurement) and end to end through the platform (startServer in
 * its own process: dispatcher, reply endpoint, booking on PostgreSQL) — then the ratio, what was
 * booked, CPU per request; writes bench/results/<date>-<label>.json, regenerates bench/README.md
 * and prints the table.
 * Options: --quick (1,000 debtors), --debtors=N, --cpu-prof (profile the platform over the
 * measured window; slows it a little), --label=name.
 * Env: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticHoldings, type RegisteredKey } from '@zhixing/connectors';
import type { AssistEnvelope } from '@zhixing/contracts';
import { INSTITUTION_CATEGORY_LIST, type InstitutionCategory } from '@zhixing/domain';
import { loadOrCreateSigningKey, verifyAllChains } from '@zhixing/services';
import { sql } from '@zhixing/db';
import { checkBooking, freePort, runEndToEnd, startPlatform, tickDiagnostics, waitForIdleJobs, type EndToEndResult } from './fanout-e2e.js';
import { applyFaultMix, type FaultReport } from './fanout-faults.js';
import { peakRssMiB, startSimulators } from './fanout-processes.js';
import { summariseProfile } from './fanout-profile.js';
import { combineRaw, runRaw, startReplySink, type RawRequest, type RawResult } from './fanout-raw.js';
import { buildFanoutSummary, renderFanoutTable, type FanoutBenchResults, type FanoutConfig, type ProfileSummary } from './fanout-results.js';
import { createFanoutDatabase, generateFanoutCases, inquiryItems, openTheGate, registerSimulators, seedFanout, startInquiriesInWorkers } from './fanout-setup.js';
import { machineInfo } from './machine.js';
import { saveSuiteResults } from './suite-results.js';
import { elapsedMs, now, round } from './stats.js';

const { values: args } = parseArgs({ options: { quick: { type: 'boolean', default: false }, debtors: { type: 'string' }, 'cpu-prof': { type: 'boolean', default: false }, label: { type: 'string' } } });
const debtors = args.debtors ? Number(args.debtors) : args.quick ? 1_000 : 10_000;
if (!Number.isInteger(debtors) || debtors < 1) throw new Error(`--debtors must be a positive whole number, not ${String(args.debtors)}`);
const requestCount = debtors * INSTITUTION_CATEGORY_LIST.length;
const config: FanoutConfig = {
  profile: args.quick ? 'quick' : 'full',
  debtors,
  institutions: INSTITUTION_CATEGORY_LIST.length,
  requests: requestCount,
  latencyMs: { min: 0, max: 5 },
  rawConcurrency: 50,
  // The simulators' rate is steady: measured on every request at the quick size, on a fifth of them (the first and the last tenth) at the full one.
  rawRequests: args.quick ? requestCount : Math.min(requestCount, 26_000),
};
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const runStart = now();
const startedAt = new Date();
const log = (line: string) => process.stderr.write(`[fanout ${(elapsedMs(runStart) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
const hhmm = startedAt.toISOString().slice(11, 16).replace(':', '');
const label = args.label ?? `fanout${config.profile === 'quick' ? '-quick' : ''}-${hhmm}`;

// The platform's signing key (ADR 0009: a file beside the data), and the simulators' copy of its public half.
const work = mkdtempSync(join(tmpdir(), 'zx-fanout-'));
const keyFile = join(work, 'keys', 'assist-signing.json');
const signer = loadOrCreateSigningKey(keyFile, startedAt);
const courtKeysFile = join(work, 'court-keys.json');
const courtKey: RegisteredKey = { party: 'court:*', keyId: signer.keyId, alg: signer.alg, publicKey: signer.publicKey, validFrom: new Date(startedAt.getTime() - 86_400_000).toISOString(), validTo: null, revokedAt: null };
writeFileSync(courtKeysFile, JSON.stringify([courtKey]));

let partial: Omit<FanoutBenchResults, 'summary'>;
const store = await createFanoutDatabase(serverUrl);
try {
  log(`PostgreSQL ${store.version}, database zx_bench_fanout; ${debtors.toLocaleString('en-US')} debtors × ${config.institutions} institutions = ${requestCount.toLocaleString('en-US')} requests`);
  let t = now();
  const ctx = await seedFanout(store.database);
  const seedSeconds = round(elapsedMs(t) / 1000);
  const cases = await generateFanoutCases(store.database, debtors);
  log(`seeded in ${seedSeconds} s, ${cases.cases.toLocaleString('en-US')} cases in ${cases.seconds} s; starting the platform's simulators`);

  const port = await freePort();
  const fleet = await startSimulators({ courtKeysFile, replyUrl: `http://127.0.0.1:${port}/api/agency/v1/assist/replies`, latencyMs: config.latencyMs });
  try {
    await registerSimulators(
      ctx,
      fleet.ready.map((r) => ({ category: r.category, code: r.code, endpoint: fleet.endpoints.get(r.code)!, alg: r.alg, keyId: r.keyId, publicKey: r.publicKey })),
    );
    const items = await inquiryItems(store.database);
    log(`starting ${items.length.toLocaleString('en-US')} inquiries (startInquiry, one SM2-signed request per institution)`);
    const started = await startInquiriesInWorkers(store.url, keyFile, items, log);
    if (started.requested !== requestCount) throw new Error(`${started.requested} requests queued, expected ${requestCount}`);
    log(`${started.requested.toLocaleString('en-US')} requests queued in ${started.seconds} s`);
    // This machine's PostgreSQL runs with autovacuum off (/etc/postgresql/15/main/conf.d/90-ci.conf).
    // A production server's autovacuum analyzes the outbox after such a bulk insert; without fresh
    // statistics the dispatcher's claim is planned as if the outbox were empty (a bitmap scan and a
    // sort of every queued row: 2.2 s a claim at 130,000 rows, seen in a run without this).
    await sql`vacuum analyze`.execute(store.database.db);

    // The raw side: the same signed requests, in the dispatcher's order, straight to fresh simulators.
    t = now();
    // (the envelope is kept as the text the dispatcher posts: the raw side posts the same bytes)
    const queued = await sql<{ id: string; envelope: string; code: string; category: InstitutionCategory }>`
      select r.id, r.envelope, i.code, i.category from assist_requests r join institutions i on i.id = r.institution_id
      order by r.next_attempt_at, r.id`.execute(store.database.db);
    let expectedProperties = 0;
    for (const r of queued.rows) {
      const envelope = JSON.parse(r.envelope) as AssistEnvelope;
      if (envelope.body.type !== 'inquiry') throw new Error('not an inquiry');
      expectedProperties += syntheticHoldings(r.category, r.code, envelope.body.subject).length;
    }
    const sink = await startReplySink();
    const rawFleet = await startSimulators({ courtKeysFile, replyUrl: sink.url, latencyMs: config.latencyMs });
    const requests: RawRequest[] = queued.rows.map((r) => ({ id: r.id, endpoint: rawFleet.endpoints.get(r.code)!, body: r.envelope }));
    const half = Math.ceil(config.rawRequests / 2);
    const before = requests.slice(0, half);
    const after = requests.slice(requests.length - (config.rawRequests - half));
    log(`${requests.length.toLocaleString('en-US')} requests read and ${expectedProperties.toLocaleString('en-US')} holdings expected in ${round(elapsedMs(t) / 1000)} s; raw: ${before.length.toLocaleString('en-US')} requests to fresh simulators`);
    const rawOptions = { concurrency: config.rawConcurrency, stallMs: 60_000, log };
    const loadBeforeRaw = round(loadavg()[0]!);
    let raw: RawResult;
    let e2e: EndToEndResult;
    let profile: ProfileSummary | null = null;
    let loadAfterEndToEnd: number;
    let faultReport: FaultReport;
    let memory: FanoutBenchResults['memory'];
    try {
      const first = await runRaw(before, sink, rawFleet.pids, rawOptions);
      log(`raw, before: ${first.requestsPerSec}/s over ${first.seconds} s (simulators ${first.cpuMsPerRequest.simulators} ms CPU per request); starting the platform`);

      // End to end: the platform in its own process, the gate opened once its start-up jobs are done.
      const platform = await startPlatform({ databaseUrl: store.url, port, keyFile, dataDir: work });
      try {
        await waitForIdleJobs(store.database, 300_000);
        const profileFile = join(tmpdir(), `zx-fanout-${label}.cpuprofile`);
        const stopProfile = args['cpu-prof'] ? await platform.profile(profileFile) : null;
        const faults = await applyFaultMix(fleet.ready.map((r) => ({ category: r.category, url: r.url })));
        log(`platform ${platform.url} ready, start-up jobs done, fault mix on: switching the institutions to push`);
        const open = async () => {
          await openTheGate(store.database);
          faults.started();
        };
        e2e = await runEndToEnd(store.database, requestCount, { platform: platform.child.pid!, simulators: fleet.pids }, open, { stallMs: 60_000, log });
        faultReport = await faults.report();
        const simulatorPeaks = fleet.pids.map(peakRssMiB).filter((v): v is number => v !== null);
        memory = {
          platformPeakMiB: peakRssMiB(platform.child.pid!),
          simulatorPeakMiB: simulatorPeaks.length > 0 ? Math.max(...simulatorPeaks) : null,
          benchPeakMiB: round(process.resourceUsage().maxRSS / 1024, 1),
        };
        if (stopProfile) {
          await stopProfile();
          profile = summariseProfile(profileFile);
          log(`platform CPU profile: ${profileFile}`);
        }
      } finally {
        await platform.stop();
      }
      loadAfterEndToEnd = round(loadavg()[0]!);
      log(`end to end: ${e2e.requestsPerSec}/s over ${e2e.seconds} s; raw: the last ${after.length.toLocaleString('en-US')} requests`);
      const second = await runRaw(after, sink, rawFleet.pids, rawOptions);
      raw = combineRaw([first, second]);
    } finally {
      await rawFleet.stop();
      await sink.close();
    }
    const expectedRawHoldings = config.rawRequests === requests.length ? expectedProperties : null;
    if ((expectedRawHoldings !== null && raw.holdings !== expectedRawHoldings) || raw.rejections > 0) throw new Error(`raw replies: ${raw.holdings} holdings (expected ${expectedProperties}), ${raw.rejections} rejections`);
    const loadAfterRaw = round(loadavg()[0]!);
    log(`raw: ${raw.requestsPerSec}/s over ${raw.seconds} s; checking what was booked`);
    const booking = await checkBooking(store.database, { requests: requestCount, properties: expectedProperties }, async () => {
      const reports = await verifyAllChains(store.database.db);
      return { courts: reports.length, events: reports.reduce((s, r) => s + r.events, 0), valid: reports.every((r) => r.valid) };
    });
    const diagnostics = await tickDiagnostics(store.database);
    const rawCpu = (raw.cpuMsPerRequest.simulators ?? Number.NaN) + raw.cpuMsPerRequest.driver;
    const e2eCpu = (e2e.cpuMsPerRequest.platform ?? Number.NaN) + (e2e.cpuMsPerRequest.postgres ?? Number.NaN) + (e2e.cpuMsPerRequest.simulators ?? Number.NaN) + e2e.cpuMsPerRequest.bench;
    partial = {
      schema: 1,
      suite: 'fanout',
      label,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      durationSeconds: round(elapsedMs(runStart) / 1000, 0),
      machine: machineInfo(),
      config,
      targets: { endToEndToRawRatio: 0.5 },
      store: { kind: 'postgres', version: store.version },
      setup: { seedSeconds, casesSeconds: cases.seconds, inquiriesSeconds: started.seconds, requested: started.requested, byCourt: cases.byCourt },
      raw,
      endToEnd: e2e,
      booking,
      faults: faultReport,
      memory,
      ratio: round(e2e.requestsPerSec / raw.requestsPerSec, 3),
      cpuRatio: Number.isFinite(rawCpu / e2eCpu) ? round(rawCpu / e2eCpu, 3) : null,
      diagnostics,
      loadAverage: { beforeRaw: loadBeforeRaw, afterEndToEnd: loadAfterEndToEnd, afterRaw: loadAfterRaw },
      profile,
    };
  } finally {
    await fleet.stop();
  }
} finally {
  await store.close();
  rmSync(work, { recursive: true, force: true });
}

const results: FanoutBenchResults = { ...partial, summary: buildFanoutSummary(partial) };
const written = saveSuiteResults(results, log);
process.stdout.write(`\n${renderFanoutTable(results.summary)}\n\nResults: ${written}\n`);
