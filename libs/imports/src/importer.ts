import { type ClaimEvent, type ClaimState, DomainError, streamIds } from '#claims';
import { ConcurrencyError, type EventStore, IdempotencyConflictError, type StreamAppend } from '#event-store';
import { claimDecider, type RecordingDb, recordClaimCommand, toNewEvents } from '#recording';
import type { RequestContext } from '#access';
import { type ImportRow, importField, type RowError } from './format.js';
import { type Applied, type ClaimLine, RecordApplier } from './apply-record.js';
import type { ReadRow } from './read-rows.js';
import { type Definition, References } from './references.js';
import { Unwritten } from './unwritten.js';

export interface ImportOptions {
  /** Define the entities and metrics rows name that do not exist (metrics from metric_unit, metric_kind, metric_cumulative). */
  readonly defineMissing?: boolean;
  /** Write nothing unless every row passes: every row is checked first, then written. */
  readonly allOrNothing?: boolean;
  /** Check every row and write nothing. */
  readonly dryRun?: boolean;
  /** Rows decided and written together (default 500). */
  readonly batchSize?: number;
}

export interface ImportTally {
  /** checking: the first pass of an all-or-nothing import; writing: the rows are being written (or, in a dry run, checked). */
  phase: 'checking' | 'writing';
  rowsRead: number;
  /** Rows that recorded a new claim, or lines of an export that recorded their event (in a dry run or a check: that would). */
  recorded: number;
  /** Rows whose claim was already recorded as they state it (lines of an export: whose event was there already). */
  unchanged: number;
  rejected: number;
  /** The global position of the last event written: pass it as minPosition to read what the import wrote. */
  position: number;
  /** The first errors, each naming its line and field. */
  errors: RowError[];
}

export const ERRORS_KEPT = 100;
const DEFAULT_BATCH = 500;
/** Lines of an export applied between two reports of progress. */
const RECORDS_PER_REPORT = 200;
const ATTEMPTS = 3;

export interface ImportDeps {
  readonly store: EventStore;
  readonly db: RecordingDb;
  /** Who imports, with the import's id: every event written carries both. */
  readonly context: RequestContext & { readonly importId: string };
  /** Stops the import between two batches (its process is shutting down): what was written stays. */
  readonly signal?: AbortSignal;
}

/**
 * Imports rows as claims, each decided by the domain as POST /v1/claims decides one: a row that
 * is refused writes nothing and the others go on. Rows go in batches: their sources, subjects
 * and metrics are resolved once per batch (and kept for the import), the claims' streams read in
 * one query, and the batch's events appended in one multi-stream append. Claim and event ids
 * follow from the rows, so a file imported again, or again after an import stopped half way,
 * adds only what is missing. `rows` is called once per pass: twice for allOrNothing (check every
 * row, then write), once otherwise.
 */
export async function runImport(
  deps: ImportDeps,
  rows: () => AsyncIterable<ReadRow>,
  options: ImportOptions = {},
  onProgress: (tally: Readonly<ImportTally>) => void | Promise<void> = () => {},
): Promise<ImportTally> {
  if (options.allOrNothing && !options.dryRun) {
    const check = await pass(deps, rows(), options, false, 'checking', onProgress);
    if (check.rejected > 0) return check;
    return pass(deps, rows(), options, true, 'writing', onProgress);
  }
  return pass(deps, rows(), options, !options.dryRun, 'writing', onProgress);
}

