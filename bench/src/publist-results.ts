/** The public list search suite's results (publist-main.ts) and its section of bench/README.md. */
import { newestResults } from './credit-results-file.js';
import type { LatencySummary } from './stats.js';
import type { MachineInfo } from './machine.js';

/** The platform's public dishonest-list query (services/public/public-list-query.ts), written out by hand. */
export const PUBLIST_RAW_SQL = `select s.name, s.role, s.subject_kind, s.id_number, s.credit_code, p.legal_representative, d.debtor_name, c.name as court_name, k.case_number, d.ground, d.publish_on
from credit_subjects s join credit_decisions d on d.id = s.decision_id join cases k on k.id = d.case_id join courts c on c.id = d.court_id left join case_parties p on p.id = d.debtor_party_id
where d.kind = 'dishonestListing' and d.status = 'published' and s.lifted_at is null and s.role = 'debtor' and s.name = $1 and s.id_number like $2
order by d.publish_on desc limit 20`;

export interface PublistBenchResults {
  schema: 1;
  suite: 'publist';
  label: string;
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  machine: MachineInfo;
  postgres: string;
  config: { profile: 'quick' | 'full'; entries: number; seed: number; queries: number };
  target: { p95Ms: number };
  load: { entries: number; dishonestPersons: number; loadSeconds: number; indexSeconds: number; tableBytes: Record<string, number> };
  searches: { total: number; meantToHit: number; hit: number };
  latency: { raw: LatencySummary; service: LatencySummary; http: LatencySummary };
  /** The machine's 1-minute load average before and after the measured searches (other work inflates the tail). */
  loadAverage: { before: number; after: number };
  plan: string[];
  pass: boolean;
}

export function latestPublistResults(): { file: string; results: PublistBenchResults } | null {
  return newestResults<PublistBenchResults>((r) => r.suite === 'publist');
}

export function publistSection(latest: { file: string; results: PublistBenchResults } | null): string {
  if (!latest) return 'Not run yet: `npm run bench -- publist`.';
  const r = latest.results;
  const row = (what: string, l: LatencySummary) => `| ${what} | ${l.p50Ms} | ${l.p95Ms} | ${l.p99Ms} | ${l.maxMs} |`;
  const gb = (bytes: number) => (bytes / 1024 ** 3).toFixed(2);
  return `From \`results/${latest.file}\` (${r.config.profile}, ${r.config.entries.toLocaleString('en-US')} entries, ${r.load.dishonestPersons.toLocaleString('en-US')} persons on the dishonest list; ${r.postgres.split(' ').slice(0, 2).join(' ')}).
${r.searches.total.toLocaleString('en-US')} searches by exact name + part of the ID number, half of them meant to find the person (${r.searches.hit.toLocaleString('en-US')} did), half not; the three ways interleaved query by query, one client (load average ${r.loadAverage.before} → ${r.loadAverage.after} on ${r.machine.cpuCount} cores).

| way | p50 ms | p95 ms | p99 ms | max ms |
|---|---|---|---|---|
${row('raw SQL (prepared statement, one connection)', r.latency.raw)}
${row('use case `searchDishonestList` (Kysely, pool)', r.latency.service)}
${row('HTTP `GET /api/public/v1/dishonest-list` on loopback', r.latency.http)}

Target p95 ≤ ${r.target.p95Ms} ms: **${r.pass ? 'met' : 'not met'}**. Load: ${r.load.loadSeconds} s (COPY + INSERT … SELECT), indexes ${r.load.indexSeconds} s; on disk ${Object.entries(r.load.tableBytes).map(([t, b]) => `${t} ${gb(b)} GB`).join(', ')}.
The plan of the first search:

\`\`\`
${r.plan.join('\n')}
\`\`\``;
}
