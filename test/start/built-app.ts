import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const mainJs = path.join(root, 'dist/apps/api/src/main.js');
/** The import's process, bundled from the compiled modules by `npm run build`. */
const importBundle = path.join(root, 'dist/apps/api/src/imports/import-process.bundle.js');
// Written by every build; an incremental build leaves unchanged outputs such as main.js alone.
const buildInfo = path.join(root, 'dist/build.tsbuildinfo');

/** Newest modification time of the TypeScript that `npm run build` compiles. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of ['apps', 'libs', 'db']) walk(path.join(root, dir));
  return newest;
}

/** Runs the build when dist/ is missing or older than the sources, as `npm start` would. */
export function ensureBuilt(): void {
  if (existsSync(mainJs) && existsSync(importBundle) && existsSync(buildInfo) && statSync(buildInfo).mtimeMs >= newestSource()) return;
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  for (const step of [[tsc, '-p', 'tsconfig.build.json'], [path.join(root, 'dist/apps/api/src/imports/bundle-import-process.js')]]) {
    const result = spawnSync(process.execPath, step, { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`the build failed:\n${result.stdout}${result.stderr}`);
  }
  // A build that found nothing to do writes nothing: mark the build as current all the same.
  const now = new Date();
  utimesSync(buildInfo, now, now);
}

export interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  readonly adminKey: string;
  readonly databaseUrl: string;
  /** Everything printed so far, stdout and stderr. */
  output(): string;
  /** Resolves with the exit code. */
  readonly exited: Promise<number | null>;
}

/** Spawns the built API as `npm start` does and waits for its banner (the admin key line ends it). */
export function startBuilt(env: Record<string, string>): Promise<Started> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL' && !k.startsWith('FACTLOG_'))) as Record<string, string>;
  const child = spawn(process.execPath, [mainJs], { cwd: root, env: { ...clean, LOG_LEVEL: 'warn', ...env } });
  let text = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const url = /factlog is listening on (\S+)/.exec(text)?.[1];
      const databaseUrl = /PostgreSQL \(embedded\): (\S+)/.exec(text)?.[1];
      const adminKey = /admin key: (\S+)/.exec(text)?.[1];
      // The banner is written at once, so the demo's lines, if any, are here with the key's.
      if (url && databaseUrl && adminKey) resolve({ child, url, adminKey, databaseUrl, output: () => text, exited });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`exited with ${code} before it was ready:\n${text}`)));
  });
}

/** Whether a process with this id exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
