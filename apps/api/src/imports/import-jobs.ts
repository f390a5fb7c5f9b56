import { createReadStream } from 'node:fs';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { EventStore } from '#event-store';
import { DATABASE } from '#database';
import { failImport, type ImportJob, readRows, runImportJob } from '#imports';
import { CONNECTION_STRING } from '../connection-string.js';
import type { Upload } from '../http/uploads.js';
import type { AppDb } from '../schema.js';
import type { ImportProcess } from './import-process.js';
import { SpareProcess } from './spare-process.js';

/** Whether each import runs in a process of its own (the built app) or on this process's event loop. */
export const IMPORT_PROCESSES = Symbol('IMPORT_PROCESSES');

type Accepted = Omit<ImportJob, 'store' | 'db' | 'rows' | 'signal'>;
type Ended = Awaited<ReturnType<typeof runImportJob>>;

/**
 * The imports the API runs in the background, after their requests were answered. Each reads
 * its uploaded file (twice for allOrNothing) and deletes it at the end. The built app runs each
 * in a process of its own (import-process-main.ts), so that a bulk load does not hold the event
 * loop the readers wait on; tests, running the TypeScript, run them here. When the API shuts
 * down they stop between two batches and are marked failed: importing the same file again
 * completes them.
 *
 * An import's process takes a moment to start (0.4 s beside a large upload, on two cores), and a
 * large file a while to upload: the process is started as the upload begins (prepare), so that
 * it is ready when the file is all there. None is started before an import is asked for; one
 * whose upload was refused waits for the next import, and is ended unused after ten minutes,
 * or at shutdown.
 */
@Injectable()
export class ImportJobs implements BeforeApplicationShutdown {
  readonly #logger = new Logger('Imports');
  readonly #running = new Set<Promise<unknown>>();
  readonly #processes = new Set<ImportProcess>();
  readonly #stop = new AbortController();
  /** A process started as an upload began, for the import that upload is for. */
  readonly #spare = new SpareProcess();

  constructor(
    @Inject(DATABASE) private readonly db: AppDb,
    private readonly store: EventStore,
    @Inject(CONNECTION_STRING) private readonly url: string,
    @Inject(IMPORT_PROCESSES) private readonly processes: boolean,
  ) {}

  /** Starts the process the import of a file beginning to arrive will run in, unless one is waiting already. */
  prepare(): void {
    if (this.processes && !this.#stop.signal.aborted) this.#spare.prepare();
  }

  start(job: Accepted, upload: Upload): void {
    const run = (this.processes ? this.#inOwnProcess(job, upload) : this.#here(job, upload))
      .then(({ status, tally, failure }) =>
        this.#logger.log(`import ${job.id}: ${status}, ${tally.recorded} recorded, ${tally.rejected} refused${failure ? `: ${failure}` : ''}`),
      )
      .catch(async (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        this.#logger.error(`import ${job.id}: ${message}`);
        await failImport(this.db, job.id, `stopped by an error: ${message}`).catch(() => {});
      })
      .finally(() => upload.discard());
    this.#running.add(run);
    void run.finally(() => this.#running.delete(run));
  }

  #here(job: Accepted, upload: Upload): Promise<Ended> {
    const rows = () => readRows(createReadStream(upload.file), job.format);
    return runImportJob({ ...job, store: this.store, db: this.db, signal: this.#stop.signal, rows });
  }

  async #inOwnProcess(job: Accepted, upload: Upload): Promise<Ended> {
    const child = this.#spare.take().run({ url: this.url, file: upload.file, job });
    this.#processes.add(child);
    try {
      return await child.ended;
    } finally {
      this.#processes.delete(child);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.#stop.abort();
    await Promise.allSettled([this.#spare.close(), ...[...this.#processes].map((child) => child.stop())]);
    await Promise.allSettled([...this.#running]);
  }
}
