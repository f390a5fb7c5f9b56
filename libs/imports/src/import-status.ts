import type { Generated, Kysely } from 'kysely';
import type { ImportOptions, ImportTally } from './importer.js';
import type { RowError } from './format.js';

export const IMPORT_STATUSES = ['running', 'succeeded', 'completed_with_errors', 'failed', 'interrupted'] as const;
export type ImportStatusName = (typeof IMPORT_STATUSES)[number];

export interface ImportsTable {
  id: string;
  status: Exclude<ImportStatusName, 'interrupted'>;
  phase: Generated<ImportTally['phase']>;
  format: string;
  options: ImportOptions;
  actor: string | null;
  rows_read: Generated<number>;
  recorded: Generated<number>;
  unchanged: Generated<number>;
  rejected: Generated<number>;
  position: Generated<number>;
  errors: Generated<RowError[]>;
  failure: string | null;
  started_at: Generated<Date>;
  updated_at: Generated<Date>;
  finished_at: Date | null;
}

export interface ImportTables {
  imports: ImportsTable;
}
export type ImportsDb = Kysely<ImportTables>;

/** An import as GET /v1/imports/:id shows it. */
export interface ImportStatus {
  readonly id: string;
  readonly status: ImportStatusName;
  readonly phase: ImportTally['phase'];
  readonly format: string;
  readonly options: { readonly defineMissing: boolean; readonly allOrNothing: boolean; readonly dryRun: boolean };
  readonly actor: string | null;
  readonly rowsRead: number;
  readonly recorded: number;
  readonly unchanged: number;
  readonly rejected: number;
  readonly rowsPerSecond: number;
  readonly position: number;
  readonly errors: readonly RowError[];
  readonly failure: string | null;
  readonly startedAt: string;
  readonly finishedAt: string | null;
}

/**
 * A running import writes its progress at least this often (after each batch); one whose row
 * has not moved for this long was stopped with its process and is shown as interrupted. Run it
 * again: what it wrote is recognised, and it completes without duplicates.
 */
export const IMPORT_SILENT_MS = 60_000;

export async function createImport(
  db: ImportsDb,
  input: { readonly id: string; readonly format: string; readonly options: ImportOptions; readonly actor: string },
): Promise<void> {
  await db
    .insertInto('imports')
    .values({
      id: input.id,
      status: 'running',
      format: input.format,
      options: JSON.stringify(input.options) as never,
      actor: input.actor,
      failure: null,
      finished_at: null,
    })
    .execute();
}

export async function updateImport(
  db: ImportsDb,
  id: string,
  tally: Readonly<ImportTally>,
  end?: { readonly status: ImportsTable['status']; readonly failure?: string },
): Promise<void> {
  await db
    .updateTable('imports')
    .set({
      phase: tally.phase,
      rows_read: tally.rowsRead,
      recorded: tally.recorded,
      unchanged: tally.unchanged,
      rejected: tally.rejected,
      position: tally.position,
      errors: JSON.stringify(tally.errors) as never,
      updated_at: new Date(),
      ...(end ? { status: end.status, failure: end.failure ?? null, finished_at: new Date() } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function getImport(db: ImportsDb, id: string, now = new Date()): Promise<ImportStatus | undefined> {
  const row = await db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const end = row.finished_at ?? (row.status === 'running' ? now : row.updated_at);
  const seconds = Math.max((end.getTime() - row.started_at.getTime()) / 1000, 0.001);
  const silent = row.status === 'running' && now.getTime() - row.updated_at.getTime() > IMPORT_SILENT_MS;
  return {
    id: row.id,
    status: silent ? 'interrupted' : row.status,
    phase: row.phase,
    format: row.format,
    options: { defineMissing: !!row.options.defineMissing, allOrNothing: !!row.options.allOrNothing, dryRun: !!row.options.dryRun },
    actor: row.actor,
    rowsRead: Number(row.rows_read),
    recorded: Number(row.recorded),
    unchanged: Number(row.unchanged),
    rejected: Number(row.rejected),
    rowsPerSecond: Math.round(Number(row.rows_read) / seconds),
    position: Number(row.position),
    errors: row.errors,
    failure: row.failure,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

/**
 * Ends an import that is still running as failed, with what it had written so far kept: for
 * an import whose process ended before it could write its own end.
 */
export async function failImport(db: ImportsDb, id: string, failure: string): Promise<void> {
  await db
    .updateTable('imports')
    .set({ status: 'failed', failure, updated_at: new Date(), finished_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}
