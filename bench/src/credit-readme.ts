/** Regenerates bench/README.md from the latest results of each suite, without running anything. */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR, latestCreditResults, latestDatabaseResults } from './credit-results-file.js';
import { renderReadme } from './readme.js';
import { BENCH_DIR } from './results-writer.js';

const database = latestDatabaseResults();
if (!database) throw new Error('no database-suite results in bench/results');
const history = readdirSync(RESULTS_DIR).filter((f) => f.endsWith('.json')).sort().reverse();
writeFileSync(join(BENCH_DIR, 'README.md'), renderReadme(database.results, database.file, history, latestCreditResults()));
