/** Finds the newest results file of a suite in bench/results (the README shows each suite's latest run). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CreditBenchResults } from './credit-results.js';
import type { BenchResults } from './results.js';

export const RESULTS_DIR = new URL('../results/', import.meta.url).pathname;

function newest<T>(accept: (r: Record<string, unknown>) => boolean): { file: string; results: T } | null {
  if (!existsSync(RESULTS_DIR)) return null;
  for (const file of readdirSync(RESULTS_DIR).filter((f) => f.endsWith('.json')).sort().reverse()) {
    try {
      const results = JSON.parse(readFileSync(join(RESULTS_DIR, file), 'utf8')) as Record<string, unknown>;
      if (accept(results)) return { file, results: results as T };
    } catch {
      // not a results file
    }
  }
  return null;
}

/** The newest credit-check run. */
export function latestCreditResults(): { file: string; results: CreditBenchResults } | null {
  return newest<CreditBenchResults>((r) => r.suite === 'credit');
}

/** The newest run of the database suites (files without a `suite`). */
export function latestDatabaseResults(): { file: string; results: BenchResults } | null {
  return newest<BenchResults>((r) => r.suite === undefined && typeof r.stores === 'object');
}
