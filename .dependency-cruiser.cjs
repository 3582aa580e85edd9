/**
 * Package boundaries of ../shared/docs/architecture.md ("Packages and their rooms"),
 * enforced by `npm run boundaries` inside `npm test`.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const room = (from, allowed) => ({
  name: `${from.replace(/[^a-z]/g, '-')}-imports-only-its-rooms`,
  comment: `${from} may import only: ${allowed.length ? allowed.join(', ') : 'nothing of ours'}`,
  severity: 'error',
  from: { path: `^${from}/` },
  to: {
    path: '^(packages|apps)/',
    pathNot: [`^${from}/`, ...allowed.map((a) => `^${a}/`)],
  },
});

module.exports = {
  forbidden: [
    room('packages/domain', []),
    room('packages/contracts', ['packages/domain']),
    room('packages/db', ['packages/contracts']),
    room('packages/services', ['packages/domain', 'packages/db', 'packages/contracts', 'packages/connectors']),
    room('packages/connectors', ['packages/domain', 'packages/contracts']),
    room('apps/server', ['packages/services', 'packages/contracts']),
    room('apps/web', ['packages/contracts']),
    room('apps/cli', ['packages/services', 'packages/domain', 'apps/server']),
    {
      name: 'domain-is-pure',
      comment: 'packages/domain does no I/O: no node built-ins except pure ones, no drivers',
      severity: 'error',
      from: { path: '^packages/domain/src/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'], pathNot: '^(node:)?(assert|util)$' },
    },
    {
      name: 'domain-no-drivers',
      severity: 'error',
      from: { path: '^packages/domain/' },
      to: { path: 'node_modules/(pg|kysely|@electric-sql|fastify)' },
    },
    {
      name: 'migrations-frozen-in-time',
      comment: 'migrations never import app code (Kysely docs: frozen in time)',
      severity: 'error',
      from: { path: '^packages/db/src/migrations/' },
      to: { path: '^(packages|apps)/', pathNot: '^packages/db/src/migrations/' },
    },
    {
      name: 'frontends-never-import-services-or-db',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^packages/(services|db)/' },
    },
    {
      name: 'portal-is-its-own-bundle',
      comment:
        'The public portal (/portal, issue 5) shares with the console only its look (theme, css), the label tables and money formatting: never console pages, sessions or API calls',
      severity: 'error',
      from: { path: '^apps/web/src/portal/' },
      to: { path: '^apps/web/src/', pathNot: ['^apps/web/src/portal/', '^apps/web/src/(theme\\.ts|global\\.css)$', '^apps/web/src/i18n/(labels|message)\\.ts$', '^apps/web/src/format/money\\.ts$'] },
    },
    {
      name: 'console-never-imports-the-portal',
      severity: 'error',
      from: { path: '^apps/web/src/', pathNot: '^apps/web/src/portal/' },
      to: { path: '^apps/web/src/portal/' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|data)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
