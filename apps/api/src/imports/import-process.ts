import { fork } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { IMPORT_NODE_FLAGS, type ImportProcessEnd, type ImportProcessStart, isImportEnd, STOP_IMPORT } from './import-process-data.js';

/** How long a stop waits for the import to end between two batches before ending its process. */
const STOP_WAIT_MS = 15_000;

/** A running import's own process: how it ends, and a way to stop it. */
export interface ImportProcess {
  /** How the import ended, its row written; rejected when the process ended without saying. */
  readonly ended: Promise<ImportProcessEnd['end']>;
  /** Asks the import to stop between two batches, and ends its process if it has not within 15 s. */
  stop(): Promise<void>;
}

/**
 * Starts a registered import in a process of its own (import-process-main.ts, run from the
 * compiled JavaScript beside this file, so only the built app can start one; a test may give
 * another script, and a shorter wait for a stop).
 */
export function startImportProcess(start: ImportProcessStart, options: { readonly script?: URL; readonly stopWaitMs?: number } = {}): ImportProcess {
  const child = fork(options.script ?? new URL('./import-process-main.js', import.meta.url), [], {
    execArgv: [...IMPORT_NODE_FLAGS],
    serialization: 'advanced',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ended = new Promise<ImportProcessEnd['end']>((resolve, reject) => {
    child.on('message', (message) => isImportEnd(message) && resolve(message.end));
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`its process ended (${signal ?? `exit code ${code}`}) before the import did`)));
  });
  ended.catch(() => {}); // the caller's to handle
  child.send(start);
  return {
    ended,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      if (child.connected) child.send(STOP_IMPORT);
      await Promise.race([exited, sleep(options.stopWaitMs ?? STOP_WAIT_MS, undefined, { ref: false })]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
