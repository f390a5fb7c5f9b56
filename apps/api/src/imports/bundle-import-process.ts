import { rename } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { IMPORT_PROCESS_BUNDLE } from './import-process-data.js';

/**
 * Bundles the compiled import process (import-process-main.js and everything it imports) into
 * one file (npm run build). Unbundled, the process loads some 1,200 module files (Nest, rxjs,
 * zod, pg, kysely and the libraries' own) before it reads a row: 1.25 s on two cores beside the
 * upload it was started for, paid by every import. Bundled, 0.41 s, and some 30 MB less held.
 * The bundle is written beside its entry and renamed into place, so an import never starts
 * from half a file; packages the import never loads (pg's native driver, Nest's optional
 * transports) stay outside it.
 */
export async function bundleImportProcess(dir = path.dirname(fileURLToPath(import.meta.url))): Promise<string> {
  const out = path.join(dir, IMPORT_PROCESS_BUNDLE);
  const staging = `${out}.${process.pid}.tmp`;
  await build({
    entryPoints: [path.join(dir, 'import-process-main.js')],
    outfile: staging,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The bundled CommonJS packages require Node's own modules.
    banner: { js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);" },
    external: ['pg-native', '@nestjs/microservices', '@nestjs/websockets', '@nestjs/platform-express', 'class-transformer', 'class-validator'],
    logLevel: 'warning',
    legalComments: 'none',
  });
  await rename(staging, out);
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await bundleImportProcess();
  // On stderr: a command that builds first (npm run --silent export) may write its data to stdout.
  console.error(`import process bundled into ${path.relative(process.cwd(), out) || out}`);
}
