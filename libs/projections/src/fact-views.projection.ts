import type { Kysely, Selectable, Transaction } from 'kysely';
import { sql } from 'kysely';
import { type DomainEvent, type FactClaim, measureOf, parsePartialDate, parseValidTime, streamIds, validTimeSpan } from '#claims';
import { type EventStoreTables, readStreams, type RecordedEvent } from '#event-store';
import { type FactKey, toFactClaim } from './fact-data.js';
import { copyRows } from './copy-rows.js';
import { type ClaimChange, loadMetrics, rewriteFacts, TouchedFacts } from './fact-summaries.js';
import { SummaryCache } from './summary-cache.js';
import type { Projection } from './projection.js';
import { type Slice, sliceConsumer, sliceOfFact, sliceOfFactSql } from './slices.js';
import type { ReadModelTables, RmClaimsTable } from './tables.js';

type Db = Kysely<ReadModelTables>;
type ClaimRecorded = Extract<DomainEvent, { type: 'ClaimRecorded' }>;

export const FACT_VIEWS = 'fact-views-v1';

/** Events whose projection reads or changes claim rows: the claims buffered before them go in first. */
const READS_CLAIM_ROWS = new Set(['ClaimCorrected', 'ClaimRetracted', 'ClaimRestored', 'ClaimReviewed', 'ClaimRanked', 'SourceUpdated']);

/** What this process last wrote of the fact summaries, by slice; see SummaryCache for when it is trusted. */
const summaries = new Map<string, SummaryCache>();

/**
 * How a batch is applied: as a whole, or as one slice of several. A slice applies the events of
 * its facts; the events that change what every fact's claims read (a source's details, a metric's
 * definition) are applied by every slice to its own facts; the rest (entities) by the first.
 */
interface Scope {
  /** Its checkpoint's name, which also names its cache mark and its copy of the sources. */
  readonly consumer: string;
  /** Absent when the projection is not split. */
  readonly slice?: Slice;
}

/**
 * The fact views: sources, metrics, entities, every claim as system-versioned rows, editors'
 * resolutions, and one summary row per fact, brought up to date whenever one of its claims
 * changes.
 */
