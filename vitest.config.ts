import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';
import pkg from './package.json' with { type: 'json' };

// Tests run the TypeScript sources: each '#lib' import resolves to its `source` entry in
// package.json (Node, running the build, takes the compiled `default` entry instead).
// Matched whole, so that '#database' does not also take '#database/embedded'.
const alias = Object.entries(pkg.imports).map(([find, target]) => ({
  find: new RegExp(`^${find.replace(/[/.]/g, '\\$&')}$`),
  replacement: fileURLToPath(new URL(typeof target === 'string' ? target : target.source, import.meta.url)),
}));

// swc rather than esbuild: Nest's dependency injection needs the decorator metadata that
// esbuild does not emit.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: { alias },
  test: {
    include: ['{apps,libs,test,db}/**/*.spec.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
