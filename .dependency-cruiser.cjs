/** Architecture rules, checked by `npm run lint:deps` (part of `npm test`). */
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
      to: { path: '^libs/[^/]+/src/', pathNot: 'index[.]ts$' },
    },
    {
      name: 'one-entry-point-between-libs',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/src/', pathNot: ['^libs/$1/', 'index[.]ts$'] },
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
