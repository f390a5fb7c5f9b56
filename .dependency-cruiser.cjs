/** Architecture rules, checked by `npm run lint:deps` (part of `npm test`). */

// Entry points besides each library's index: the embedded server (libs/database/src/embedded.ts,
// `#database/embedded`) and the event store's schema module, which the frozen migrations call.
const ENTRY_POINTS = '^libs/(database/src/embedded[.]ts|event-store/src/schema/index[.]ts)$';

module.exports = {
  forbidden: [
    {
      name: 'libs-never-import-apps',
      comment: 'Apps hold the wiring; libraries must not depend on it.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'event-store-is-generic',
      comment: 'The event store knows nothing of claims or any other domain: only its own files and packages.',
      severity: 'error',
      from: { path: '^libs/event-store/' },
      to: { path: '^(libs/(?!event-store/)|apps/|db/)' },
    },
    {
      name: 'claims-domain-is-pure',
      comment: 'decide/evolve take everything they need as arguments: no framework, no database.',
      severity: 'error',
      from: { path: '^libs/claims/' },
      to: { path: '(^libs/(?!claims/)|^apps/|node_modules/(@nestjs|kysely|pg|pg-pool|fastify)/)' },
    },
    {
      name: 'figures-are-pure',
      comment: 'The figure recogniser takes text and gives candidates: no other part of factlog, no framework, no I/O.',
      severity: 'error',
      from: { path: '^libs/figures/' },
      to: { path: '(^libs/(?!figures/)|^apps/|^db/|node_modules/(@nestjs|kysely|pg|pg-pool|fastify)/)' },
    },
    {
      name: 'figures-use-no-node-built-ins',
      severity: 'error',
      from: { path: '^libs/figures/', pathNot: '\\.spec\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'production-code-never-imports-tests',
      severity: 'error',
      from: { path: '^(apps|libs|db)/', pathNot: '\\.spec\\.ts$' },
      to: { path: '(^test/|\\.spec\\.ts$)' },
    },
    {
      name: 'one-entry-point-per-lib',
      comment: 'Code outside a library goes through its index (the #lib import).',
      severity: 'error',
      from: { path: '^(apps|bench|test|db)/' },
      to: { path: '^libs/[^/]+/src/', pathNot: ['index[.]ts$', ENTRY_POINTS] },
    },
    {
      name: 'one-entry-point-between-libs',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/src/', pathNot: ['^libs/$1/', 'index[.]ts$', ENTRY_POINTS] },
    },
    {
      name: 'database-is-the-lowest-layer',
      comment:
        'libs/database connects, migrates and names the DATABASE token: it may use the generic event store and the migrations, and no feature library. The application assembles its Database type where it is wired (apps/api/src/schema.ts).',
      severity: 'error',
      from: { path: '^libs/database/' },
      to: { path: '^(libs|apps|db)/', pathNot: ['^libs/database/', '^libs/event-store/src/index[.]ts$', '^db/migrations/'] },
    },
    {
      name: 'migrations-use-only-the-event-store-schema',
      comment:
        "A migration is frozen once shipped: it may call the event store's schema module (whose versions are frozen too), nothing that changes with the application.",
      severity: 'error',
      from: { path: '^db/migrations/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^(libs|apps|test|bench)/', pathNot: '^libs/event-store/src/schema/' },
    },
    {
      name: 'embedded-server-only-where-it-is-started',
      comment:
        "Importing the embedded server takes process listeners off (see libs/database/src/embedded.ts): only the API's start-up, the test support and the benchmarks start one.",
      severity: 'error',
      from: { pathNot: ['^libs/database/src/(embedded|postgres-process)[.]ts$', '^apps/api/src/database[.]ts$', '^test/support/', '^bench/'] },
      to: { path: '^libs/database/src/(embedded|postgres-process)[.]ts$' },
    },
    {
      name: 'access-knows-no-commands-or-read-models',
      comment: 'API keys and roles sit below the command handlers: they use the event store and the database token only.',
      severity: 'error',
      from: { path: '^libs/access/' },
      to: { path: '^(libs|apps|db)/', pathNot: ['^libs/access/', '^libs/event-store/src/index[.]ts$', '^libs/database/src/index[.]ts$'] },
    },
    {
      name: 'commands-never-run-read-queries',
      comment:
        "A command handler finds what it needs by key (its own lookups in libs/recording), never through the read side's queries, which read the projections' text: from #projections it takes table types only.",
      severity: 'error',
      from: { path: '^libs/recording/' },
      to: { path: '^libs/projections/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'configuration-is-a-leaf',
      comment: 'libs/config reads the environment for every app; it depends on no other part of factlog.',
      severity: 'error',
      from: { path: '^libs/config/' },
      to: { path: '^(libs|apps|db)/', pathNot: '^libs/config/' },
    },
    {
      name: 'apps-do-not-import-each-other',
      comment: 'What two apps share lives in a library (configuration in #config, the projections in #projections).',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'feature-libraries-never-import-the-app-schema',
      comment: 'Each library declares the tables it touches; only the app puts them together.',
      severity: 'error',
      from: { path: '^(libs|db)/' },
      to: { path: '^apps/api/src/schema[.]ts$' },
    },
    {
      name: 'web-app-is-a-client',
      comment: 'The web UI runs in browsers and reads everything through the REST API: no server, library or test code.',
      severity: 'error',
      from: { path: '^apps/web/src/' },
      to: { path: '^(apps/(?!web/src/)|libs/|db/|test/|bench/)' },
    },
    {
      name: 'web-app-has-no-node-built-ins',
      severity: 'error',
      from: { path: '^apps/web/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'server-never-imports-the-web-app',
      comment: 'The API serves the built bundle as files; its code does not depend on the UI.',
      severity: 'error',
      from: { path: '^(apps/(?!web/)|libs/|db/)' },
      to: { path: '^apps/web/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      conditionNames: ['source', 'import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js'],
      exportsFields: ['exports'],
    },
  },
};