export const factViewsProjection: Projection = {
  name: FACT_VIEWS,
  tables: [
    'rm_claims',
    'rm_sources',
    'rm_metrics',
    'rm_entities',
    'rm_facts',
    'rm_contradictions',
    'rm_contradiction_history',
    'rm_revisions',
    'rm_resolutions',
    'rm_applied',
    'rm_slice_sources',
  ],

  sliceable: true,

  async apply(batch: readonly RecordedEvent[], tx: Transaction<any>, slice?: Slice) {
    const db = tx as unknown as Transaction<ReadModelTables>;
    if (batch.length === 0) return;
    const scope: Scope = slice && slice.count > 1 ? { consumer: sliceConsumer(FACT_VIEWS, slice), slice } : { consumer: FACT_VIEWS };
    // A slice with nothing of its own in the batch still moves its mark, or its cache would be
    // emptied by the checkpoint the batch moves.
    const events = scope.slice ? await ownEvents(db, batch, scope.slice) : batch;
    // The projector's checkpoint is part of the mark: any projector moves it with every batch,
    // including one of an earlier release that knows nothing of rm_applied.
    const mark = sql<{ lineage: string | null; applied: string | null; checkpoint: string | null }>`
      select (select lineage from rm_applied where projection = ${scope.consumer}) as lineage,
             (select global_position from rm_applied where projection = ${scope.consumer}) as applied,
             (select global_position from checkpoints where consumer = ${scope.consumer}) as checkpoint`.execute(db);
    // The sources and metrics the new claims name, as they stood before the batch, are queued
    // behind the mark at once: they run while the events below are turned into rows. A batch
    // that registers or changes a source, or defines a metric, looks again.
    const claimed = (events as ReadonlyArray<RecordedEvent & DomainEvent>).filter((e): e is RecordedEvent & ClaimRecorded => e.type === 'ClaimRecorded');
    const sourcesBefore = settledLater(
      loadSources(
        db,
        claimed.map((e) => e.data.sourceId),
        scope,
      ),
    );
    const metricsBefore = settledLater(
      loadMetrics(
        db,
        claimed.map((e) => e.data.metricId),
      ),
    );
    try {
      const { lineage, applied, checkpoint } = (await mark).rows[0]!;
      let cacheOfScope = summaries.get(scope.consumer);
      if (!cacheOfScope) summaries.set(scope.consumer, (cacheOfScope = new SummaryCache()));
      const cache = cacheOfScope.begin(lineage === null ? undefined : `${lineage}/${applied}/${checkpoint}`);
      let sourcesChanged = false;
      let metricsChanged = false;
      const touched = new TouchedFacts();
      // New claims are inserted together; anything that reads claim rows flushes them first.
      const recorded: Array<{ row: Selectable<RmClaimsTable>; event: RecordedEvent & ClaimRecorded }> = [];
      /** Completes the buffered claims' rows with their sources and hands them over, emptying the buffer. */
      const take = async () => {
        if (recorded.length === 0) return [];
        const sources = sourcesChanged
          ? await loadSources(
              db,
              recorded.map((r) => r.row.source_id),
              scope,
            )
          : await sourcesBefore;
        for (const { row, event } of recorded) {
          const source = sources.get(row.source_id);
          row.publisher = source?.publisher ?? null;
          row.published_start = source?.published_start ?? '0001-01-01';
          touched.added(event.data, event.globalPosition, newClaim(row, event), event.recordedAt);
        }
        return recorded.splice(0).map((r) => r.row);
      };
      for (const event of events as ReadonlyArray<RecordedEvent & DomainEvent>) {
        if (event.type === 'ClaimRecorded') {
          recorded.push({ row: recordedRow(event), event });
          continue;
        }
        if (READS_CLAIM_ROWS.has(event.type)) await copyRows(db, 'rm_claims', await take());
        for (const touch of await applyOne(db, event, scope)) {
          if ('change' in touch) touched.claimChanged(touch, event.globalPosition, touch.change, event.recordedAt);
          // A source's new publisher or date, or a metric defined after its claims, changes how
          // the fact reads as of earlier times too: rows of claims keep the source's current details.
          else touched.restated(touch, event.globalPosition, touch.restated, event.recordedAt, event.type !== 'ContradictionResolved');
        }
        sourcesChanged ||= event.type === 'SourceRegistered' || event.type === 'SourceUpdated';
        metricsChanged ||= event.type === 'MetricDefined';
      }
      const last = await take();
      await rewriteFacts(db, touched.list(), {
        cache,
        metrics: metricsChanged ? undefined : await metricsBefore,
        writeClaims: () => copyRows(db, 'rm_claims', last),
      });
      const position = batch.at(-1)!.globalPosition;
      const written = await db
        .insertInto('rm_applied')
        .values({ projection: scope.consumer, global_position: position })
        .onConflict((oc) => oc.column('projection').doUpdateSet({ global_position: position }))
        .returning('lineage')
        .executeTakeFirstOrThrow();
      // A projector moves its checkpoint to this batch's last event in this transaction; a caller
      // that keeps no checkpoint under this name leaves it as it was.
      cache.end(`${written.lineage}/${position}/${checkpoint === null ? null : position}`);
    } finally {
      // Nothing of this batch is left queued on the transaction's connection when apply
      // returns or throws: a statement sent after the rollback would run outside it.
      await Promise.allSettled([sourcesBefore, metricsBefore]);
    }
  },

  async reset(db: Kysely<any>) {
    await sql`truncate ${sql.join(this.tables.map((t) => sql.table(t)))}`.execute(db);
  },
};

/** How an event changed a fact: one of its claims changed, or claims of it now relate to others differently. */
type Touch = FactKey & ({ readonly change: Required<ClaimChange> } | { readonly restated: readonly string[] });

