import type { RequestContext } from '#access';
import type { EventStore } from '#event-store';
import type { RecordingDb } from '#recording';
import { createImport, type ImportsDb, type ImportsTable, updateImport } from './import-status.js';
import { type ImportOptions, type ImportTally, runImport } from './importer.js';
import { type ImportFormat, ImportFileError, type ReadRow } from './read-rows.js';

/** How often a running import writes its progress to its row, at most. */
const PROGRESS_EVERY_MS = 250;

export interface ImportJob {
  readonly store: EventStore;
  readonly db: RecordingDb & ImportsDb;
  readonly id: string;
  readonly format: ImportFormat;
  readonly options: ImportOptions;
  readonly context: RequestContext;
  /** The input's rows, read again for each pass. */
  readonly rows: () => AsyncIterable<ReadRow>;
  /** Stops the import between two batches; it is then failed, and the same file run again completes it. */
  readonly signal?: AbortSignal;
  /** Told of the progress after each batch. */
  readonly onProgress?: (tally: Readonly<ImportTally>) => void;
}

/** The import's row is written before it starts, so its id can be answered at once. */
export async function registerImport(job: Pick<ImportJob, 'db' | 'id' | 'format' | 'options' | 'context'>): Promise<void> {
  await createImport(job.db, { id: job.id, format: job.format, options: job.options, actor: job.context.actor.name });
}

/**
 * Runs a registered import to its end, keeping its row up to date: succeeded (every row
 * recorded or already there), completed_with_errors (refused rows named, the others written),
 * or failed (an all-or-nothing import with a refused row wrote nothing; a file that cannot be
 * read, or a database that went away, stopped it: what was written stays, and running the same
 * file again completes it).
 */
export async function runImportJob(
  job: ImportJob,
): Promise<{ readonly tally: ImportTally; readonly status: ImportsTable['status']; readonly failure?: string }> {
  let last = 0;
  let latest: ImportTally = { phase: 'writing', rowsRead: 0, recorded: 0, unchanged: 0, rejected: 0, position: 0, errors: [] };
  const progress = async (tally: Readonly<ImportTally>) => {
    latest = { ...tally, errors: [...tally.errors] };
    job.onProgress?.(tally);
    if (performance.now() - last < PROGRESS_EVERY_MS) return;
    last = performance.now();
    await updateImport(job.db, job.id, tally);
  };
  let end: { status: ImportsTable['status']; failure?: string };
  try {
    const deps = { store: job.store, db: job.db, context: { ...job.context, importId: job.id }, ...(job.signal ? { signal: job.signal } : {}) };
    const tally = await runImport(deps, job.rows, job.options, progress);
    latest = tally;
    if (tally.rejected === 0) end = { status: 'succeeded' };
    else if (job.options.allOrNothing && !job.options.dryRun) {
      end = { status: 'failed', failure: `${tally.rejected} row(s) refused: nothing was written (allOrNothing)` };
    } else end = { status: 'completed_with_errors' };
  } catch (error) {
    if (error instanceof ImportFileError) {
      latest = { ...latest, errors: [...latest.errors, error.error].slice(0, 100) };
      end = { status: 'failed', failure: `the file cannot be read past line ${error.error.line}: ${error.error.message}` };
    } else if (job.signal?.aborted) {
      end = { status: 'failed', failure: `stopped after ${latest.rowsRead} rows as its process shut down: import the same file again to complete it` };
    } else {
      end = { status: 'failed', failure: `stopped by an error: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  await updateImport(job.db, job.id, latest, end);
  return { tally: latest, ...end };
}
