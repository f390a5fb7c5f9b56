import { createReadStream } from 'node:fs';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { EventStore } from '#event-store';
import { DATABASE } from '#database';
import { type ImportJob, readRows, runImportJob } from '#imports';
import type { Upload } from '../http/uploads.js';
import type { AppDb } from '../schema.js';

/**
 * The imports this process runs in the background, after their requests were answered. Each
 * reads its uploaded file (twice for allOrNothing) and deletes it at the end. When the process
 * shuts down they stop between two batches and are marked failed: importing the same file
 * again completes them.
 */
@Injectable()
export class ImportJobs implements BeforeApplicationShutdown {
  readonly #logger = new Logger('Imports');
  readonly #running = new Set<Promise<unknown>>();
  readonly #stop = new AbortController();

  constructor(
    @Inject(DATABASE) private readonly db: AppDb,
    private readonly store: EventStore,
  ) {}

  start(job: Omit<ImportJob, 'store' | 'db' | 'rows' | 'signal'>, upload: Upload): void {
    const run = runImportJob({
      ...job,
      store: this.store,
      db: this.db,
      signal: this.#stop.signal,
      rows: () => readRows(createReadStream(upload.file), job.format),
    })
      .then(({ status, tally, failure }) =>
        this.#logger.log(`import ${job.id}: ${status}, ${tally.recorded} recorded, ${tally.rejected} refused${failure ? `: ${failure}` : ''}`),
      )
      .catch((error: unknown) => this.#logger.error(`import ${job.id}: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => upload.discard());
    this.#running.add(run);
    void run.finally(() => this.#running.delete(run));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.#stop.abort();
    await Promise.allSettled([...this.#running]);
  }
}
