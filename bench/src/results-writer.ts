/** Writes bench/results/<YYYY-MM-DD>-<label>.json and regenerates bench/README.md. */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResults } from './results.js';
import { renderReadme } from './readme.js';

export const BENCH_DIR = new URL('..', import.meta.url).pathname;

export function resultsFileName(r: Pick<BenchResults, 'startedAt' | 'label'>): string {
  return `${r.startedAt.slice(0, 10)}-${r.label}.json`;
}

export function writeResults(r: BenchResults): { json: string; readme: string } {
  const dir = join(BENCH_DIR, 'results');
  mkdirSync(dir, { recursive: true });
  const file = resultsFileName(r);
  const json = join(dir, file);
  writeFileSync(json, `${JSON.stringify(r, null, 2)}\n`);
  const history = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().reverse();
  const readme = join(BENCH_DIR, 'README.md');
  writeFileSync(readme, renderReadme(r, file, history));
  return { json, readme };
}
