/** bench/README.md, regenerated after every run from the latest results. */
import { LIST_KINDS, TARGET_KINDS } from './bench-case-list.js';
import { latestCreditResults } from './credit-results-file.js';
import { renderCreditTable } from './credit-results.js';
import type { CreditBenchResults } from './credit-results.js';
import { FANOUT_WHAT, fanoutSection } from './fanout-readme.js';
import { latestFanoutResults } from './fanout-results.js';
import { latestPublistResults, publistSection } from './publist-results.js';
import type { BenchResults } from './results.js';
import { renderTable } from './summary.js';

const STORES = { pglite: 'PGlite', postgres: 'PostgreSQL' } as const;

function listTable(r: BenchResults): string {
  const kinds = Object.entries(r.stores);
  const head = `| Kind | ${kinds.map(([k]) => `${STORES[k as keyof typeof STORES]} p50 / p95 ms`).join(' | ')} | Mean matches |`;
  const lines = [head, `| --- | ${kinds.map(() => '---').join(' | ')} | --- |`];
  for (const kind of LIST_KINDS) {
    const cells = kinds.map(([, s]) => `${s.caseList.byKind[kind].p50Ms} / ${s.caseList.byKind[kind].p95Ms}`);
    const total = kinds[0]?.[1].caseList.byKind[kind].meanTotal ?? 0;
    lines.push(`| ${kind}${TARGET_KINDS.includes(kind) ? '' : ' (info)'} | ${cells.join(' | ')} | ${total.toLocaleString('en-US')} |`);
  }
  return lines.join('\n');
}

function filingTable(r: BenchResults): string {
  const lines = ['| Store | Clients | Side | Filings/s | p50 / p95 ms | CPU ms per filing: server (Node) · client thread · PostgreSQL |', '| --- | --- | --- | --- | --- | --- |'];
  for (const [kind, s] of Object.entries(r.stores)) {
    for (const [c, f] of Object.entries(s.filing).sort(([a], [b]) => Number(b) - Number(a))) {
      for (const [name, side] of [['API (HTTP)', f.api], ['service, no HTTP (info)', f.service], ['raw', f.raw]] as const) {
        const cpu = side.cpuMsPerFiling;
        lines.push(`| ${STORES[kind as keyof typeof STORES]} | ${c} | ${name} | ${side.filingsPerSec} | ${side.latency.p50Ms} / ${side.latency.p95Ms} | ${cpu.node} · ${cpu.client ?? '—'} · ${cpu.postgres ?? '— (in process)'} |`);
      }
    }
  }
  return lines.join('\n');
}

function chainTable(r: BenchResults): string {
  const lines = ['| Store | verifyCourtChain ev/s | read pages only ev/s | build hashed bytes only ev/s | SM3 only ev/s | mean bytes/event |', '| --- | --- | --- | --- | --- | --- |'];
  for (const [kind, s] of Object.entries(r.stores)) {
    const a = s.auditChain;
    lines.push(`| ${STORES[kind as keyof typeof STORES]} | ${a.verifyEventsPerSec.toLocaleString('en-US')} | ${a.breakdown.readPagesEventsPerSec.toLocaleString('en-US')} | ${a.breakdown.eventBytesEventsPerSec.toLocaleString('en-US')} | ${a.rawSm3EventsPerSec.toLocaleString('en-US')} | ${a.breakdown.bytesPerEventMean} |`);
  }
  return lines.join('\n');
}

