import { type Insertable, type Kysely, sql, type Transaction, type Updateable } from 'kysely';
import type { DomainEvent } from '#claims';
import type { RecordedEvent } from '#event-store';
import { copyRows } from '../copy-rows.js';
import type { Projection } from '../projection.js';
import type { EditorialTables, RmClaimWorkflowTable } from './editorial-tables.js';

type Db = Transaction<EditorialTables>;
type EditorialEvent = RecordedEvent & DomainEvent;

export const EDITORIAL = 'editorial-v1';

/**
 * The editorial read model: each claim's workflow status, assignees, verdict and last change,
 * and its comments. It keeps its own source titles, so it can be rebuilt on its own.
 */
export const editorialProjection: Projection = {
  name: EDITORIAL,
  tables: ['rm_claim_workflow', 'rm_claim_comments', 'rm_editorial_sources'],

  async apply(events: readonly RecordedEvent[], tx: Transaction<any>) {
    const db = tx as unknown as Db;
    // New claims are written together, by COPY; a change to a claim flushes them first.
    const recorded: Array<Insertable<RmClaimWorkflowTable>> = [];
    const flush = async () => {
      await copyRows(db, 'rm_claim_workflow', recorded);
      recorded.length = 0;
    };
    for (const event of events as readonly EditorialEvent[]) {
      if (event.type === 'ClaimRecorded') {
        const d = event.data;
        recorded.push({
          claim_id: d.claimId,
          entity_id: d.entityId,
          metric_id: d.metricId,
          source_id: d.sourceId,
          value: JSON.stringify(d.value),
          valid_time: JSON.stringify(d.validTime),
          claim_status: 'active',
          status: 'unstarted',
          assignees: [],
          verdict: null,
          verdict_outdated: false,
          comment_count: 0,
          ...touched(event),
        });
        continue;
      }
      // Any other event on a claim may touch a row still waiting to be inserted.
      if (recorded.length > 0 && 'claimId' in (event.data as object)) await flush();
      await applyOne(db, event);
    }
    await flush();
  },

  async reset(db: Kysely<any>) {
    await sql`truncate ${sql.join(this.tables.map((t) => sql.table(t)))}`.execute(db);
  },
};

/** What every event on a claim sets: when it last changed, by whom, and the order of the list. */
function touched(event: RecordedEvent) {
  return { changed_at: event.recordedAt, changed_by: event.metadata.actor ?? null, position: event.globalPosition };
}

async function applyOne(db: Db, event: EditorialEvent): Promise<void> {
  const update = (claimId: string, set: Updateable<RmClaimWorkflowTable>) =>
    db
      .updateTable('rm_claim_workflow')
      .set({ ...set, ...touched(event) })
      .where('claim_id', '=', claimId)
      .execute();
  switch (event.type) {
    case 'SourceRegistered':
      await db
        .insertInto('rm_editorial_sources')
        .values({ source_id: event.data.sourceId, title: event.data.title })
        .onConflict((oc) => oc.column('source_id').doUpdateSet({ title: event.data.title }))
        .execute();
      return;
    case 'SourceUpdated':
      if (event.data.changes.title !== undefined) {
        await db.updateTable('rm_editorial_sources').set({ title: event.data.changes.title }).where('source_id', '=', event.data.sourceId).execute();
      }
      return;
    case 'ClaimRecorded':
      return; // inserted in batches by apply
    case 'ClaimCorrected': {
      const { value, validTime } = event.data;
      await update(event.data.claimId, {
        ...(value ? { value: JSON.stringify(value) } : {}),
        ...(validTime ? { valid_time: JSON.stringify(validTime) } : {}),
        // A verdict judges one version of a claim: a correction leaves it out of date (the fact
        // views' rule; the right-hand side reads the row as it was before this update).
        verdict_outdated: sql`verdict_outdated or verdict is not null` as never,
      });
      return;
    }
    case 'ClaimRetracted':
      await update(event.data.claimId, { claim_status: 'retracted' });
      return;
    case 'ClaimRestored':
      await update(event.data.claimId, { claim_status: 'active' });
      return;
    case 'ClaimReviewed':
      await update(event.data.claimId, { verdict: event.data.verdict, verdict_outdated: false });
      return;
    case 'ClaimRanked':
      await update(event.data.claimId, {});
      return;
    case 'ClaimWorkflowMoved':
      await update(event.data.claimId, { status: event.data.to });
      return;
    case 'ReviewerAssigned':
      await update(event.data.claimId, { assignees: sql`array_append(assignees, ${event.data.assignee}::text)` as never });
      return;
    case 'ReviewerUnassigned':
      await update(event.data.claimId, { assignees: sql`array_remove(assignees, ${event.data.assignee}::text)` as never });
      return;
    case 'ClaimCommented':
      await db
        .insertInto('rm_claim_comments')
        .values({
          claim_id: event.data.claimId,
          comment_id: event.data.commentId,
          text: event.data.text,
          author: event.metadata.actor ?? null,
          created_at: event.recordedAt,
          position: event.globalPosition,
        })
        .execute();
      await update(event.data.claimId, { comment_count: sql`comment_count + 1` as never });
      return;
    case 'EntityDefined':
    case 'EntityAliasAdded':
    case 'MetricDefined':
    case 'ContradictionResolved':
      // Entities, metrics and contradictions are no concern of the editorial model.
      return;
    default:
      // Nor are events of other kinds in the log (API keys).
      event satisfies never;
  }
}
