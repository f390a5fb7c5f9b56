import { type ReadyImportProcess, readyImportProcess } from './import-process.js';

/** How long a process started for an upload waits for its import before it is ended unused. */
const IDLE_MS = 10 * 60_000;

/**
 * At most one import process started ahead, as an upload begins, for the import that upload is
 * for. One whose upload was refused waits for the next import, and is ended unused once it has
 * waited `idleMs`, or when the holder is closed.
 */
export class SpareProcess {
  #spare?: { readonly process: ReadyImportProcess; readonly idle: NodeJS.Timeout };

  constructor(
    private readonly start: () => ReadyImportProcess = () => readyImportProcess(),
    private readonly idleMs = IDLE_MS,
  ) {}

  /** Whether a process waits for an import. */
  get waiting(): boolean {
    return this.#spare?.process.ready ?? false;
  }

  /** Starts a process for an import about to be asked for, unless one is waiting already. */
  prepare(): void {
    if (this.#spare?.process.ready) return;
    void this.#release()?.discard(); // one that ended meanwhile
    const child = this.start();
    const idle = setTimeout(() => {
      if (this.#spare?.process !== child) return;
      this.#spare = undefined;
      void child.discard();
    }, this.idleMs).unref();
    this.#spare = { process: child, idle };
  }

  /** The waiting process if it is still ready, else one started now. */
  take(): ReadyImportProcess {
    const spare = this.#release();
    if (spare?.ready) return spare;
    void spare?.discard();
    return this.start();
  }

  /** Ends the waiting process, if any. */
  async close(): Promise<void> {
    await this.#release()?.discard();
  }

  #release(): ReadyImportProcess | undefined {
    const spare = this.#spare;
    this.#spare = undefined;
    if (spare) clearTimeout(spare.idle);
    return spare?.process;
  }
}