/** Applies one event other than a new claim; returns how it changed the facts it touched. */
async function applyOne(db: Db, event: RecordedEvent & DomainEvent, scope: Scope): Promise<Touch[]> {
  const at = event.recordedAt;
  switch (event.type) {
    case 'SourceRegistered':
    case 'SourceUpdated': {
      const d = event.type === 'SourceRegistered' ? event.data : { ...(await currentSource(db, event.data.sourceId, scope)), ...event.data.changes };
      const row = {
        source_id: event.data.sourceId,
        title: d.title,
        publisher: d.publisher ?? null,
        url: d.url ?? null,
        published_at: d.publishedAt,
        published_start: parsePartialDate(d.publishedAt, 'publishedAt').start,
        kind: d.kind,
        language: d.language,
      };
      // Split in slices, each keeps the sources as of its own position, and the first writes
      // the shared table, which readers see.
      if (!scope.slice || scope.slice.index === 0) {
        await db
          .insertInto('rm_sources')
          .values(row)
          .onConflict((oc) => oc.column('source_id').doUpdateSet(row))
          .execute();
      }
      if (scope.slice) {
        await db
          .insertInto('rm_slice_sources')
          .values({ slice: scope.consumer, ...row })
          .onConflict((oc) => oc.columns(['slice', 'source_id']).doUpdateSet(row))
          .execute();
      }
      // A new publisher or date can turn a contradiction into a revision or change which
      // claim is current: the facts this source speaks to are summarised again. A source's
      // first event usually finds no claims yet; it finds some when it was parked and is
      // applied by a retry after claims of the source went ahead without it.
      const facts = await db
        .updateTable('rm_claims')
        .set({ publisher: row.publisher, published_start: row.published_start })
        .where('source_id', '=', row.source_id)
        .$if(scope.slice !== undefined, (q) => q.where(ofSlice(scope.slice!)))
        .returning(['claim_id', 'entity_id', 'metric_id', 'recorded_to'])
        .execute();
      return facts.filter((f) => f.recorded_to === null).map((f) => ({ entityId: f.entity_id, metricId: f.metric_id, restated: [f.claim_id] }));
    }
    case 'MetricDefined': {
      const { metricId, unit, kind, cumulative, tolerance, updateIntervalDays } = event.data;
      await db
        .insertInto('rm_metrics')
        .values({ metric_id: metricId, unit, kind, cumulative, tolerance, measure: measureOf(event.data), update_interval_days: updateIntervalDays ?? null })
        .onConflict((oc) => oc.column('metric_id').doNothing())
        .execute();
      // Claims of a metric whose definition was parked went ahead without a summary: once the
      // definition is applied (by a retry), their facts are summarised. Metrics are few, so
      // the look over the current claims is rare.
      const facts = await db
        .selectFrom('rm_claims')
        .select(['entity_id', 'metric_id'])
        .distinct()
        .where('metric_id', '=', metricId)
        .where('recorded_to', 'is', null)
        .$if(scope.slice !== undefined, (q) => q.where(ofSlice(scope.slice!)))
        .execute();
      return facts.map((f) => ({ entityId: f.entity_id, metricId: f.metric_id, restated: [] }));
    }
    case 'EntityDefined': {
      const { entityId, name, aliases } = event.data;
      await db
        .insertInto('rm_entities')
        .values({ entity_id: entityId, name, aliases: JSON.stringify(aliases) })
        .onConflict((oc) => oc.column('entity_id').doNothing())
        .execute();
      return [];
    }
    case 'EntityAliasAdded':
      await db
        .updateTable('rm_entities')
        .set({ aliases: sql`aliases || ${JSON.stringify([event.data.alias])}::jsonb` as never })
        .where('entity_id', '=', event.data.entityId)
        .execute();
      return [];
    case 'ClaimCorrected':
    case 'ClaimRetracted':
    case 'ClaimRestored':
    case 'ClaimReviewed':
    case 'ClaimRanked': {
      const current = await db
        .updateTable('rm_claims')
        .set({ recorded_to: at })
        .where('claim_id', '=', event.data.claimId)
        .where('recorded_to', 'is', null)
        .returningAll()
        .executeTakeFirstOrThrow();
      // A verdict judges one version of a claim: a correction leaves it out of date.
      const outdated = event.type === 'ClaimCorrected' && current.verdict !== null ? { verdict_outdated: true } : {};
      const next = {
        ...current,
        ...changed(event),
        ...outdated,
        row_version: event.streamVersion,
        recorded_from: at,
        recorded_to: null,
        position: event.globalPosition,
      };
      await db
        .insertInto('rm_claims')
        .values({
          ...next,
          value: JSON.stringify(next.value),
          valid_time: JSON.stringify(next.valid_time),
          quote: next.quote ? JSON.stringify(next.quote) : null,
        })
        .execute();
      return [{ entityId: current.entity_id, metricId: current.metric_id, change: { before: toFactClaim(current), after: toFactClaim(next) } }];
    }
    case 'ContradictionResolved': {
      const d = event.data;
      await db
        .insertInto('rm_resolutions')
        .values({
          contradiction_id: d.contradictionId,
          entity_id: d.entityId,
          metric_id: d.metricId,
          claim_ids: d.claimIds as string[],
          preferred: d.preferred as string[],
          reason: d.reason,
          resolved_by: event.metadata.actor ?? null,
          resolved_at: at,
          position: event.globalPosition,
        })
        .execute();
      return [{ entityId: d.entityId, metricId: d.metricId, restated: d.claimIds }];
    }
    case 'ClaimRecorded':
      // Written in batches by apply, never one at a time.
      return [];
    case 'ClaimWorkflowMoved':
    case 'ReviewerAssigned':
    case 'ReviewerUnassigned':
    case 'ClaimCommented':
      // The desk's workflow is the editorial model's concern.
      return [];
    default:
      // Events of other kinds in the log (API keys) are no concern of the fact views.
      event satisfies never;
      return [];
  }
}

