/** The rows of the results table: what was measured, against which target, pass or fail. */
import type { BenchResults, StoreResults, SummaryRow } from './results.js';

const n = (v: number) => (v >= 100 ? Math.round(v).toLocaleString('en-US') : String(v));

export function buildSummary(r: Pick<BenchResults, 'stores' | 'targets'>): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const order: Array<keyof BenchResults['stores']> = ['pglite', 'postgres'];
  for (const kind of order) {
    const s: StoreResults | undefined = r.stores[kind];
    if (!s) continue;
    const concurrencies = Object.keys(s.filing).map(Number).sort((a, b) => b - a);
    for (const [i, c] of concurrencies.entries()) {
      const f = s.filing[String(c)]!;
      const targeted = i === 0;
      rows.push({
        benchmark: `1. Filing, API ÷ raw (${c} client${c === 1 ? '' : 's'})`,
        store: kind,
        measured: `API ${n(f.api.filingsPerSec)}/s · raw ${n(f.raw.filingsPerSec)}/s → ${f.ratio.toFixed(3)}`,
        value: f.ratio,
        target: targeted ? `≥ ${r.targets.filingApiToRawRatio}` : null,
        pass: targeted ? f.ratio >= r.targets.filingApiToRawRatio : null,
      });
    }
    const mix = s.caseList.targetMix;
    const pg = kind === 'postgres';
    rows.push({
      benchmark: `2. Case list at ${n(s.data.cases)} cases, court-scoped mix`,
      store: kind,
      measured: `p50 ${mix.p50Ms} ms · p95 ${mix.p95Ms} ms`,
      value: mix.p95Ms,
      target: pg ? `p95 ≤ ${r.targets.caseListP95MsPostgres} ms` : null,
      pass: pg ? mix.p95Ms <= r.targets.caseListP95MsPostgres : null,
    });
    const city = s.caseList.byKind.cityWide;
    const citySearch = s.caseList.byKind['cityWide+search'];
    rows.push({
      benchmark: '2. Case list, city-wide (supervisor, 11 courts)',
      store: kind,
      measured: `p95 list ${city.p95Ms} ms · search ${citySearch.p95Ms} ms`,
      value: Math.max(city.p95Ms, citySearch.p95Ms),
      target: null,
      pass: null,
    });
    const a = s.auditChain;
    rows.push({
      benchmark: `3. Chain verify ÷ raw SM3 (${n(a.events)} events)`,
      store: kind,
      measured: `verify ${n(a.verifyEventsPerSec)} ev/s · SM3 ${n(a.rawSm3EventsPerSec)} ev/s → ${a.ratio.toFixed(3)}`,
      value: a.ratio,
      target: `≥ ${r.targets.verifyToRawSm3Ratio}`,
      pass: a.ratio >= r.targets.verifyToRawSm3Ratio,
    });
  }
  // Side by side: each benchmark's stores next to each other.
  const rank = (b: string) => b.slice(0, 2) + (b.includes('city-wide') ? 'b' : b.includes('(1 client)') ? 'a' : '');
  return rows.map((row, i) => ({ row, i })).sort((a, b) => rank(a.row.benchmark).localeCompare(rank(b.row.benchmark)) || a.i - b.i).map((x) => x.row);
}

const STORE_NAMES = { pglite: 'PGlite (memory)', postgres: 'PostgreSQL 15' } as const;

export function renderTable(rows: readonly SummaryRow[]): string {
  const lines = ['| Benchmark | Store | Measured | Target | Result |', '| --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    const result = row.pass === null ? 'info' : row.pass ? '**PASS**' : '**FAIL**';
    lines.push(`| ${row.benchmark} | ${STORE_NAMES[row.store]} | ${row.measured} | ${row.target ?? '—'} | ${result} |`);
  }
  return lines.join('\n');
}
