import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PostgresProcess {
  readonly pid: number;
  /** Fast shutdown (SIGINT: clients disconnected, a checkpoint written), then waits for the exit. */
  stop(): Promise<void>;
}

export interface SpawnOptions {
  readonly postgres: string;
  readonly dataDir: string;
  readonly port: number;
  readonly flags: readonly string[];
  /** Runs the server as the `postgres` system user: PostgreSQL refuses to run as root. */
  readonly asPostgresUser: boolean;
  readonly onLog?: (line: string) => void;
}

/**
 * Runs the PostgreSQL server as a child of this process, in a process group of its own: a
 * Ctrl-C in the terminal reaches the process that owns the server, which closes its own
 * connections before it stops the server, rather than the server going down under them. If
 * this process exits without stopping it, the server is told to shut down on the way out.
 */
export async function spawnPostgres(options: SpawnOptions): Promise<PostgresProcess> {
  await stopLeftover(options.dataDir);
  const ids = options.asPostgresUser ? postgresUserIds() : {};
  const child = spawn(options.postgres, ['-D', options.dataDir, '-p', String(options.port), ...options.flags], {
    ...ids,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const onExit = () => child.exitCode === null && child.signalCode === null && child.kill('SIGINT');
  process.on('exit', onExit);
  void exited.then(() => process.off('exit', onExit));

  await ready(child, options.onLog);
  const owner = ownerFile(options.dataDir);
  await writeFile(owner, `${process.pid}\n`);
  return {
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      await exited;
      await rm(owner, { force: true });
    },
  };
}

/** How long a server may take to accept connections (crash recovery of a large cluster included). */
const READY_WITHIN_MS = 120_000;

/**
 * Resolves once the server accepts connections; rejects with its last words if it exits first,
 * and stops it if it is not ready in time.
 */
function ready(child: ChildProcess, onLog?: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    const timer = setTimeout(() => {
      child.kill('SIGINT');
      reject(new Error(`PostgreSQL did not accept connections within ${READY_WITHIN_MS / 1000} s:\n${lines.join('\n')}`));
    }, READY_WITHIN_MS);
    child.once('exit', () => clearTimeout(timer));
    child.once('error', reject);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        onLog?.(line);
        lines.push(line);
        if (lines.length > 20) lines.shift();
        // A hot standby says 'ready to accept read-only connections'.
        if (/database system is ready to accept (read-only )?connections/.test(line)) {
          clearTimeout(timer);
          resolve();
        }
      }
    });
    child.once('exit', (code, signal) => reject(new Error(`PostgreSQL exited during start (${signal ?? `code ${code}`}):\n${lines.join('\n')}`)));
  });
}

/** Which process started the server on a data directory, so a later start can tell a leftover. */
const ownerFile = (dataDir: string) => `${dataDir}.owner`;

/**
 * A server still running on this data directory, left by a process that died without stopping
 * it, is shut down; one whose owner is alive is another instance at work, and is left alone.
 */
async function stopLeftover(dataDir: string): Promise<void> {
  const serverPid = await pidIn(path.join(dataDir, 'postmaster.pid'));
  if (serverPid === undefined || !alive(serverPid) || !(await servesDataDir(serverPid, dataDir))) return;
  const ownerPid = await pidIn(ownerFile(dataDir));
  if (ownerPid !== undefined && ownerPid !== process.pid && alive(ownerPid)) {
    throw new Error(`${dataDir} is in use by process ${ownerPid}, which runs a PostgreSQL server on it: stop that process, or choose another data directory`);
  }
  process.kill(serverPid, 'SIGINT');
  for (let waited = 0; alive(serverPid); waited += 100) {
    if (waited > 60_000) throw new Error(`the PostgreSQL server left running on ${dataDir} (pid ${serverPid}) does not stop`);
    await sleep(100);
  }
}

/**
 * Whether a process is the PostgreSQL server of this data directory. The pid in the file of a
 * server that died with its machine may since have been given to any other process, which must
 * not be signalled. Where there is no /proc to ask, the pid file is all there is to go by.
 */
async function servesDataDir(pid: number, dataDir: string): Promise<boolean> {
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => undefined);
  if (cmdline === undefined) return existsSync('/proc/self') ? false : true;
  const args = cmdline.split('\0');
  const dir = args[args.indexOf('-D') + 1];
  return path.basename(args[0] ?? '') === 'postgres' && dir !== undefined && path.resolve(dir) === path.resolve(dataDir);
}

async function pidIn(file: string): Promise<number | undefined> {
  const first = (await readFile(file, 'utf8').catch(() => '')).split('\n')[0]!.trim();
  return /^\d+$/.test(first) ? Number(first) : undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function postgresUserIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}
