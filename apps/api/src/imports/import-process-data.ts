import type { ImportJob, ImportsTable, ImportTally } from '#imports';

/**
 * The node flags an import's own process runs with, as `npm run import` does: a larger young
 * generation, and a garbage collector without helper threads. On a machine of few cores the
 * helpers would take CPU from the import, the projections and PostgreSQL; the API keeps V8's
 * defaults for its readers' latency (README, "Production").
 */
export const IMPORT_NODE_FLAGS = ['--max-semi-space-size=32', '--single-threaded-gc'] as const;

/** The import's process as one file (bundle-import-process.ts writes it), beside these modules in the build. */
export const IMPORT_PROCESS_BUNDLE = 'import-process.bundle.js';

/** What the API sends the process, once: the import to run, registered already. */
export interface ImportProcessStart {
  readonly url: string;
  readonly file: string;
  readonly job: Pick<ImportJob, 'id' | 'format' | 'options' | 'context'>;
}

/** What the process answers once the import has ended, its row written. */
export interface ImportProcessEnd {
  readonly end: { readonly tally: ImportTally; readonly status: ImportsTable['status']; readonly failure?: string };
}

/** Asks the process to stop between two batches (the API is shutting down). */
export const STOP_IMPORT = 'stop';

export const isImportEnd = (m: unknown): m is ImportProcessEnd => typeof m === 'object' && m !== null && 'end' in m;
