/** Finds the newest results file of a suite in bench/results (the README shows each suite's latest run). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CreditBenchResults } from './credit-results.js';
import type { BenchResults } from './results.js';

export const RESULTS_DIR = new URL('../results/', import.meta.url).pathname;

/**
 * The run the README shows for a suite: the newest full-profile run (a quick run is a smoke test
 * and does not stand for the targets), else the newest quick one. Newest by the run's own start
 * time, not by file name (a labelled file such as `…-credit-quick-x.json` sorts after the dated ones).
 */
export function newestResults<T>(accept: (r: Record<string, unknown>) => boolean): { file: string; results: T } | null {
  if (!existsSync(RESULTS_DIR)) return null;
  let best: { file: string; results: T; full: boolean; at: string } | null = null;
  for (const file of readdirSync(RESULTS_DIR).filter((f) => f.endsWith('.json'))) {
    let results: Record<string, unknown>;
    try {
      results = JSON.parse(readFileSync(join(RESULTS_DIR, file), 'utf8')) as Record<string, unknown>;
    } catch {
      continue; // not a results file
    }
    if (!accept(results)) continue;
    // (the database suites have no profile: each of their runs is a full one)
    const full = (results.config as { profile?: string } | undefined)?.profile !== 'quick';
    const at = `${typeof results.startedAt === 'string' ? results.startedAt : ''}|${file}`;
    if (!best || (full && !best.full) || (full === best.full && at > best.at)) best = { file, results: results as T, full, at };
  }
  return best && { file: best.file, results: best.results };
}

/** The newest credit-check run. */
export function latestCreditResults(): { file: string; results: CreditBenchResults } | null {
  return newestResults<CreditBenchResults>((r) => r.suite === 'credit');
}

/** The newest run of the database suites (files without a `suite`). */
export function latestDatabaseResults(): { file: string; results: BenchResults } | null {
  return newestResults<BenchResults>((r) => r.suite === undefined && typeof r.stores === 'object');
}
