import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { type ClaimEvent, type ClaimState, notFound, type SourceState, streamIds, type WorkflowStatus } from '#claims';
import { EventStore } from '#event-store';
import { claimDecider } from './claims.js';
import { type LoadedStream, loadStream, loadStreamState, type StreamEvent } from './run-command.js';
import { sourceDecider } from './sources.js';
import { type CommentView, commentsOf } from './workflow.js';

/** An event of the claim's stream, with its type and data as the domain defines them. */
export type ClaimHistoryEntry = {
  readonly version: number;
  readonly recordedAt: string;
  readonly actor?: string;
  readonly requestId?: string;
  readonly position: number;
} & ClaimEvent;

export interface ClaimView {
  readonly id: string;
  readonly status: 'active' | 'retracted';
  readonly subject: string;
  readonly metric: string;
  readonly value: Extract<ClaimState, { id: string }>['value'];
  readonly validTime: Extract<ClaimState, { id: string }>['validTime'];
  readonly quote?: Extract<ClaimState, { id: string }>['quote'];
  readonly attribution?: string;
  readonly note?: string;
  readonly rank: string;
  readonly verdict?: string;
  /** Set when the claim was corrected after its verdict: the verdict judged an earlier version. */
  readonly verdictOutdated?: true;
  readonly source: { readonly id: string; readonly title?: string; readonly publisher?: string; readonly url?: string; readonly publishedAt?: string };
  readonly recordedBy?: string;
  readonly recordedAt: string;
  readonly workflow: WorkflowView;
  readonly version: number;
  readonly position: number;
  readonly history: readonly ClaimHistoryEntry[];
}

/** Where the claim is in review, who reviews it, and what was said about it, oldest first. */
export interface WorkflowView {
  readonly status: WorkflowStatus;
  readonly assignees: readonly string[];
  readonly comments: readonly CommentView[];
}

/** What a write just learned of the claim: a reply to it need not read it again. */
export interface KnownClaim {
  /** The claim's source as the write read it. */
  readonly source?: SourceState;
  /** The whole claim stream after the write, when the write saw all of it. */
  readonly stream?: LoadedStream<ClaimState, StreamEvent>;
}

export class GetClaimQuery extends Query<ClaimView> {
  constructor(
    readonly claimId: string,
    readonly known: KnownClaim = {},
  ) {
    super();
  }
}

/** A claim with its provenance: the source, who recorded it, and every event on it. */
@QueryHandler(GetClaimQuery)
export class GetClaimHandler implements IQueryHandler<GetClaimQuery> {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async execute({ claimId, known }: GetClaimQuery): Promise<ClaimView> {
    const { state, version, events } = known.stream ?? (await loadStream(this.store, streamIds.claim(claimId), claimDecider));
    if (state.status === 'none') throw notFound(`claim ${claimId}`);
    const source =
      known.source?.status === 'registered' && known.source.id === state.sourceId
        ? { state: known.source }
        : await loadStreamState(this.store, streamIds.source(state.sourceId), sourceDecider);
    const details = source.state.status === 'registered' ? source.state.details : undefined;
    const first = events[0]!;
    return {
      id: state.id,
      status: state.status,
      subject: state.entityId,
      metric: state.metricId,
      value: state.value,
      validTime: state.validTime,
      ...(state.quote ? { quote: state.quote } : {}),
      ...(state.attribution ? { attribution: state.attribution } : {}),
      ...(state.note ? { note: state.note } : {}),
      rank: state.rank,
      ...(state.verdict ? { verdict: state.verdict } : {}),
      ...(state.verdictOutdated ? { verdictOutdated: true as const } : {}),
      source: {
        id: state.sourceId,
        ...(details ? { title: details.title, publisher: details.publisher, url: details.url, publishedAt: details.publishedAt } : {}),
      },
      recordedBy: first.metadata.actor,
      recordedAt: first.recordedAt.toISOString(),
      workflow: { status: state.workflow.status, assignees: state.workflow.assignees, comments: commentsOf(events) },
      version,
      position: events.at(-1)!.globalPosition,
      history: events.map((e) => ({
        version: e.streamVersion,
        // A claim's stream holds claim events only: what appends to it is claimDecider.
        ...({ type: e.type, data: e.data } as ClaimEvent),
        recordedAt: e.recordedAt.toISOString(),
        actor: e.metadata.actor,
        requestId: e.metadata.requestId,
        position: e.globalPosition,
      })),
    };
  }
}
