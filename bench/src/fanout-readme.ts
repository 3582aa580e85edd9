/** The fan-out suite's part of bench/README.md (readme.ts puts it together with the other suites'). */
import type { FanoutBenchResults } from './fanout-results.js';
import { mixText, renderFanoutTable } from './fanout-results.js';

const n = (v: number) => Math.round(v).toLocaleString('en-US');

export const FANOUT_WHAT = `5. **Network inquiry fan-out, 10,000 debtors × 13 institutions** (suite \`fanout\`: \`fanout-main.ts\` in
   its own process, which forks the simulators and the platform). A PostgreSQL database of its own
   (\`zx_bench_fanout\`, created fresh, dropped at the end): migrated, courts and demo accounts, 10,000
   open cases by \`generate-cases.ts\`, each against one person debtor with a valid resident ID number;
   the platform's SM2 signing key in a key file, as \`startServer\` keeps it; the 13 reference
   institutions of \`npm run simulators\` (one process per category, \`simulator-process.ts\`, SM2 and
   Ed25519 keys alternating, answer time 0–5 ms on both sides) trusting that key, registered with their
   endpoints and public keys; every case's inquiry started by its handler through \`startInquiry\` (in
   worker threads) — 130,000 SM2-signed requests in the outbox, held back by registering the
   institutions as \`pull\` until the start — then \`VACUUM ANALYZE\`, as autovacuum would after such a
   bulk insert on a production server (this machine's PostgreSQL has autovacuum off).
   **Raw**: the same signed envelopes, read from the outbox in the dispatcher's order, posted by a
   bare keep-alive \`node:http\` client (50 awaiting their 202) to 13 fresh simulator processes whose
   replies go to a bare sink; a request counts when its reply reaches the sink. The first 13,000
   run before the end-to-end measurement and the last 13,000 after it, so a change in the machine's
   other load weighs on both sides (the simulators' rate is steady, so a fifth of the requests
   measures it and keeps the run shorter; \`--quick\` posts all of them, half before, half after).
   **End to end**: \`startServer\` (apps/server) in a process of its own on that database — no console,
   logger silent — whose job loop drains \`dispatchAssistRequests\` and the time-out sweep every tick.
   Once its start-up jobs are done the institutions are switched to \`push\`: the loop claims due
   requests (SKIP LOCKED), posts them and settles them; the simulators post their signed replies to
   \`POST /api/agency/v1/assist/replies\`, where each is verified against the registered key and booked
   (\`receiveAssistReply\`: property records, the request answered, the case event, the reply kept).
   The end-to-end run goes **under a fault mix** (\`fanout-faults.ts\`, the simulators' own switch): the
   bank is down (503) for the first 15 s, the online payment platform delivers every reply twice, the
   insurer reorders its replies, the vehicle administration is slow (×20 + 1 s). The platform retries
   the bank with back-off and answers the second copies \`duplicate\`; the count of results lost
   (requests not answered) and duplicated (bookings, property records or events beyond one per
   request) must be 0. A tampered signature or an institution's error ends a request refused or
   failed — the right outcome, tested in the integration tests, but not a result — so they stay out
   of the mix. Time to the last result runs from the switch to the last booking; peak memory is the
   resident high-water mark (VmHWM) of the platform and of the largest simulator.
   The rate is 130,000 over the seconds from the first claim to the last booking, both read from the
   outbox. Then the booking is checked: every request answered, one booked reply each, the property
   records exactly what the simulators hold (\`syntheticHoldings\`), one \`networkInquiryAnswered\` event
   each, every court's audit chain valid. The target is end to end ≥ 0.5 × raw. CPU time per request
   of each side's processes comes from /proc (platform; the PostgreSQL backends of the database;
   simulators; raw client and sink), and the ratio of those — the ratio of the rates on a machine
   doing nothing else, both sides being CPU-bound on the same two cores — is shown beside it.
   \`--cpu-prof\` samples the platform's CPU profile over the measured window.`;

