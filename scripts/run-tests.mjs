#!/usr/bin/env node
// Runs one tier of tests with node:test: `unit` (*.test.ts, no database), `int` (*.int.test.ts,
// real PostgreSQL: PGlite, or the server named by TEST_DATABASE_URL) or `e2e` (e2e/**/*.spec.ts).
import { globSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const tier = process.argv[2];
const patterns = {
  unit: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts'],
  int: ['packages/*/src/**/*.int.test.ts', 'apps/*/src/**/*.int.test.ts'],
  e2e: ['e2e/**/*.spec.ts'],
}[tier];
if (!patterns) {
  console.error('usage: run-tests.mjs unit|int|e2e');
  process.exit(2);
}
let files = patterns.flatMap((p) => globSync(p)).filter((f) => !f.includes('node_modules'));
if (tier === 'unit') files = files.filter((f) => !f.endsWith('.int.test.ts'));
files.sort();
if (files.length === 0) {
  console.error(`no ${tier} test files found`);
  process.exit(1);
}
// Two files at a time in every tier (2 cores): each integration file has its own database and each
// browser file its own platform, data directory and browser, so files never share state.
// ZX_TEST_CONCURRENCY=1 runs them one by one (e.g. to read one failure's log in order).
const concurrency = Number(process.env.ZX_TEST_CONCURRENCY ?? 2);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
