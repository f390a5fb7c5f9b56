import { mkdir, mkdtemp, readdir, rename, rm, copyFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The web sources, seen from this file in the sources (apps/web) or in the build (dist/apps/web). */
const sources = here.includes(`${path.sep}dist${path.sep}`) ? path.resolve(here, '../../../apps/web/src') : path.join(here, 'src');

/** Where the API looks for the UI: dist/web at the root of the repository. */
export const defaultOutDir = path.resolve(sources, '../../../dist/web');

/**
 * Bundles the web UI (TypeScript, JSX, its libraries and CSS) into one script, one stylesheet
 * and the page: everything it needs is served by the API, nothing comes from elsewhere. Files
 * are written beside the target and renamed into it, so a server reading the folder never sees
 * half a bundle. No source maps: a production build does not hand out its sources (and maps that
 * an older build left behind are removed).
 */
export async function buildWeb(outDir = defaultOutDir): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(outDir), '.web-'));
  try {
    await build({
      entryPoints: { app: path.join(sources, 'main.tsx') },
      bundle: true,
      format: 'esm',
      target: 'es2022',
      minify: true,
      sourcemap: false,
      jsx: 'automatic',
      jsxImportSource: 'preact',
      outdir: staging,
      logLevel: 'warning',
      legalComments: 'linked',
    });
    await copyFile(path.join(sources, 'index.html'), path.join(staging, 'index.html'));
    for (const file of await readdir(outDir)) if (file.endsWith('.map')) await rm(path.join(outDir, file));
    for (const file of await readdir(staging)) await rename(path.join(staging, file), path.join(outDir, file));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return outDir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildWeb();
  // On stderr: a command that builds first (npm run --silent export) may write its data to stdout.
  console.error(`web UI built into ${path.relative(process.cwd(), out) || out}`);
}