export function fanoutSection(f: { file: string; results: FanoutBenchResults } | null): string {
  if (!f) return 'No run yet: `npm run bench -- fanout`.';
  const r = f.results;
  const m = r.machine;
  const e = r.endToEnd;
  const cpu = e.cpuMsPerRequest;
  const raw = r.raw;
  const ms = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(v));
  const rounds = raw.rounds && raw.rounds.length === 2 ? ` (${n(raw.rounds[0]!.requestsPerSec)}/s before, ${n(raw.rounds[1]!.requestsPerSec)}/s after)` : '';
  const profile = r.profile
    ? `\n\nPlatform CPU profile over the measured window (${n(r.profile.sampledMs)} ms sampled by the wall clock, idle left out), self time by area: ${Object.entries(r.profile.byArea).filter(([, p]) => p >= 1).map(([a, p]) => `${a} ${p}%`).join(' · ')}.`
    : '';
  return `${new Date(r.startedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC, profile \`${r.config.profile}\`, ${r.durationSeconds} s — \`results/${f.file}\`.
Machine: ${m.cpuCount} × ${m.cpuModel}, ${m.totalMemGiB} GiB; Node ${m.node}; PostgreSQL ${r.store.version.split(' ')[0]}.
${n(r.config.debtors)} debtors × ${r.config.institutions} institutions = ${n(r.config.requests)} requests end to end, ${n(r.config.rawRequests)} of them raw; simulators' answer time ${r.config.latencyMs.min}–${r.config.latencyMs.max} ms.
Load average (1 min): ${r.loadAverage.beforeRaw} at the start, ${r.loadAverage.afterEndToEnd} after the end-to-end run, ${r.loadAverage.afterRaw} at the end.

${renderFanoutTable(r.summary)}

| Side | Requests/s | Seconds | CPU ms per request |
| --- | --- | --- | --- |
| raw (simulators, bare client + sink) | ${n(raw.requestsPerSec)}${rounds} | ${raw.seconds} | simulators ${ms(raw.cpuMsPerRequest.simulators)} · client + sink ${raw.cpuMsPerRequest.driver} |
| end to end (platform, PostgreSQL, simulators) | ${n(e.requestsPerSec)} | ${e.seconds} | platform ${ms(cpu.platform)} · PostgreSQL ${ms(cpu.postgres)} (all its processes ${ms(cpu.postgresAll)}) · simulators ${ms(cpu.simulators)} · polling ${cpu.bench} |

Fault mix: ${mixText(r.faults)} — the simulators delivered ${n(r.faults.deliveriesAccepted)} replies the platform took (${n(r.faults.deliveriesAccepted - r.booking.repliesBooked)} of them second copies, answered \`duplicate\`), ${n(r.faults.deliveriesFailed)} deliveries not taken, ${r.faults.pendingAtEnd} still pending at the end; ${n(r.booking.lost)} lost, ${n(r.booking.duplicated)} duplicated. Time to the last result: ${r.endToEnd.timeToLastResultSeconds} s. Peak memory: platform ${r.memory.platformPeakMiB ?? '—'} MiB, largest simulator ${r.memory.simulatorPeakMiB ?? '—'} MiB.
Raw latency, post to reply at the sink: p50 ${raw.latency.p50Ms} ms, p95 ${raw.latency.p95Ms} ms. End to end: first claim ${n(e.gateToFirstClaimMs)} ms after the switch (the job loop's next tick), ${e.retried} request(s) posted more than once.
Booked: requests by state ${JSON.stringify(r.booking.requestsByState)}; ${n(r.booking.repliesBooked)} replies booked, ${r.booking.repliesRejected} rejected; ${n(r.booking.properties)} property records; ${n(r.booking.chains.events)} events on ${r.booking.chains.courts} audit chains, ${r.booking.chains.valid ? 'all valid' : 'NOT all valid'}.
The job loop's time-out sweep (\`timeOutAssistRequests\`, no index for \`sent\` requests) at this size: ${r.diagnostics.timeOutSweepMs} ms a turn over an outbox of ${n(r.diagnostics.rows)} rows (${r.diagnostics.outboxMiB} MiB).${profile}`;
}
