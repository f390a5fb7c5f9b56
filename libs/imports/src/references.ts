import {
  decideMetric,
  decideSource,
  DomainError,
  type EntityState,
  invalid,
  type MetricState,
  nameKey,
  type SourceDetailsInput,
  type SourceState,
  streamIds,
} from '#claims';
import { ConcurrencyError, type EventStore, type StreamAppend } from '#event-store';
import {
  entityDecider,
  entityIdForName,
  metricDecider,
  type RecordingDb,
  resolveEntityNames,
  runEntityCommand,
  sourceDecider,
  sourceIdFor,
  toNewEvents,
} from '#recording';
import type { RequestContext } from '#access';
import type { ImportRow } from './format.js';
import type { RecordLine } from './records.js';
import type { SeenEvent, Unwritten } from './unwritten.js';

/** A stream's state as the import knows it, with events decided but not yet written. */
interface Known<State> {
  state: State;
  version: number;
  /** Refused for every row that names it (an entity whose name is taken, say). */
  error?: DomainError;
  pending?: StreamAppend;
  /** The details (as `detailsKey` writes them) a row last gave that changed nothing: the next row that gives them changes nothing either. */
  unchangedBy?: string;
}

type EntityRef = { readonly entityId: string; pending?: { readonly name: string } } | { readonly error: DomainError };

/** Something a row relies on that the import has decided to define and not yet written. */
export type Definition = Known<unknown> | EntityRef;

export interface Resolved {
  readonly sourceId: string;
  readonly source: SourceState;
  readonly entityId: string;
  readonly metric: MetricState;
  /** What must be written before the row's claim: only a row that passes writes any of it. */
  readonly needs: readonly Definition[];
}

const fold = <S>(decider: { evolve: (s: S, e: never) => S; initial: S }, events: readonly SeenEvent[]): Known<S> => ({
  state: events.reduce((s, e) => decider.evolve(s, { type: e.type, data: e.data } as never), decider.initial),
  version: events.length,
});

/**
 * The sources, entities and metrics an import's rows name, each read once (a batch's new ones
 * in one query per kind) and kept for the whole import. What a row would define (a source given
 * by its details; with defineMissing, an entity or metric) is decided here, kept as pending in
 * memory so that later rows see it defined, and written by `flush` before the batch's claims.
 */
export class References {
  readonly #sources = new Map<string, Known<SourceState>>();
  readonly #metrics = new Map<string, Known<MetricState>>();
  readonly #entities = new Map<string, EntityRef>();

  constructor(
    private readonly store: EventStore,
    private readonly db: RecordingDb,
    private readonly context: RequestContext,
    private readonly defineMissing: boolean,
    /** In a pass that writes nothing: what the rows and lines before have decided. */
    private readonly unwritten: Unwritten,
  ) {}

