// Lint gate: `npm run lint` runs with --max-warnings 0 inside `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import checkFile from 'eslint-plugin-check-file';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'coverage/**', 'test-results/**', 'bench/results/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', '*.cjs', 'scripts/*.mjs', 'apps/cli/bin/*.mjs', 'apps/web/vite.config.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'check-file': checkFile },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      curly: ['error', 'multi-line'],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Small files named for what they do: kebab-case everywhere (style-by-example §7).
      'check-file/filename-naming-convention': ['error', { '**/*.{ts,tsx,mjs,js}': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='describe'][callee.property.name=/^(only|skip|todo)$/]", message: 'No focused or skipped suites.' },
        { selector: "CallExpression[callee.object.name='it'][callee.property.name=/^(only|skip|todo)$/]", message: 'No focused or skipped tests.' },
        { selector: "CallExpression[callee.object.name='test'][callee.property.name=/^(only|skip|todo)$/]", message: 'No focused or skipped tests.' },
      ],
    },
  },
  // Migrations are named by their timestamp (2026-11-28T2100-foundation.ts), like Kysely's guide.
  { files: ['packages/db/src/migrations/**'], rules: { 'check-file/filename-naming-convention': 'off' } },
  {
    // The domain is pure: no clock, no I/O (architecture.md). Dates arrive as parameters.
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['packages/domain/src/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'domain does no I/O' }, { name: 'process', message: 'domain does no I/O' }, { name: 'setTimeout', message: 'domain does no I/O' }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'domain reads no clock: pass `now` in' }, { object: 'Math', property: 'random', message: 'domain is deterministic' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'domain reads no clock and uses civil-date.ts for dates' }, { selector: "CallExpression[callee.name='Date']", message: 'domain reads no clock' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process', 'net', 'http', 'https', 'pg', 'kysely', '@electric-sql/*'], message: 'domain does no I/O' }] }],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.spec.ts', 'e2e/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', name: ['describe', 'it', 'test', 'suite'], package: 'node:test' }] }],
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  {
    // The staff console runs in the browser. Its Vite config is Node code outside the browser
    // program (apps/web/tsconfig.json includes only src): the default project lints it (above).
    files: ['apps/web/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
