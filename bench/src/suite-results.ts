/**
 * The tail every separate suite shares (credit, fanout, publist): its results file
 * bench/results/<date>-<label>.json, then bench/README.md regenerated from the latest results of
 * every suite (when the database suites have run once; the README is built around their table).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR, latestDatabaseResults } from './credit-results-file.js';
import { renderReadme } from './readme.js';
import { BENCH_DIR } from './results-writer.js';

export function saveSuiteResults(results: { startedAt: string; label: string }, log: (line: string) => void): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = `${results.startedAt.slice(0, 10)}-${results.label}.json`;
  writeFileSync(join(RESULTS_DIR, file), `${JSON.stringify(results, null, 2)}\n`);
  const database = latestDatabaseResults();
  if (database) {
    const history = readdirSync(RESULTS_DIR).filter((f) => f.endsWith('.json')).sort().reverse();
    writeFileSync(join(BENCH_DIR, 'README.md'), renderReadme(database.results, database.file, history));
  } else {
    log('no database-suite results yet: bench/README.md not regenerated');
  }
  return join(RESULTS_DIR, file);
}
