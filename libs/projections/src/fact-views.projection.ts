import type { Insertable, Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import {
  type ClaimEvent,
  type ContradictionEvent,
  type EntityEvent,
  type MetricEvent,
  parsePartialDate,
  parseValidTime,
  type SourceEvent,
  summarizeFact,
  validTimeSpan,
} from '#claims';
import type { RecordedEvent } from '#event-store';
import { type FactKey, factKey, loadActiveClaimsOfFacts, loadResolutionsOfFacts } from './fact-data.js';
import type { Projection } from './projection.js';
import type { ReadModelTables, RmClaimsTable } from './tables.js';

type Db = Kysely<ReadModelTables>;
type DomainEvent = SourceEvent | EntityEvent | MetricEvent | ClaimEvent | ContradictionEvent;

export const FACT_VIEWS = 'fact-views-v1';

/**
 * The fact views: sources, metrics, entities, every claim as system-versioned rows, editors'
 * resolutions, and one summary row per fact, rewritten whenever one of its claims changes.
 */
export const factViewsProjection: Projection = {
  name: FACT_VIEWS,
  tables: ['rm_claims', 'rm_sources', 'rm_metrics', 'rm_entities', 'rm_facts', 'rm_resolutions'],

  async apply(events: readonly RecordedEvent[], tx: Transaction<any>) {
    const db = tx as unknown as Transaction<ReadModelTables>;
    const touched = new Map<string, { entityId: string; metricId: string; position: number }>();
    // New claims are inserted together; anything that reads claim rows flushes them first.
    const recorded: Insertable<RmClaimsTable>[] = [];
    const flush = async () => {
      if (recorded.length === 0) return;
      const sourceIds = [...new Set(recorded.map((r) => r.source_id))];
      const sources = new Map(
        (await db.selectFrom('rm_sources').select(['source_id', 'publisher', 'published_start']).where('source_id', 'in', sourceIds).execute()).map((s) => [s.source_id, s]),
      );
      for (const row of recorded) {
        const source = sources.get(row.source_id);
        row.publisher = source?.publisher ?? null;
        row.published_start = source?.published_start ?? '0001-01-01';
      }
      for (let i = 0; i < recorded.length; i += 1000) await db.insertInto('rm_claims').values(recorded.slice(i, i + 1000)).execute();
      recorded.length = 0;
    };
    for (const event of events as ReadonlyArray<RecordedEvent & DomainEvent>) {
      let fact: { entityId: string; metricId: string } | undefined;
      if (event.type === 'ClaimRecorded') {
        recorded.push(recordedRow(event as RecordedEvent & Extract<DomainEvent, { type: 'ClaimRecorded' }>));
        fact = event.data;
      } else {
        if (event.type.startsWith('Claim') || event.type.startsWith('Source')) await flush();
        fact = await applyOne(db, event);
      }
      if (fact) touched.set(factKey(fact), { entityId: fact.entityId, metricId: fact.metricId, position: event.globalPosition });
    }
    await flush();
    await rewriteFacts(db, [...touched.values()]);
  },

  async reset(db: Kysely<any>) {
    await sql`truncate ${sql.join(this.tables.map((t) => sql.table(t)))}`.execute(db);
  },
};

/** Applies one event; returns the fact it changed, if any. */
async function applyOne(db: Db, event: RecordedEvent & DomainEvent): Promise<{ entityId: string; metricId: string } | undefined> {
  const at = event.recordedAt;
  switch (event.type) {
    case 'SourceRegistered':
    case 'SourceUpdated': {
      const d = event.type === 'SourceRegistered' ? event.data : { ...(await currentSource(db, event.data.sourceId)), ...event.data.changes };
      const row = {
        source_id: event.data.sourceId,
        title: d.title!,
        publisher: d.publisher ?? null,
        url: d.url ?? null,
        published_at: d.publishedAt!,
        published_start: parsePartialDate(d.publishedAt!, 'publishedAt').start,
        kind: d.kind!,
        language: d.language!,
      };
      await db.insertInto('rm_sources').values(row).onConflict((oc) => oc.column('source_id').doUpdateSet(row)).execute();
      if (event.type === 'SourceUpdated') {
        await db
          .updateTable('rm_claims')
          .set({ publisher: row.publisher, published_start: row.published_start })
          .where('source_id', '=', row.source_id)
          .execute();
      }
      return undefined;
    }
    case 'MetricDefined': {
      const { metricId, unit, kind, cumulative, tolerance } = event.data;
      await db.insertInto('rm_metrics').values({ metric_id: metricId, unit, kind, cumulative, tolerance }).onConflict((oc) => oc.column('metric_id').doNothing()).execute();
      return undefined;
    }
    case 'EntityDefined': {
      const { entityId, name, aliases } = event.data;
      await db.insertInto('rm_entities').values({ entity_id: entityId, name, aliases: JSON.stringify(aliases) }).onConflict((oc) => oc.column('entity_id').doNothing()).execute();
      return undefined;
    }
    case 'EntityAliasAdded':
      await db
        .updateTable('rm_entities')
        .set({ aliases: sql`aliases || ${JSON.stringify([event.data.alias])}::jsonb` as never })
        .where('entity_id', '=', event.data.entityId)
        .execute();
      return undefined;
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
      const next = { ...current, ...changed(event), row_version: event.streamVersion, recorded_from: at, recorded_to: null, position: event.globalPosition };
      await db
        .insertInto('rm_claims')
        .values({ ...next, value: JSON.stringify(next.value), valid_time: JSON.stringify(next.valid_time), quote: next.quote ? JSON.stringify(next.quote) : null })
        .execute();
      return { entityId: current.entity_id, metricId: current.metric_id };
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
          resolved_by: (event.metadata.actor as string | undefined) ?? null,
          resolved_at: at,
          position: event.globalPosition,
        })
        .execute();
      return { entityId: d.entityId, metricId: d.metricId };
    }
    default:
      return undefined;
  }
}

