import { fork } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { IMPORT_NODE_FLAGS, IMPORT_PROCESS_BUNDLE, type ImportProcessEnd, type ImportProcessStart, isImportEnd, STOP_IMPORT } from './import-process-data.js';

/** How long a stop waits for the import to end between two batches before ending its process. */
const STOP_WAIT_MS = 15_000;

/** A running import's own process: how it ends, and a way to stop it. */
export interface ImportProcess {
  /** How the import ended, its row written; rejected when the process ended without saying. */
  readonly ended: Promise<ImportProcessEnd['end']>;
  /** Asks the import to stop between two batches, and ends its process if it has not within 15 s. */
  stop(): Promise<void>;
}

/** An import process started ahead of its import, waiting for it. */
export interface ReadyImportProcess {
  /** Whether it can still take an import (it has not ended). */
  readonly ready: boolean;
  /** Gives it its import; once only. */
  run(start: ImportProcessStart): ImportProcess;
  /** Ends it unused. */
  discard(): Promise<void>;
}

/**
 * Starts an import process: import-process-main.ts, compiled and bundled into one file beside
 * this one by `npm run build`, so only the built app can start one (a test may give another
 * script, and a shorter wait for a stop). It waits for its import; started as the file to import
 * begins to arrive, it is ready by the time the file is there.
 */
export function readyImportProcess(options: { readonly script?: URL; readonly stopWaitMs?: number } = {}): ReadyImportProcess {
  const child = fork(options.script ?? new URL(`./${IMPORT_PROCESS_BUNDLE}`, import.meta.url), [], {
    execArgv: [...IMPORT_NODE_FLAGS],
    serialization: 'advanced',
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ended = new Promise<ImportProcessEnd['end']>((resolve, reject) => {
    child.on('message', (message) => isImportEnd(message) && resolve(message.end));
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`its process ended (${signal ?? `exit code ${code}`}) before the import did`)));
  });
  ended.catch(() => {}); // the caller's to handle
  let taken = false;
  const stop = async (message?: typeof STOP_IMPORT) => {
    if (!running()) return;
    if (child.connected) {
      if (message) child.send(message);
      else child.disconnect(); // an idle process, its channel closed, has nothing left to wait for
    }
    await Promise.race([exited, sleep(options.stopWaitMs ?? STOP_WAIT_MS, undefined, { ref: false })]);
    if (running()) child.kill('SIGKILL');
    await exited;
  };
  return {
    get ready() {
      return !taken && running() && child.connected;
    },
    run(start) {
      if (taken) throw new Error('an import process runs one import');
      taken = true;
      child.send(start);
      return { ended, stop: () => stop(STOP_IMPORT) };
    },
    discard: () => stop(),
  };
}

/** Starts a registered import in a process of its own. */
export function startImportProcess(start: ImportProcessStart, options: Parameters<typeof readyImportProcess>[0] = {}): ImportProcess {
  return readyImportProcess(options).run(start);
}
