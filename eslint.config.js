// @ts-check
// Lint rules, checked by `npm run lint` (part of `npm test`): typescript-eslint's recommended
// type-checked set, with the few changes below, each with its reason.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // apps/web/src/api/openapi.ts is generated from the OpenAPI document.
  { ignores: ['dist/**', 'node_modules/**', '.factlog/**', 'coverage/**', '**/*.cjs', 'eslint.config.js', 'apps/web/src/api/openapi.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `any` is written where something the type checker cannot see gives a value its type:
      // Kysely<any> for code that works on any tables (a rebuild's shadow schema, a projection's
      // reset) and json columns whose shape the domain types describe. The no-unsafe-* rules
      // still stop such a value from flowing unchecked into typed code.
      '@typescript-eslint/no-explicit-any': 'off',
      // A name that starts with _ is unused on purpose (a property left out of a rest object).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.tsx'],
    rules: {
      // The UI's event handlers are async and report their own failures; Preact ignores what a
      // handler returns, so a promise given to an on* attribute is never mistaken for a result.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      // Tests read the API's JSON replies, typed any on purpose: the assertions are what check
      // their shape, and a typed copy of every reply would be a second source of truth.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['libs/event-store/**', '**/*.spec.ts'],
    rules: {
      // The application reads and writes the log through #event-store (libs/event-store), which
      // alone knows its tables. Tests and benchmarks may look at the rows themselves.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom)$/] > Literal.arguments[value=/^(events|streams)( as \\w+)?$/]',
          message: 'Read the log through #event-store (readAll, readStream, searchLog, logHas).',
        },
        {
          selector: 'TemplateElement[value.raw=/\\b(from|into|update|join)\\s+(events|streams)\\b/i]',
          message: 'Read the log through #event-store (readAll, readStream, searchLog, logHas).',
        },
      ],
    },
  },
);