function recordedRow(event: RecordedEvent & Extract<DomainEvent, { type: 'ClaimRecorded' }>): Insertable<RmClaimsTable> {
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
    value: JSON.stringify(d.value),
    valid_time: JSON.stringify(d.validTime),
    valid_start: span.start,
    valid_end: span.end,
    quote: d.quote ? JSON.stringify(d.quote) : null,
    attribution: d.attribution ?? null,
    note: d.note ?? null,
    recorded_by: (event.metadata.actor as string | undefined) ?? null,
    first_recorded_at: event.recordedAt,
    recorded_from: event.recordedAt,
    recorded_to: null,
    position: event.globalPosition,
  };
}

/** The columns a change to a claim sets. */
function changed(event: Extract<DomainEvent, { type: 'ClaimCorrected' | 'ClaimRetracted' | 'ClaimRestored' | 'ClaimReviewed' | 'ClaimRanked' }>): Partial<RmClaimsTable> {
  switch (event.type) {
    case 'ClaimCorrected': {
      const { value, validTime } = event.data;
      const span = validTime ? validTimeSpan(parseValidTime(validTime)) : undefined;
      return {
        ...(value ? { value } : {}),
        ...(validTime && span ? { valid_time: validTime, valid_start: span.start, valid_end: span.end } : {}),
      } as Partial<RmClaimsTable>;
    }
    case 'ClaimRetracted':
      return { status: 'retracted' };
    case 'ClaimRestored':
      return { status: 'active' };
    case 'ClaimReviewed':
      return { verdict: event.data.verdict };
    case 'ClaimRanked':
      return { rank: event.data.rank };
  }
}

async function currentSource(db: Db, sourceId: string) {
  const row = await db.selectFrom('rm_sources').selectAll().where('source_id', '=', sourceId).executeTakeFirstOrThrow();
  return { title: row.title, publisher: row.publisher ?? undefined, url: row.url ?? undefined, publishedAt: row.published_at, kind: row.kind, language: row.language };
}

/** Rewrites the summary rows of the facts a batch touched, from their current claims. */
export async function rewriteFacts(db: Db, facts: ReadonlyArray<FactKey & { position: number }>): Promise<void> {
  if (facts.length === 0) return;
  const metricIds = [...new Set(facts.map((f) => f.metricId))];
  const metrics = new Map(
    (await db.selectFrom('rm_metrics').selectAll().where('metric_id', 'in', metricIds).execute()).map((m) => [m.metric_id, m]),
  );
  const claims = await loadActiveClaimsOfFacts(db, facts);
  const resolutions = await loadResolutionsOfFacts(db, facts, {});
  const rows = [];
  for (const fact of facts) {
    const metric = metrics.get(fact.metricId);
    if (!metric) continue;
    const key = factKey(fact);
    const summary = summarizeFact(fact.entityId, fact.metricId, claims.get(key) ?? [], metric, resolutions.get(key) ?? []);
    rows.push({
      entity_id: fact.entityId,
      metric_id: fact.metricId,
      summary: JSON.stringify(summary),
      flags: [...summary.flags],
      claim_count: summary.claimCount,
      source_count: summary.sourceCount,
      latest_valid_end: summary.latestValidEnd ?? null,
      position: fact.position,
    });
  }
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('rm_facts')
      .values(rows.slice(i, i + 1000))
      .onConflict((oc) =>
        oc.columns(['entity_id', 'metric_id']).doUpdateSet((eb) => ({
          summary: eb.ref('excluded.summary'),
          flags: eb.ref('excluded.flags'),
          claim_count: eb.ref('excluded.claim_count'),
          source_count: eb.ref('excluded.source_count'),
          latest_valid_end: eb.ref('excluded.latest_valid_end'),
          position: eb.ref('excluded.position'),
        })),
      )
      .execute();
  }
}
