#!/usr/bin/env node
/**
 * Coverage gate for packages/domain: every line of every source file must run under the unit
 * tests (architecture.md: "100% line coverage there").
 *
 * Usage: `node scripts/domain-coverage.mjs [folder …]`. With folders (e.g. `money identity`),
 * only the tests and sources under packages/domain/src/<folder> count: a way to check one's own
 * area while another is still being written. Without, the whole package is gated.
 *
 * It runs Node's own test runner with its built-in coverage, with the Node that runs this script
 * (process.execPath), and exits with the runner's code. Two things differ from the obvious
 * `node --import tsx --test --experimental-test-coverage …`, because that command gives wrong line
 * numbers:
 *
 * 1. TypeScript is not compiled by tsx (esbuild) but type-stripped by Node itself, which replaces
 *    the types with blanks and keeps every other character where it was. V8's byte offsets then
 *    point into the .ts file on disk exactly, so no source map is needed.
 *    - Without source maps, Node applies the offsets of tsx's *compiled* code to the .ts text on
 *      disk: lines are shifted (an uncovered `throw` on line 38 of domain-error.ts was reported as
 *      line 16), and a gap can land on a comment or be hidden.
 *    - With --enable-source-maps, Node's mapping marks the leading comment and import lines of
 *      every file as uncovered and still puts some gaps on the wrong line.
 *    Imports are written `./x.js` (NodeNext style) while the files are `.ts`, so a resolve hook
 *    maps a missing `./x.js` to `./x.ts`, as TypeScript does.
 *    A file with syntax that cannot be stripped (parameter properties, enums, namespaces) is
 *    transformed instead, with a source map. Its line numbers are approximate: such files are
 *    listed at the end. Setting `"erasableSyntaxOnly": true` in tsconfig keeps them out.
 * 2. Node reports only the files some test loaded, so a source file that no test imports would
 *    pass unnoticed. The run also writes an lcov report, and any source file missing from it fails
 *    the gate, unless it holds only types (nothing is left once they are stripped).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// Type stripping and synchronous module hooks need Node 24 (the project's pinned runtime).
if (typeof nodeModule.registerHooks !== 'function' || typeof nodeModule.stripTypeScriptTypes !== 'function') {
  console.error(`domain coverage: needs Node >= 24 (this is ${process.version}); run it with \`npm run test:domain-coverage\`.`);
  process.exit(2);
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIR = 'packages/domain/src';

const folders = process.argv.slice(2).map((f) => f.replace(/\/+$/, ''));
for (const f of folders) {
  const dir = join(ROOT, SOURCE_DIR, f);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`domain coverage: ${SOURCE_DIR}/${f} is not a folder`);
    process.exit(2);
  }
}
const roots = folders.length > 0 ? folders.map((f) => `${SOURCE_DIR}/${f}`) : [SOURCE_DIR];

// Loaded with --import in every test process (node --test passes its flags on to them).
const HOOKS = `
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { appendFileSync } from 'node:fs';
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (error?.code === 'ERR_MODULE_NOT_FOUND' && /^\\.{1,2}\\//.test(specifier) && specifier.endsWith('.js')) {
        return nextResolve(specifier.slice(0, -3) + '.ts', context);
      }
      throw error;
    }
  },
  load(url, context, nextLoad) {
    const result = nextLoad(url, context);
    if (result.format !== 'module-typescript') return result;
    const source = String(result.source);
    try {
      return { ...result, format: 'module', source: stripTypeScriptTypes(source, { mode: 'strip' }) };
    } catch (error) {
      if (error?.code !== 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX') throw error;
      appendFileSync(process.env.DOMAIN_COVERAGE_TRANSFORMED, url + '\\n');
      return { ...result, format: 'module', source: stripTypeScriptTypes(source, { mode: 'transform', sourceMap: true, sourceUrl: url }) };
    }
  },
});
`;

const work = mkdtempSync(join(tmpdir(), 'domain-coverage-'));
const lcovPath = join(work, 'lcov.info');
const transformedPath = join(work, 'transformed.txt');

const args = [
  // Source maps only matter for the transformed files; stripped files have none.
  '--enable-source-maps',
  // stripTypeScriptTypes and test coverage are still flagged experimental; the warnings are noise.
  '--disable-warning=ExperimentalWarning',
  '--import',
  `data:text/javascript,${encodeURIComponent(HOOKS)}`,
  '--test',
  '--experimental-test-coverage',
  ...roots.map((r) => `--test-coverage-include=${r}/**/*.ts`),
  '--test-coverage-exclude=**/*.test.ts',
  '--test-coverage-lines=100',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=lcov',
  `--test-reporter-destination=${lcovPath}`,
  ...roots.map((r) => `${r}/**/*.test.ts`),
];

const run = spawnSync(process.execPath, args, {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, DOMAIN_COVERAGE_TRANSFORMED: transformedPath },
});
let code = run.status ?? 1;

/** True when nothing but comments and whitespace is left once the types are stripped. */
function typesOnly(path) {
  try {
    const code = nodeModule.stripTypeScriptTypes(readFileSync(join(ROOT, path), 'utf8'), { mode: 'strip' });
    return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').replace(/export\s*\{\s*\};?/g, '').trim() === '';
  } catch {
    return false;
  }
}

const sources = roots
  .flatMap((r) => readdirSync(join(ROOT, r), { recursive: true }).map((p) => join(r, String(p)).split(sep).join('/')))
  .filter((p) => p.endsWith('.ts') && !p.endsWith('.test.ts'))
  .sort();
const reported = new Set(
  existsSync(lcovPath)
    ? readFileSync(lcovPath, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('SF:'))
        .map((line) => relative(ROOT, line.slice(3)).split(sep).join('/'))
    : [],
);
const unloaded = sources.filter((p) => !reported.has(p) && !typesOnly(p));
if (unloaded.length > 0) {
  console.error(`\ndomain coverage: ${unloaded.length} source file(s) were not loaded by any test, so none of their lines ran:`);
  for (const p of unloaded) console.error(`  ${p}`);
  code = code === 0 ? 1 : code;
}

const transformed = existsSync(transformedPath)
  ? [...new Set(readFileSync(transformedPath, 'utf8').split('\n').filter(Boolean))]
      .map((u) => relative(ROOT, fileURLToPath(u)).split(sep).join('/'))
      .filter((p) => roots.some((r) => p.startsWith(`${r}/`)))
  : [];
if (transformed.length > 0) {
  console.error(
    '\ndomain coverage: these files use TypeScript syntax that cannot be type-stripped, so their line numbers\n' +
      'come through a source map and are approximate (make them erasable: no parameter properties, enums, namespaces):',
  );
  for (const p of transformed.sort()) console.error(`  ${p}`);
}

rmSync(work, { recursive: true, force: true });
console.error(code === 0 ? '\ndomain coverage: 100% of lines, every source file loaded.' : `\ndomain coverage: FAILED (exit ${code}).`);
process.exit(code);