function creditSection(c: { file: string; results: CreditBenchResults } | null): string {
  if (!c) return 'No run yet: `npm run bench -- credit`.';
  const r = c.results;
  const l = r.lookups;
  const m = r.machine;
  const rate = (x: { wallPerSec: number; cpuPerSec: number }) => `${(x.cpuPerSec / 1e6).toFixed(2)} M/s (wall ${(x.wallPerSec / 1e6).toFixed(2)})`;
  const variants = Object.entries(l.variants).map(([name, v]) => `| ${name} | ${rate(v)} | ${v.found.toLocaleString('en-US')} |`).join('\n');
  const layout = r.index.layout;
  const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
  return `${new Date(r.startedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC, profile \`${r.config.profile}\`, ${r.durationSeconds} s — \`results/${c.file}\`.
Machine: ${m.cpuCount} × ${m.cpuModel}, ${m.totalMemGiB} GiB; Node ${m.node}.
List: ${r.shape.measures.toLocaleString('en-US')} measures, ${r.shape.distinctSubjects.toLocaleString('en-US')} distinct subjects (${r.shape.organisations.toLocaleString('en-US')} organisations with ${r.shape.organisationMeasures.toLocaleString('en-US')} measures, ${r.shape.boundPersons.toLocaleString('en-US')} bound persons, ${r.shape.subjectsWithSeveralMeasures.toLocaleString('en-US')} subjects with several measures).
Lookups: ${l.mix.hits.toLocaleString('en-US')} listed + ${l.mix.misses.toLocaleString('en-US')} unlisted per round, ${r.config.rounds} rounds, scenario \`${r.config.scenario}\`.

${renderCreditTable(r.summary)}

| Lookup (same probes, same rounds) | per CPU-second (wall clock) | found / denied |
| --- | --- | --- |
| \`CreditIndex.check\` | ${rate(l.index)} | ${l.index.found.toLocaleString('en-US')} |
| bare typed-array probe (${l.bareBytesPerEntry} B/entry at load ≤ 0.5) | ${rate(l.bare)} | ${l.bare.found.toLocaleString('en-US')} |
| JS \`Set\` of ID strings (${l.setHeapBytesPerEntry} B/subject) | ${rate(l.set)} | ${l.set.found.toLocaleString('en-US')} |
${variants}

Index layout: persons ${layout.persons.count.toLocaleString('en-US')} in ${layout.persons.capacity.toLocaleString('en-US')} slots (${mib(layout.persons.bytes)}), organisations ${layout.organisations.count.toLocaleString('en-US')} in ${layout.organisations.capacity.toLocaleString('en-US')} (${mib(layout.organisations.bytes)}), further measures ${layout.records.count.toLocaleString('en-US')} records (${mib(layout.records.bytes)}) + first-record map (${mib(layout.records.firstMapBytes)}), measureId map ${mib(layout.measureIds.bytes)}, side tables ${mib(layout.sideTablesBytes)}; longest probe ${r.index.maxProbeDistance.persons} / ${r.index.maxProbeDistance.organisations}.
Range index: agencies' check of 1,000 listed subjects found ${r.range.agencyChecks.listedFound}, of 1,000 unlisted ${r.range.agencyChecks.unlistedFound}.`;
}