async function pass(
  deps: ImportDeps,
  rows: AsyncIterable<ReadRow>,
  options: ImportOptions,
  write: boolean,
  phase: ImportTally['phase'],
  onProgress: (tally: Readonly<ImportTally>) => void | Promise<void>,
): Promise<ImportTally> {
  const tally: ImportTally = { phase, rowsRead: 0, recorded: 0, unchanged: 0, rejected: 0, position: 0, errors: [] };
  const unwritten = new Unwritten();
  const refs = new References(deps.store, deps.db, deps.context, options.defineMissing ?? false, unwritten);
  const batch = new Batch(deps, refs, tally, write, unwritten);
  const records = new RecordApplier(deps.store, deps.db, deps.context, write, unwritten);
  let pending: Array<{ line: number; row: ImportRow }> = [];
  let sinceReport = 0;
  const claims: Array<{ line: number; record: ClaimLine }> = [];
  // One batch is decided and written while the next is read and parsed: the batches themselves
  // run one after the other, so each sees what the one before wrote.
  let running: Promise<void> = Promise.resolve();
  const next = async (rows: ReadonlyArray<{ line: number; row: ImportRow }>) => {
    await batch.run(rows);
    await onProgress(tally);
  };
  try {
    for await (const read of rows) {
      tally.rowsRead++;
      if ('record' in read) {
        // A line of an export may rely on any line before it: the claim rows read so far go
        // in first, and the line is applied in the order of the file (claims first recorded
        // together, together).
        await running;
        if (pending.length) await batch.run(pending);
        pending = [];
        deps.signal?.throwIfAborted();
        const line = read.record;
        const together = claims[0] && line.record === 'claim' && line.at !== undefined && claims[0].record.at === line.at;
        if (claims.length && (!together || claims.length >= (options.batchSize ?? DEFAULT_BATCH))) await batch.claims(records, claims.splice(0));
        if (line.record === 'claim') claims.push({ line: read.line, record: line });
        else await batch.record(records, read);
        sinceReport++;
        if (sinceReport >= RECORDS_PER_REPORT) {
          sinceReport = 0;
          await onProgress(tally);
        }
        continue;
      }
      if (claims.length) await batch.claims(records, claims.splice(0));
      if ('errors' in read) batch.reject(read.errors);
      else pending.push(read);
      if (pending.length >= (options.batchSize ?? DEFAULT_BATCH)) {
        await running;
        deps.signal?.throwIfAborted();
        running = next(pending);
        running.catch(() => {}); // handled where it is awaited, at the next batch or the end
        pending = [];
      }
    }
  } catch (error) {
    // The file cannot be read on: the batch on its way ends before the import is reported.
    await running.catch(() => {});
    throw error;
  }
  await running;
  if (claims.length) await batch.claims(records, claims);
  if (pending.length) await batch.run(pending);
  await onProgress(tally);
  return tally;
}

type Planned = {
  readonly line: number;
  readonly streamId: string;
  readonly command: ReturnType<typeof recordClaimCommand>['command'];
  readonly needs: readonly Definition[];
};

class Batch {
  /**
   * Whether the next batch's claims are most likely new: true until a batch finds some of its
   * claims recorded already (a file imported again), and again once a batch finds none.
   */
  #expectNew = true;

  constructor(
    private readonly deps: ImportDeps,
    private readonly refs: References,
    private readonly tally: ImportTally,
    private readonly write: boolean,
    private readonly unwritten: Unwritten,
  ) {}

  reject(errors: readonly RowError[]) {
    this.tally.rejected++;
    for (const error of errors) if (this.tally.errors.length < ERRORS_KEPT) this.tally.errors.push(error);
  }

  /** Records claim lines first recorded together, together; a line the domain refuses is that line's error. */
  async claims(records: RecordApplier, lines: ReadonlyArray<{ line: number; record: ClaimLine }>): Promise<void> {
    const results = await records.applyClaims(lines.map((l) => l.record));
    results.forEach((result, i) => (result instanceof DomainError ? this.#refusedLine(lines[i]!.line, result) : this.#applied(result)));
  }

  /** Applies a line of an export; a line the domain refuses is that line's error. */
  async record(records: RecordApplier, read: Extract<ReadRow, { record: unknown }>): Promise<void> {
    try {
      this.#applied(await records.apply(read.record));
      // The rows after it see what the line defined or changed.
      this.refs.forget(read.record);
    } catch (error) {
      if (error instanceof DomainError) return this.#refusedLine(read.line, error);
      throw error;
    }
  }

  #applied(applied: Applied) {
    if (applied.outcome === 'recorded') this.tally.recorded++;
    else this.tally.unchanged++;
    this.#reached(applied.positions);
  }

  #refusedLine(line: number, error: DomainError) {
    this.reject([{ line, field: error.field ?? 'record', message: error.message }]);
  }

