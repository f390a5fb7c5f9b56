import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWeb, defaultOutDir } from '../../apps/web/build.js';

const webApp = fileURLToPath(new URL('../../apps/web/', import.meta.url));

async function newestChange(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? await newestChange(full) : (await stat(full)).mtimeMs);
  }
  return newest;
}

/** The web UI as the API serves it: built now unless dist/web is newer than every source file. */
export async function ensureWebBundle(): Promise<string> {
  const built = await stat(path.join(defaultOutDir, 'app.js')).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  if (built > (await newestChange(webApp))) return defaultOutDir;
  return buildWeb();
}
