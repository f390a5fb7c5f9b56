import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { LogLevelName } from '../log-levels.js';
import { type HeapQuestion, isHeapAnswer, type ProjectorThreadData, STOP, STOPPED } from './thread-data.js';

/** The pause before a projector thread that died is started again. */
const RESTART_MS = 5_000;
/** How long a stop waits for the thread to close its connections before ending it. */
const STOP_WAIT_MS = 15_000;
/** How long a question about the thread's heap waits for its answer. */
const HEAP_WAIT_MS = 1_000;

/**
 * Runs the projections on a worker thread (FACTLOG_PROJECTOR=thread, `npm start`'s default, and
 * the import from the command line). The thread runs the compiled JavaScript beside this file,
 * so only the built app can start one. The projections themselves never stop on an event (one
 * they cannot apply is parked); should the thread die all the same, it is started again after
 * a pause, and the log says so.
 */
export class ProjectorThread {
  #worker?: Worker;
  #restart?: NodeJS.Timeout;
  #stopping = false;
  #questions = 0;

  constructor(
    private readonly data: ProjectorThreadData,
    private readonly log: (message: string) => void,
    /** The thread's script and the pause before a restart: the projector's own, unless a test gives others. */
    private readonly options: { readonly script?: URL; readonly restartMs?: number } = {},
  ) {}

  start(): this {
    const worker = new Worker(this.options.script ?? new URL('./projector-thread.js', import.meta.url), { workerData: this.data });
    this.#worker = worker;
    worker.on('error', (error) => this.log(`the projector thread failed: ${error.message}`));
    worker.on('exit', (code) => {
      if (this.#stopping) return;
      const pause = this.options.restartMs ?? RESTART_MS;
      this.log(`the projector thread ended (exit code ${code}); it starts again in ${pause / 1000} s`);
      this.#restart = setTimeout(() => this.start(), pause);
    });
    return this;
  }

  /**
   * The bytes the thread's heap holds now (after a full collection when node runs with
   * --expose-gc, else with the garbage not yet collected), or undefined if no thread runs or it
   * does not answer within a second. Each question has an id, so concurrent ones, or an answer
   * that comes late, are not mistaken for one another.
   */
  async heapUsedBytes(): Promise<number | undefined> {
    const worker = this.#worker;
    if (!worker) return undefined;
    const id = ++this.#questions;
    let listener: ((message: unknown) => void) | undefined;
    const answer = new Promise<number>((resolve) => {
      listener = (message) => {
        if (isHeapAnswer(message) && message.heap === id) resolve(message.heapUsedBytes);
      };
      worker.on('message', listener);
    });
    worker.postMessage({ heap: id } satisfies HeapQuestion);
    try {
      return await Promise.race([answer, sleep(HEAP_WAIT_MS, undefined, { ref: false })]);
    } finally {
      worker.off('message', listener!);
    }
  }

  /** Asks the thread to stop its runners and close its connections, and waits until it has. */
  async stop(): Promise<void> {
    this.#stopping = true;
    clearTimeout(this.#restart);
    const worker = this.#worker;
    if (!worker) return;
    const stopped = new Promise<void>((resolve) => {
      worker.on('message', (message) => message === STOPPED && resolve());
      worker.once('exit', () => resolve());
    });
    worker.postMessage(STOP);
    await Promise.race([stopped, sleep(STOP_WAIT_MS, undefined, { ref: false })]);
    await worker.terminate();
    this.#worker = undefined;
  }
}

/**
 * The projections alone, without webhook delivery, beside a tool that writes the log itself (the
 * import from the command line), so that what it wrote is queryable when it ends.
 */
export function projectorThread(url: string, slices: number, logLevel: LogLevelName): ProjectorThread {
  const data = { url, applicationName: 'factlog-import-projector', slices, pollIntervalMs: 200, logLevel };
  return new ProjectorThread(data, (message) => console.error(message)).start();
}