  #refused(line: number, error: unknown, fallback: Parameters<typeof importField>[1] = 'subject') {
    if (error instanceof DomainError) return this.reject([{ line, field: importField(error.field, fallback), message: error.message }]);
    throw error;
  }

  /**
   * Decides and writes a batch. While its claims are expected to be new (`optimistic`), their
   * streams are not read first: each is decided as a claim not yet recorded, and the batch is
   * appended as a set of new streams, which writes nothing should any exist; it is then run
   * again the usual way, reading them. Either way a row comes to the same outcome.
   */
  async run(rows: ReadonlyArray<{ line: number; row: ImportRow }>, attempt = 1, optimistic = this.write && this.#expectNew): Promise<void> {
    const { refs } = this;
    await refs.load(rows.map((r) => r.row));
    const planned: Planned[] = [];
    const refused: Array<{ line: number; error: unknown }> = [];
    for (const { line, row } of rows) {
      try {
        const { sourceId, source, entityId, metric, needs } = refs.resolve(row);
        const { claimId, command } = recordClaimCommand({ ...row.claim, sourceId }, entityId, source, metric);
        planned.push({ line, streamId: streamIds.claim(claimId), command, needs });
      } catch (error) {
        refused.push({ line, error });
      }
    }

    // Every claim decided before anything is written: a row the domain refuses writes nothing,
    // not even the source it would have registered. The batch's claims come in one read, or in
    // none while they are expected to be new.
    const streams = optimistic ? new Map<string, never>() : await this.deps.store.readStreams(planned.map((p) => p.streamId));
    if (!optimistic && this.write) this.#expectNew = streams.size === 0;
    const states = new Map<string, { state: ClaimState; version: number }>();
    const decided: Array<{ p: Planned; events: ClaimEvent[]; version: number }> = [];
    for (const p of planned) {
      let current = states.get(p.streamId);
      if (!current) {
        const events = this.unwritten.after(p.streamId, streams.get(p.streamId));
        current = {
          state: events.reduce((s, e) => claimDecider.evolve(s, { type: e.type, data: e.data } as never), claimDecider.initial),
          version: events.length,
        };
      }
      let events: ClaimEvent[];
      try {
        events = claimDecider.decide(p.command, current.state);
      } catch (error) {
        // Refused as a claim not yet recorded: whether it is recorded decides, so it is read.
        if (optimistic) return this.run(rows, attempt, false);
        refused.push({ line: p.line, error });
        continue;
      }
      const next = { state: events.reduce(claimDecider.evolve, current.state), version: current.version + events.length };
      states.set(p.streamId, next);
      decided.push({ p, events, version: current.version });
    }

    const needed = new Set(decided.flatMap(({ p }) => p.needs));
    if (!this.write) refs.plan(needed);
    else {
      const { positions, changed } = await refs.flush(needed);
      this.#reached(positions);
      if (changed) {
        // A definition was refused (a name taken meanwhile) or raced: the rows are resolved again.
        if (attempt >= ATTEMPTS) throw new Error('the sources, entities or metrics of this batch kept changing under the import');
        return this.run(rows, attempt + 1);
      }
    }
    if (optimistic) {
      const appends = decided.filter((d) => d.events.length > 0).map(({ p, events }) => this.#append(p.streamId, events, 0));
      const results = await this.deps.store.appendToNewStreams(appends);
      if (!results) {
        this.#expectNew = false;
        return this.run(rows, attempt, false);
      }
      for (const { line, error } of refused) this.#refused(line, error);
      this.tally.unchanged += decided.length - appends.length;
      this.tally.recorded += results.length;
      for (const result of results) this.#reached(result.positions);
      return;
    }
    for (const { line, error } of refused) this.#refused(line, error);

    const appends: StreamAppend[] = [];
    const owners: Planned[] = [];
    for (const { p, events, version } of decided) {
      if (events.length === 0) {
        this.tally.unchanged++;
      } else {
        const append = this.#append(p.streamId, events, version);
        if (this.write) {
          appends.push(append);
          owners.push(p);
        } else {
          this.unwritten.add(append);
          this.tally.recorded++;
        }
      }
    }
    if (appends.length === 0) return;

    const outcomes = await this.deps.store.appendMany(appends);
    const again: Array<{ line: number; row: ImportRow }> = [];
    outcomes.forEach((outcome, i) => {
      const { line } = owners[i]!;
      if (outcome.ok) {
        if (outcome.result.duplicate) this.tally.unchanged++;
        else this.tally.recorded++;
        this.#reached(outcome.result.positions);
      } else if (outcome.error instanceof ConcurrencyError && attempt < ATTEMPTS) {
        // Another writer changed the claim meanwhile: decide the row again on what it wrote.
        again.push(rows.find((r) => r.line === line)!);
      } else if (outcome.error instanceof ConcurrencyError || outcome.error instanceof IdempotencyConflictError) {
        this.reject([{ line, field: 'subject', message: `the claim kept changing under the import: ${(outcome.error as Error).message}` }]);
      } else {
        throw outcome.error;
      }
    });
    if (again.length) await this.run(again, attempt + 1);
  }

  #append(streamId: string, events: ClaimEvent[], version: number): StreamAppend {
    return { streamId, events: toNewEvents(streamId, version, events, this.deps.context), options: { expectedVersion: version } };
  }

  #reached(positions: readonly number[]) {
    for (const p of positions) if (p > this.tally.position) this.tally.position = p;
  }
}