  /** Reads what the rows name that is not known yet. */
  async load(rows: readonly ImportRow[]): Promise<void> {
    const sourceIds = new Set<string>();
    const metricIds = new Set<string>();
    const names = new Set<string>();
    for (const row of rows) {
      const id = sourceIdOf(row);
      if (!this.#sources.has(id)) sourceIds.add(id);
      if (!this.#metrics.has(row.claim.metric)) metricIds.add(row.claim.metric);
      if (!this.#entities.has(nameKey(row.claim.subject))) names.add(row.claim.subject);
    }
    const [sources, metrics, owners] = await Promise.all([
      this.store.readStreams([...sourceIds].map(streamIds.source)),
      this.store.readStreams([...metricIds].map(streamIds.metric)),
      resolveEntityNames(this.db, [...names]),
    ]);
    const seen = (streamId: string, stored: ReadonlyMap<string, readonly SeenEvent[]>) => this.unwritten.after(streamId, stored.get(streamId));
    for (const id of sourceIds) this.#sources.set(id, fold(sourceDecider, seen(streamIds.source(id), sources)));
    for (const id of metricIds) this.#metrics.set(id, fold(metricDecider, seen(streamIds.metric(id), metrics)));
    const missing: Array<{ name: string; entityId: string }> = [];
    for (const name of names) {
      const owner = owners.get(nameKey(name)) ?? this.unwritten.entityNamed(name);
      if (owner) this.#entities.set(nameKey(name), { entityId: owner });
      else if (!this.defineMissing) {
        this.#entities.set(nameKey(name), { error: invalid('subject', `no entity is called '${name}'; define it, or import with defineMissing`) });
      } else {
        try {
          missing.push({ name, entityId: entityIdForName(name) });
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          this.#entities.set(nameKey(name), { error });
        }
      }
    }
    // A name that is new may still give the id of an entity known under other names.
    const entities = await this.store.readStreams(missing.map((m) => streamIds.entity(m.entityId)));
    for (const { name, entityId } of missing) {
      const known = fold<EntityState>(entityDecider, seen(streamIds.entity(entityId), entities));
      try {
        entityDecider.decide({ type: 'DefineEntity', entityId, name, aliases: [] }, known.state);
        this.#entities.set(nameKey(name), known.state.status === 'defined' ? { entityId } : { entityId, pending: { name } });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.#entities.set(nameKey(name), { error });
      }
    }
  }

  /** The row's source, subject and metric, deciding what it would define; throws the DomainError that refuses the row. */
  resolve(row: ImportRow): Resolved {
    const entity = this.#entities.get(nameKey(row.claim.subject))!;
    if ('error' in entity) throw entity.error;
    const metric = this.#metric(row);
    const sourceId = sourceIdOf(row);
    const source = this.#source(sourceId, row);
    const needs: Definition[] = [entity, this.#metrics.get(row.claim.metric)!, this.#sources.get(sourceId)!].filter((d) => d.pending);
    return { sourceId, source, entityId: entity.entityId, metric, needs };
  }

  #source(sourceId: string, row: ImportRow): SourceState {
    const known = this.#sources.get(sourceId)!;
    const given = row.source.details;
    if (!given) {
      if (known.state.status !== 'registered') {
        throw invalid('sourceId', `source ${sourceId} is not registered: register it, or give the source's title, publisher and date`);
      }
      return known.state;
    }
    // The rows of one release name its source in the same words, row after row.
    const key = detailsKey(given);
    if (known.unchangedBy === key) return known.state;
    // A source registered before keeps the kind and language the row leaves out.
    const registered = known.state.status === 'registered' ? known.state.details : undefined;
    const details: SourceDetailsInput = {
      ...given,
      kind: given.kind ?? registered?.kind ?? 'other',
      ...((given.language ?? registered?.language) ? { language: given.language ?? registered?.language } : {}),
      ...(registered?.text !== undefined ? { text: registered.text } : {}),
    };
    const events = decideSource({ type: 'RegisterSource', sourceId, details }, known.state);
    if (events.length > 0) this.#decided(known, streamIds.source(sourceId), events, sourceDecider);
    else known.unchangedBy = key;
    return known.state;
  }

  #metric(row: ImportRow): MetricState {
    const metricId = row.claim.metric;
    const known = this.#metrics.get(metricId)!;
    if (known.error) throw known.error;
    if (known.state.status === 'defined') return known.state;
    if (!this.defineMissing) {
      throw invalid('metric', `metric ${metricId} is not defined; define it, or import with defineMissing and the metric_unit and metric_kind columns`);
    }
    const { unit, kind, cumulative } = row.metricDefinition;
    if (unit === undefined) throw invalid('metric_unit', `metric ${metricId} is not defined: give its metric_unit (and metric_kind) to define it`);
    if (kind === undefined) throw invalid('metric_kind', `metric ${metricId} is not defined: give its metric_kind (and metric_unit) to define it`);
    const events = decideMetric({ type: 'DefineMetric', metricId, unit, kind, cumulative: cumulative ?? false, tolerance: 0 }, known.state);
    this.#decided(known, streamIds.metric(metricId), events, metricDecider);
    return known.state;
  }

  #decided<S, E extends { type: string; data: unknown }>(known: Known<S>, streamId: string, events: E[], decider: { evolve: (s: S, e: E) => S }) {
    known.pending = { streamId, events: toNewEvents(streamId, known.version, events, this.context), options: { expectedVersion: known.version } };
    delete known.unchangedBy;
    known.state = events.reduce(decider.evolve, known.state);
    known.version += events.length;
  }

  /** Forgets what an export line defined or changed: the rows after it read it again. */
  forget(line: RecordLine): void {
    if (line.record === 'source' || line.record === 'source_update') this.#sources.delete(line.id);
    else if (line.record === 'metric') this.#metrics.delete(line.id);
    else if (line.record === 'entity') for (const name of [line.name, ...line.aliases]) this.#entities.delete(nameKey(name));
    else if (line.record === 'entity_alias') this.#entities.delete(nameKey(line.alias));
  }

  /**
   * In a pass that writes nothing, what `flush` would write: the definitions rows that pass rely
   * on are taken as written, for the export lines after them to see.
   */
  plan(needed: ReadonlySet<Definition>): void {
    for (const entity of this.#entities.values()) {
      if (!('entityId' in entity) || !entity.pending || !needed.has(entity)) continue;
      const streamId = streamIds.entity(entity.entityId);
      const defined = { type: 'EntityDefined', data: { entityId: entity.entityId, name: entity.pending.name, aliases: [] } };
      this.unwritten.add({ streamId, events: toNewEvents(streamId, 0, [defined], this.context), options: { expectedVersion: 0 } });
      delete entity.pending;
    }
    for (const known of [...this.#sources.values(), ...this.#metrics.values()]) {
      if (!known.pending || !needed.has(known)) continue;
      this.unwritten.add(known.pending);
      delete known.pending;
    }
  }

  /**
   * Writes the definitions rows that pass rely on: entities first (each with its names reserved,
   * in a transaction of its own), then sources and metrics in one multi-stream append. Those no
   * such row needs stay pending, for a later row that does.
   * Returns the positions written, and whether some definition was refused or raced by another
   * writer: the caller then resolves its rows again (a refused one is refused for them too).
   */
  async flush(needed: ReadonlySet<Definition>): Promise<{ positions: number[]; changed: boolean }> {
    const positions: number[] = [];
    let changed = false;
    for (const [key, entity] of this.#entities) {
      if (!('entityId' in entity) || !entity.pending || !needed.has(entity)) continue;
      try {
        const written = await runEntityCommand(
          this.store,
          this.db,
          { type: 'DefineEntity', entityId: entity.entityId, name: entity.pending.name, aliases: [] },
          this.context,
          () => 'subject',
        );
        positions.push(written.position);
        delete entity.pending;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.#entities.set(key, { error });
        changed = true;
      }
    }
    const tagged = <S>(from: Map<string, Known<S>>) => [...from].map(([id, known]) => ({ id, known: known, from: from }));
    const waiting = [...tagged(this.#sources), ...tagged(this.#metrics)].filter((p) => p.known.pending && needed.has(p.known));
    const outcomes = await this.store.appendMany(waiting.map((p) => p.known.pending!));
    outcomes.forEach((outcome, i) => {
      const { id, known, from } = waiting[i]!;
      delete known.pending;
      if (outcome.ok) return positions.push(...outcome.result.positions);
      if (!(outcome.error instanceof ConcurrencyError)) throw outcome.error;
      // Another writer got there first: read it again.
      from.delete(id);
      changed = true;
    });
    return { positions, changed };
  }
}

/** The source a row names: its id, or the one its details give, as RegisterSource derives it. */
export function sourceIdOf(row: ImportRow): string {
  const { id, details } = row.source;
  if (id !== undefined) return id;
  // Rows of one release name one source: its id (a hash) is worked out once per set of details.
  const key = detailsKey(details!);
  let known = sourceIds.get(key);
  if (known === undefined) {
    if (sourceIds.size >= 10_000) sourceIds.clear();
    sourceIds.set(key, (known = sourceIdFor({ ...details!, kind: details!.kind ?? 'other' })));
  }
  return known;
}

const sourceIds = new Map<string, string>();
// Worked out twice a row: plain concatenation, a few times cheaper than JSON. No field holds a NUL
// (rows with one are refused), so NUL parts them, and '=' sets a given field apart from one left out.
const part = (field: string | undefined) => (field === undefined ? '\0' : `\0=${field}`);
const detailsKey = (d: NonNullable<ImportRow['source']['details']>) =>
  d.title + part(d.publisher) + part(d.publishedAt) + part(d.url) + part(d.kind) + part(d.language);
