import { type Kysely, sql, type Transaction } from 'kysely';
import { type DomainEvent, parsePartialDate, streamIds } from '#claims';
import { type EventStoreTables, readStream, type RecordedEvent } from '#event-store';
import type { Projection } from '../projection.js';
import type { RmSearchTable, SearchTables } from './search-tables.js';

type Db = Transaction<SearchTables>;
type SearchEvent = RecordedEvent & DomainEvent;
/** A new claim's row, without what its source gives it. */
type NewClaim = Pick<RmSearchTable, 'doc_id' | 'claim_id' | 'source_id' | 'entity_id' | 'metric_id' | 'heading' | 'detail' | 'body' | 'position'>;

export const SEARCH = 'search-v1';

/**
 * A source's text is searched by its first 100,000 characters: a tsvector holds at most 1 MB,
 * and a longer text must not stop the projector.
 */
const MAX_TEXT = 100_000;

const lower = (...parts: ReadonlyArray<string | null | undefined>) =>
  parts
    .filter((p) => p)
    .join('\n')
    .toLowerCase();
/** `member-count` is also found as "member count". */
const metricWords = (id: string) => id.replace(/[-_.:/]+/g, ' ').trim();
const startOf = (publishedAt: string) => parsePartialDate(publishedAt, 'publishedAt').start;
const sourceDoc = (id: string) => `source:${id}`;
const claimDoc = (id: string) => `claim:${id}`;

/** Whether a claim has words of its own to be found by: a quote, an attribution or a note. */
const worded = (d: Extract<DomainEvent, { type: 'ClaimRecorded' }>['data']) => Boolean(d.quote?.text || d.attribution || d.note);

/**
 * The search read model (rm_search): one row per claim, source, entity, metric and comment, with
 * its texts and what the filters need (subject, metric, publisher, publication date). It keeps
 * no state of other projections, so it is rebuilt on its own. New claims are written in batches
 * of one statement; changes to a claim's value, status or review touch no search row. A claim
 * without words of its own (no quote, attribution or note: most of a data set's claims) has no
 * row, since no search could find it; a comment on it takes the claim's source, subject and
 * metric from the claim's first event in the log.
 */
export const searchProjection: Projection = {
  name: SEARCH,
  tables: ['rm_search'],

  async apply(events: readonly RecordedEvent[], tx: Transaction<any>) {
    const db = tx as unknown as Db;
    const claims: NewClaim[] = [];
    const flush = async () => {
      if (claims.length > 0) {
        // One statement whatever the batch's size, planned once: the claims come as one JSON
        // parameter, and their publisher and date from their sources' rows by a join.
        await sql`
          insert into rm_search (doc_id, kind, claim_id, source_id, entity_id, metric_id, publisher, published_start, heading, detail, body, position)
          select c.doc_id, 'claim', c.claim_id, c.source_id, c.entity_id, c.metric_id, s.publisher, s.published_start, c.heading, c.detail, c.body, c.position
          from json_to_recordset(${JSON.stringify(claims)}::json)
            as c(doc_id text, claim_id text, source_id text, entity_id text, metric_id text, heading text, detail text, body text, position bigint)
          left join rm_search s on s.doc_id = 'source:' || c.source_id
          on conflict (doc_id) do nothing`.execute(db);
        claims.length = 0;
      }
    };
    for (const event of events as readonly SearchEvent[]) {
      if (event.type === 'ClaimRecorded') {
        const d = event.data;
        if (worded(d)) {
          claims.push({
            doc_id: claimDoc(d.claimId),
            claim_id: d.claimId,
            source_id: d.sourceId,
            entity_id: d.entityId,
            metric_id: d.metricId,
            heading: d.quote?.text ?? '',
            detail: d.attribution ?? null,
            body: d.note ?? null,
            position: event.globalPosition,
          });
        }
        continue;
      }
      if (event.type === 'ClaimCommented' || event.type === 'SourceUpdated') await flush();
      await applyOne(db, event);
    }
    await flush();
  },

  async reset(db: Kysely<any>) {
    await sql`truncate ${sql.join(this.tables.map((t) => sql.table(t)))}`.execute(db);
  },
};

