import { asStated, type DomainEvent } from '#claims';
import { type Checkpoint, type EventStore, type RecordedEvent, START } from '#event-store';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type RecordLine } from './records.js';

// The log as lines an import reads back (records.ts): one line per domain event, in log order,
// each the command that decides that event again. Events of other streams (API keys) are no
// part of the figures and stay with their instance.

/** The line that imports an event again; undefined for an event that is not the domain's. */
export function exportLine(event: RecordedEvent): RecordLine | undefined {
  // Typed as the domain's, so that a new domain event is a compile error here until it has its
  // line; an event of another stream (an API key's) falls through to `default` at run time.
  const domain = { type: event.type, data: event.data } as DomainEvent;
  const origin = { at: event.recordedAt.toISOString(), ...(event.metadata.actor ? { by: event.metadata.actor } : {}) };
  const version = event.streamVersion;
  switch (domain.type) {
    case 'SourceRegistered': {
      const { sourceId, ...details } = domain.data;
      return { record: 'source', id: sourceId, ...details, ...origin };
    }
    case 'SourceUpdated':
      return { record: 'source_update', id: domain.data.sourceId, changes: domain.data.changes, version, ...origin };
    case 'EntityDefined':
      return { record: 'entity', id: domain.data.entityId, name: domain.data.name, aliases: [...domain.data.aliases], ...origin };
    case 'EntityAliasAdded':
      return { record: 'entity_alias', ...domain.data, version, ...origin };
    case 'MetricDefined': {
      const { metricId, ...definition } = domain.data;
      return { record: 'metric', id: metricId, ...definition, ...origin };
    }
    case 'ClaimRecorded': {
      // The value as stated: the import converts it to the metric's unit again.
      const { claimId, value, ...content } = domain.data;
      return { record: 'claim', id: claimId, value: asStated(value), ...content, ...origin };
    }
    case 'ClaimCorrected': {
      // `previous` is what the claim held: the import's decider works it out again.
      const { previous: _, value, ...correction } = domain.data;
      return { record: 'correction', ...correction, ...(value ? { value: asStated(value) } : {}), version, ...origin };
    }
    case 'ClaimRetracted':
      return { record: 'retraction', ...domain.data, version, ...origin };
    case 'ClaimRestored':
      return { record: 'restoration', ...domain.data, version, ...origin };
    case 'ClaimReviewed':
      return { record: 'review', ...domain.data, version, ...origin };
    case 'ClaimRanked': {
      const { previous: _, ...rank } = domain.data;
      return { record: 'rank', ...rank, version, ...origin };
    }
    case 'ClaimWorkflowMoved': {
      const { from: _, ...move } = domain.data;
      return { record: 'workflow', ...move, version, ...origin };
    }
    case 'ReviewerAssigned':
      return { record: 'assignment', ...domain.data, version, ...origin };
    case 'ReviewerUnassigned':
      return { record: 'unassignment', ...domain.data, version, ...origin };
    case 'ClaimCommented':
      return { record: 'comment', ...domain.data, version, ...origin };
    case 'ContradictionResolved': {
      const { claimIds, preferred, ...rest } = domain.data;
      return { record: 'resolution', ...rest, claimIds: [...claimIds], preferred: [...preferred], version, ...origin };
    }
    default:
      domain satisfies never;
      return undefined;
  }
}

export interface ExportProgress {
  /** Events read from the log so far. */
  readonly events: number;
  /** Lines written (the header among them). */
  readonly lines: number;
}

/**
 * The export as NDJSON lines (each ending in a newline): a header, then a line per domain event
 * in log order. The log is read a page at a time, never whole; the export ends where the log
 * stood when it started (every transaction committed by then, and none after), so a write
 * answered before the export began is in it, and a log that grows meanwhile does not keep it going.
 */
export async function* exportLog(
  store: EventStore,
  options: { readonly pageSize?: number; readonly now?: Date; readonly onProgress?: (progress: ExportProgress) => void } = {},
): AsyncGenerator<string> {
  const header: RecordLine = {
    record: 'header',
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
  };
  yield `${JSON.stringify(header)}\n`;
  const visibleIn = await store.snapshot();
  const limit = options.pageSize ?? 1000;
  let after: Checkpoint = START;
  let events = 0;
  let lines = 1;
  for (;;) {
    const page = await store.readAll({ after, limit, visibleIn });
    let chunk = '';
    for (const event of page.events) {
      const exported = exportLine(event);
      if (exported) {
        chunk += `${JSON.stringify(exported)}\n`;
        lines++;
      }
    }
    events += page.events.length;
    if (chunk) yield chunk;
    options.onProgress?.({ events, lines });
    if (page.events.length < limit) return;
    after = page.checkpoint;
  }
}