function recordedRow(event: RecordedEvent & ClaimRecorded): Selectable<RmClaimsTable> {
  const d = event.data;
  const span = validTimeSpan(parseValidTime(d.validTime));
  return {
    claim_id: d.claimId,
    row_version: event.streamVersion,
    entity_id: d.entityId,
    metric_id: d.metricId,
    source_id: d.sourceId,
    publisher: null, // filled from the source when the batch is flushed
    published_start: '0001-01-01',
    status: 'active',
    rank: 'normal',
    verdict: null,
    verdict_outdated: false,
    value: d.value,
    valid_time: d.validTime,
    valid_start: span.start,
    valid_end: span.end,
    quote: d.quote ?? null,
    attribution: d.attribution ?? null,
    note: d.note ?? null,
    recorded_by: event.metadata.actor ?? null,
    first_recorded_at: event.recordedAt,
    recorded_from: event.recordedAt,
    recorded_to: null,
    position: event.globalPosition,
  };
}

/** A new claim as summarising sees it, once its row has its source's publisher and date. */
function newClaim(row: Selectable<RmClaimsTable>, event: RecordedEvent & ClaimRecorded): FactClaim {
  return {
    id: row.claim_id,
    sourceId: row.source_id,
    ...(row.publisher ? { publisher: row.publisher } : {}),
    publishedAt: row.published_start,
    value: event.data.value,
    span: { start: row.valid_start, end: row.valid_end },
    status: 'active',
    rank: 'normal',
    validTime: event.data.validTime,
    firstRecordedAt: event.recordedAt.toISOString(),
  };
}

/** The columns a change to a claim sets. */
function changed(
  event: Extract<DomainEvent, { type: 'ClaimCorrected' | 'ClaimRetracted' | 'ClaimRestored' | 'ClaimReviewed' | 'ClaimRanked' }>,
): Partial<Selectable<RmClaimsTable>> {
  switch (event.type) {
    case 'ClaimCorrected': {
      const { value, validTime } = event.data;
      const span = validTime ? validTimeSpan(parseValidTime(validTime)) : undefined;
      return {
        ...(value ? { value } : {}),
        ...(validTime && span ? { valid_time: validTime, valid_start: span.start, valid_end: span.end } : {}),
      };
    }
    case 'ClaimRetracted':
      return { status: 'retracted' };
    case 'ClaimRestored':
      return { status: 'active' };
    case 'ClaimReviewed':
      return { verdict: event.data.verdict, verdict_outdated: false };
    case 'ClaimRanked':
      return { rank: event.data.rank };
  }
}

