/**
 * The layer rules of STYLE.md, checked in `npm test` (`npm run lint:deps`):
 * cli → app → db → core, app → io → core, cli → core; nothing imports cli; no cycles.
 * Type-only imports count too: a type cycle is still a cycle in the design.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Modules form a tree: a cycle (static, dynamic or type-only) means two modules are one concept.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      comment: 'src/core is the pure domain: it imports nothing of ours outside src/core.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
    {
      name: 'core-no-node-io',
      comment: 'No file system, process or database in src/core.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^(fs|node:fs|fs/promises|node:fs/promises|child_process|node:child_process|better-sqlite3)$' },
    },
    {
      name: 'db-below-app',
      comment: 'src/db holds the SQL; it knows core, never app, io or cli.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/(app|io|cli)/' },
    },
    {
      name: 'io-below-app',
      comment: 'src/io reads and writes files; it knows core, never app, db or cli.',
      severity: 'error',
      from: { path: '^src/io/' },
      to: { path: '^src/(app|db|cli)/' },
    },
    {
      name: 'app-below-cli',
      comment: 'Use cases print nothing and know nothing of commander or prompts.',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'sql-only-in-db',
      comment: 'Only src/db may load the SQLite driver.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/db/' },
      to: { path: 'node_modules/better-sqlite3/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that does not resolve is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    // lazy('./x.js', import.meta.url) (src/cli/lazy.ts) loads a module as import() does.
    exoticRequireStrings: ['lazy'],
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { conditionNames: ['types', 'import', 'require', 'node', 'default'], exportsFields: ['exports'], extensions: ['.ts', '.js', '.cjs', '.mjs', '.json', '.d.ts'] },
  },
};