async function applyOne(db: Db, event: SearchEvent): Promise<void> {
  switch (event.type) {
    case 'SourceRegistered': {
      const d = event.data;
      const row = {
        doc_id: sourceDoc(d.sourceId),
        kind: 'source' as const,
        source_id: d.sourceId,
        publisher: d.publisher ?? null,
        published_start: startOf(d.publishedAt),
        heading: d.title,
        detail: d.publisher ?? null,
        body: d.text?.slice(0, MAX_TEXT) ?? null,
        names: lower(d.title, d.publisher),
        position: event.globalPosition,
      };
      await db
        .insertInto('rm_search')
        .values(row)
        .onConflict((oc) => oc.column('doc_id').doUpdateSet(row))
        .execute();
      return;
    }
    case 'SourceUpdated': {
      const { sourceId, changes } = event.data;
      const published = changes.publishedAt === undefined ? undefined : startOf(changes.publishedAt);
      await db
        .updateTable('rm_search')
        .set({
          ...(changes.title !== undefined ? { heading: changes.title } : {}),
          ...(changes.publisher !== undefined ? { detail: changes.publisher, publisher: changes.publisher } : {}),
          ...(changes.text !== undefined ? { body: changes.text.slice(0, MAX_TEXT) } : {}),
          ...(published !== undefined ? { published_start: published } : {}),
          names: sql`lower(${changes.title ?? sql.ref('heading')} || E'\n' || coalesce(${changes.publisher ?? sql.ref('detail')}, ''))` as never,
        })
        .where('doc_id', '=', sourceDoc(sourceId))
        .execute();
      if (changes.publisher !== undefined || published !== undefined) {
        await db
          .updateTable('rm_search')
          .set({
            ...(changes.publisher !== undefined ? { publisher: changes.publisher } : {}),
            ...(published !== undefined ? { published_start: published } : {}),
          })
          .where('source_id', '=', sourceId)
          .where('kind', 'in', ['claim', 'comment'])
          .execute();
      }
      return;
    }
    case 'EntityDefined': {
      const { entityId, name, aliases } = event.data;
      await db
        .insertInto('rm_search')
        .values({
          doc_id: `entity:${entityId}`,
          kind: 'entity',
          entity_id: entityId,
          heading: name,
          detail: aliases.length > 0 ? aliases.join('\n') : null,
          names: lower(entityId, name, ...aliases),
          position: event.globalPosition,
        })
        .onConflict((oc) => oc.column('doc_id').doNothing())
        .execute();
      return;
    }
    case 'EntityAliasAdded': {
      const { entityId, alias } = event.data;
      await db
        .updateTable('rm_search')
        .set({
          detail: sql`coalesce(detail || E'\n', '') || ${alias}` as never,
          names: sql`names || E'\n' || ${alias.toLowerCase()}` as never,
        })
        .where('doc_id', '=', `entity:${entityId}`)
        .execute();
      return;
    }
    case 'MetricDefined': {
      const { metricId, unit } = event.data;
      await db
        .insertInto('rm_search')
        .values({
          doc_id: `metric:${metricId}`,
          kind: 'metric',
          metric_id: metricId,
          heading: metricId,
          detail: `${metricWords(metricId)} ${unit}`,
          names: lower(metricId, metricWords(metricId)),
          position: event.globalPosition,
        })
        .onConflict((oc) => oc.column('doc_id').doNothing())
        .execute();
      return;
    }
    case 'ClaimCommented': {
      const { claimId, commentId, text } = event.data;
      // The comment is found with its claim's subject and metric, and its source's publisher and
      // date, which SourceUpdated keeps up to date on the claim's row and the comment's alike.
      // They come from the claim's first event, ClaimRecorded, which the log holds before any
      // comment (a claim's source, subject and metric never change): read here rather than kept
      // in a row per claim, since most claims are never commented on. Read as stored: ClaimRecorded
      // has had one schema version, with no upcaster to apply.
      const [first] = await readStream(db as unknown as Kysely<EventStoreTables>, streamIds.claim(claimId), { toVersion: 1 });
      const claim = first?.type === 'ClaimRecorded' ? (first.data as Extract<DomainEvent, { type: 'ClaimRecorded' }>['data']) : undefined;
      await sql`
        insert into rm_search (doc_id, kind, claim_id, comment_id, source_id, entity_id, metric_id, publisher, published_start, heading, detail, position)
        select ${`comment:${claimId}:${commentId}`}, 'comment', ${claimId}, ${commentId}, ${claim?.sourceId ?? null}, ${claim?.entityId ?? null},
               ${claim?.metricId ?? null}, s.publisher, s.published_start, '', ${text}, ${event.globalPosition}
        from (select 1) one
        left join rm_search s on s.doc_id = ${claim ? sourceDoc(claim.sourceId) : null}
        on conflict (doc_id) do nothing`.execute(db);
      return;
    }
    case 'ClaimRecorded':
      return; // inserted in batches by apply
    case 'ClaimCorrected':
    case 'ClaimRetracted':
    case 'ClaimRestored':
    case 'ClaimReviewed':
    case 'ClaimRanked':
    case 'ClaimWorkflowMoved':
    case 'ReviewerAssigned':
    case 'ReviewerUnassigned':
    case 'ContradictionResolved':
      // None of these changes a word that is searched.
      return;
    default:
      // Nor do events of other kinds in the log (API keys).
      event satisfies never;
  }
}