/** A promise that may settle before anyone awaits it: a rejection waits for its reader. */
function settledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

async function loadSources(db: Db, ids: readonly string[], scope: Scope) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<string, { publisher: string | null; published_start: string }>();
  const rows = scope.slice
    ? await db
        .selectFrom('rm_slice_sources')
        .select(['source_id', 'publisher', 'published_start'])
        .where('slice', '=', scope.consumer)
        .where('source_id', 'in', unique)
        .execute()
    : await db.selectFrom('rm_sources').select(['source_id', 'publisher', 'published_start']).where('source_id', 'in', unique).execute();
  return new Map(rows.map((s) => [s.source_id, s]));
}

async function currentSource(db: Db, sourceId: string, scope: Scope) {
  const row = scope.slice
    ? await db.selectFrom('rm_slice_sources').selectAll().where('slice', '=', scope.consumer).where('source_id', '=', sourceId).executeTakeFirstOrThrow()
    : await db.selectFrom('rm_sources').selectAll().where('source_id', '=', sourceId).executeTakeFirstOrThrow();
  return {
    title: row.title,
    publisher: row.publisher ?? undefined,
    url: row.url ?? undefined,
    publishedAt: row.published_at,
    kind: row.kind,
    language: row.language,
  };
}

/** A condition on claim rows: of a fact of this slice. */
const ofSlice = (slice: Slice) => sql<boolean>`${sliceOfFactSql(sql.ref('entity_id'), sql.ref('metric_id'), slice.count)} = ${slice.index}::int`;

/** Events every slice applies, each to its own facts' claims. */
const EVERY_SLICE = new Set(['SourceRegistered', 'SourceUpdated', 'MetricDefined']);
/** Events on a claim that name only the claim: its fact is that of its stream's ClaimRecorded. */
const CLAIM_CHANGES = new Set(['ClaimCorrected', 'ClaimRetracted', 'ClaimRestored', 'ClaimReviewed', 'ClaimRanked']);

/**
 * The events of a batch that a slice applies: those of its facts, those every slice applies,
 * and, for the first slice, those about no fact. A change to a claim goes where its claim was
 * recorded, which the log says (the claim's ClaimRecorded, in this batch or before it), not the
 * read model, which another slice may not have written yet.
 */
async function ownEvents(db: Db, events: readonly RecordedEvent[], slice: Slice): Promise<RecordedEvent[]> {
  const facts = new Map<string, FactKey>();
  for (const e of events as ReadonlyArray<RecordedEvent & DomainEvent>) if (e.type === 'ClaimRecorded') facts.set(e.data.claimId, e.data);
  const unknown = new Set<string>();
  for (const e of events) {
    const claimId = CLAIM_CHANGES.has(e.type) ? (e.data as { claimId: string }).claimId : undefined;
    if (claimId !== undefined && !facts.has(claimId)) unknown.add(streamIds.claim(claimId));
  }
  if (unknown.size > 0) {
    // A claim's stream holds its few events, the first of them its ClaimRecorded.
    for (const stream of (await readStreams(db as unknown as Kysely<EventStoreTables>, [...unknown])).values()) {
      const recorded = stream.find((e) => e.type === 'ClaimRecorded');
      if (recorded) facts.set((recorded.data as { claimId: string }).claimId, recorded.data as FactKey);
    }
  }
  const mine = (fact: FactKey | undefined) => (fact ? sliceOfFact(fact.entityId, fact.metricId, slice.count) : 0) === slice.index;
  return events.filter((e) => {
    if (EVERY_SLICE.has(e.type)) return true;
    const data = e.data as Partial<FactKey> & { claimId?: string };
    if (e.type === 'ClaimRecorded' || e.type === 'ContradictionResolved') return mine(data as FactKey);
    // A change to a claim the log never recorded goes to the first slice, to fail there as it would unsplit.
    if (CLAIM_CHANGES.has(e.type)) return mine(facts.get(data.claimId!));
    return slice.index === 0;
  });
}
