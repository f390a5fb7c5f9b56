import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { decideClaim, type FactClaim, type FactMetric, initialClaimState, parsePartialDate, parseValidTime, validTimeSpan } from '#claims';
import { DATABASE } from '#database';
import { EventStore } from '#event-store';
import { loadRecordClaimCommand, type RecordClaimInput, subjectOf } from './claims.js';
import type { RecordingDb } from './db.js';

/** A claim as recording it would write it, before anything is written. */
export interface ClaimToPreview {
  readonly entityId: string;
  readonly metricId: string;
  /** As the fact views would compare it: the source's publisher and first day of publication. */
  readonly claim: FactClaim;
  readonly metric: FactMetric;
}

/** Decides a RecordClaim as recording would (the same checks, the same 422s) and appends nothing. */
export class PreviewClaimQuery extends Query<ClaimToPreview> {
  constructor(
    readonly input: RecordClaimInput,
    /** The instant the preview is made: the new claim's first recording, for ordering. */
    readonly now: Date,
  ) {
    super();
  }
}

@QueryHandler(PreviewClaimQuery)
export class PreviewClaimHandler implements IQueryHandler<PreviewClaimQuery> {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(DATABASE) private readonly db: RecordingDb,
  ) {}

  async execute({ input, now }: PreviewClaimQuery): Promise<ClaimToPreview> {
    const { entityId } = await subjectOf(this.db, input);
    const { claimId, command, source, metric } = await loadRecordClaimCommand(this.store, input, entityId);
    const [recorded] = decideClaim(command, initialClaimState);
    // decideClaim refuses an unregistered source or undefined metric, so both are known here.
    if (recorded?.type !== 'ClaimRecorded' || source.status !== 'registered' || metric.status !== 'defined') throw new Error('RecordClaim decided nothing');
    const { value, validTime } = recorded.data;
    return {
      entityId,
      metricId: input.metric,
      claim: {
        id: claimId,
        sourceId: input.sourceId,
        ...(source.details.publisher ? { publisher: source.details.publisher } : {}),
        publishedAt: parsePartialDate(source.details.publishedAt, 'publishedAt').start,
        value,
        span: validTimeSpan(parseValidTime(validTime)),
        status: 'active',
        rank: 'normal',
        validTime,
        firstRecordedAt: now.toISOString(),
      },
      metric: metric.definition,
    };
  }
}