export function renderReadme(r: BenchResults, resultsFile: string, history: readonly string[], credit = latestCreditResults(), fanout = latestFanoutResults(), publist = latestPublistResults()): string {
  const m = r.machine;
  const skipped = Object.entries(r.skipped).map(([k, why]) => `- ${STORES[k as keyof typeof STORES]} skipped: ${why}`).join('\n');
  return `# Benchmarks — \`@zhixing/bench\`

<!-- Generated by \`npm run bench\` from bench/src/readme.ts: edit that file, not this one. -->

Performance checks of the issue's three ratios, on embedded PGlite and on a PostgreSQL server,
side by side in one run. Benchmarks are **not** part of the test suite (\`npm test\` never runs them).

## How to run

\`\`\`sh
npm run bench                       # every suite (db, credit, fanout), full sizes
npm run bench -- db                 # the database suites, both stores (~${Math.max(1, Math.round(r.durationSeconds / 60))} min on the 2-core machine)
npm run bench -- --quick            # small sizes, a smoke run (results labelled "quick")
npm run bench -- --stores=postgres  # one store only (pglite | postgres | pglite,postgres)
npm run bench -- --label=after-fix  # names the results file bench/results/<date>-<label>.json
npm run bench -- credit             # only the credit-check suite (~${credit ? Math.max(1, Math.round(credit.results.durationSeconds / 60)) : 5} min; --quick: 200,000 entries)
npm run bench -- db credit          # the database suites, then the credit-check suite
npm run bench -- fanout             # only the network inquiry fan-out (~${fanout ? Math.max(1, Math.round(fanout.results.durationSeconds / 60)) : 30} min; --quick: 1,000 debtors; --debtors=N)
npm run bench -- fanout --cpu-prof  # the same, with the platform's CPU profile over the measured window
npm run bench -- publist            # only the public list search at 8,000,000 entries on PostgreSQL (--quick: 200,000)
\`\`\`

PostgreSQL: \`BENCH_DATABASE_URL\` (default \`postgres://postgres@127.0.0.1:5432/postgres\`), a role that
may create databases. The run creates \`zx_bench\`, and drops it at the end. If the server cannot be
reached, the PostgreSQL half is skipped and the results say so. Every run writes
\`bench/results/<YYYY-MM-DD>-<label>.json\` (machine, Node version, every number) and regenerates this file.

## What is measured

Each store is set up the same way: migrated schema, the 11 Dalian courts, the demo accounts, and a
service context on a fixed clock (${'`'}2026-11-27 10:00 CST${'`'}) so data and results repeat.

1. **Case filing — HTTP API vs. raw inserts** (\`bench-filing.ts\`). API: the real server
   (\`buildApp\` + \`listen\` on 127.0.0.1, port 0), driven over loopback HTTP by N concurrent clients
   (node's fetch, in a worker thread so they do not block the server's event loop), logged in as the
   demo judge \`judge.zs\` with the session cookie and the \`x-csrf-token\` header. Each request files a
   case: validation, session, gapless case number, parties, claims, node deadlines, the hash-chained
   filing event, and the case view in the answer. Raw: the same rows (cases, case_parties,
   case_claims, case_events, case_deadlines — copied from a case filed through the service, then
   renumbered, with the audit-chain links hashed before the clock starts) written with plain INSERTs
   through the same Kysely instance and driver, one transaction per case, N at a time. Rounds
   alternate raw and API; the rate of a side is its filings over its measured seconds. The target
   (API ≥ ${r.targets.filingApiToRawRatio} × raw) is judged at ${r.config.filing.concurrencies[0]} clients; 1 client is shown for comparison.
   CPU time per filing is split between the server (this Node process less the client thread), the
   client thread and PostgreSQL's processes. Both audit chains are verified afterwards.
2. **Case list at ${r.config.cases.toLocaleString('en-US')} cases** (\`bench-case-list.ts\`, data by \`generate-cases.ts\`).
   One INSERT … SELECT over generate_series fills \`cases\` (and 8 handlers per court) with
   deterministic, realistic data: court sizes of a city, filing dates over ~3 years, stages by age,
   statutory due dates (so old open cases are overdue), Chinese person, company and bank names;
   then VACUUM ANALYZE. The service \`listCases(ctx, actor, { page, pageSize: 20, sort: 'dueDate', … })\`
   — scope check, the count query and the page query of packages/db \`listCases\` — is timed call by
   call for each court's judge: court only; court + stage; court + overdue; court + debtor-name
   search; deep pages (25–200). The target (p95 ≤ ${r.targets.caseListP95MsPostgres} ms on PostgreSQL) applies to that mix.
   The city supervisor's lists over all 11 courts (plain and with a search) are reported beside it.
   EXPLAIN (ANALYZE, BUFFERS) of every kind's real SQL, captured from the service call on the
   largest court, is stored in the results file.
3. **Audit chain verification vs. raw SM3** (\`bench-audit-chain.ts\`, chain by \`build-chain.ts\`).
   A chain of ${r.config.chainEvents.toLocaleString('en-US')} events for court ${r.config.chainCourt}, shaped like real ones and hashed in order with
   the production \`eventPayload\` and \`chainHash\`, bulk-inserted. \`verifyCourtChain(db, courtId)\` against
   \`sm3Hex\` over the very same bytes (previous hash, newline, payload) in a loop; reading the pages alone and building the bytes alone are
   timed too, to show where verification's time goes. The four are interleaved in ${r.config.verifyRepetitions} rounds after a
   warm-up round, and each rate is the median.

4. **Credit check at 8,000,000 measures** (suite \`credit\`: \`bench-credit-check.ts\`, list by
   \`generate-credit-list.ts\`, in its own process with \`--expose-gc\`). The in-process
   \`CreditIndex\` (packages/services/src/credit-index) is loaded with a deterministic list (20% of the
   measures bind organisations, bound persons, subjects with several measures, valid check
   characters). Its memory is the heap (heapUsed + arrayBuffers, after full GCs) before and after
   loading, and its own \`memoryBytes()\`; the target is ≤ 40 bytes per measure. Then
   \`check(kind, id, scenario)\` — from the ID string to the decision — runs side by side with a
   bare typed-array open-addressing probe over the same keys (parse the digits, probe, nothing else)
   and a JavaScript \`Set\` of the ID strings, on the same probes (half listed, half valid numbers not
   listed, fresh strings every round), taking turns in chunks of 50,000; the target is check ≥ 0.5 × bare,
   judged per CPU-second of the benchmark's thread (the wall-clock ratio is shown beside it: other
   work on the machine slows the two unevenly). Redis \`SISMEMBER\` (pipelined) and PostgreSQL
   primary-key lookups (COPY into an unlogged table, prepared statements, 8 clients) answer a
   subset of the same probes, and the k-anonymity range index is built from the credit index.
   Then the agency API over loopback HTTP (\`bench-credit-http.ts\`): the real server (\`buildApp\`,
   whose single check is answered by its front on the connection, below Node's HTTP server and
   Fastify — ADR 0005 —, agency key, rate limit, validation (the documented body shape read by
   one regular expression, any other by JSON.parse and the zod schema), the in-memory index filled with
   1,000,000 measures, every check logged in binary COPY batches to the PostgreSQL server; the benchmark
   fails if any check was not answered there) and, in the same process, a bare Fastify route
   returning a constant, driven in alternating rounds by autocannon in a process of its own (4
   keep-alive connections, the same bodies: 10,000 checks of persons, one in ten listed — as in
   the bulk comparison; an agency's customers are mostly on no list); the targets are check ≥ 0.7 × bare and
   p99 ≤ 5 ms. The same route with half the persons listed (a deny answer carries measures, courts and
   legal basis) is measured in the same rounds and shown beside it. A third route, the *floor*, shows what a Fastify route costs that
   does the check's authentication and validation but not the check: it looks the agency key up and
   validates the body with the check route's zod schema, then answers one real deny answer's bytes
   without checking or logging (floor ÷ bare is what any authenticated, validated Fastify route
   reaches; the check above it is the front's gain).
   Last, a CSV of 1,000,000 identities (one in ten listed) is uploaded by a client
   process and its NDJSON answer read to the summary line; the target is ≤ 5 s from upload to
   complete result.

${FANOUT_WHAT}

Client, server and PostgreSQL share the machine's cores, as they would on a single-box install,
and so does anything else running on the machine: the 1-minute load average before and after each
store is recorded, and the ratios — each measured side by side in alternating rounds — are the
numbers to compare between runs, more than the absolute rates.

## Latest results

${new Date(r.startedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC, profile \`${r.config.profile}\`, ${r.durationSeconds} s — \`results/${resultsFile}\`.
Machine: ${m.cpuCount} × ${m.cpuModel}, ${m.totalMemGiB} GiB, ${m.platform} ${m.release}; Node ${m.node}.
Load average (1 min) before → after each store: ${Object.entries(r.stores).map(([k, s]) => `${STORES[k as keyof typeof STORES]} ${s.loadAverage.before} → ${s.loadAverage.after}`).join('; ')}.
${skipped ? `\n${skipped}\n` : ''}
${renderTable(r.summary)}

### Credit check (suite \`credit\`)

${creditSection(credit)}

### Network inquiry fan-out (suite \`fanout\`)

${fanoutSection(fanout)}

### Public list search (suite \`publist\`)

${publistSection(publist)}

### Filing details

${filingTable(r)}

### Case list by kind (${r.stores.postgres?.caseList.samplesPerKind ?? r.stores.pglite?.caseList.samplesPerKind ?? 0} calls per kind per store)

${listTable(r)}

### Audit chain: where verification's time goes

${chainTable(r)}

## Results history

${history.map((f) => `- \`results/${f}\``).join('\n')}
`;
}
