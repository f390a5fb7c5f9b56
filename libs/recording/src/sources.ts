import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler, type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import {
  decideSource,
  deterministicUuid,
  evolveSource,
  initialSourceState,
  notFound,
  parsePartialDate,
  type Precision,
  type SourceCommand,
  type SourceDetails,
  type SourceDetailsInput,
  type SourceEvent,
  type SourceState,
  streamIds,
} from '#claims';
import { EventStore } from '#event-store';
import type { RequestContext } from '#access';
import { type Decider, loadStream, runCommand } from './run-command.js';

export const sourceDecider: Decider<SourceCommand, SourceEvent, SourceState> = {
  decide: decideSource,
  evolve: evolveSource,
  initial: initialSourceState,
};

export interface SourceView extends SourceDetails {
  readonly id: string;
  readonly publishedAtPrecision: Precision;
  readonly version: number;
}
export interface Written<View> {
  readonly resource: View;
  readonly version: number;
  readonly position: number;
  readonly created: boolean;
}

function sourceView(state: SourceState, version: number): SourceView {
  if (state.status !== 'registered') throw new Error('no such source');
  const { publishedAt } = state.details;
  return { id: state.id, ...state.details, publishedAtPrecision: parsePartialDate(publishedAt, 'publishedAt').precision, version };
}

/** The same URL is the same source (without one: the same title, publisher and date). */
export const sourceIdFor = (details: SourceDetailsInput, id?: string) =>
  id ?? (details.url ? deterministicUuid('source', details.url) : deterministicUuid('source', details.title, details.publisher ?? '', details.publishedAt));

export class RegisterSourceCommand extends Command<Written<SourceView>> {
  constructor(
    readonly details: SourceDetailsInput & { readonly id?: string },
    readonly context: RequestContext,
  ) {
    super();
  }
}

export class UpdateSourceCommand extends Command<Written<SourceView>> {
  constructor(
    readonly sourceId: string,
    readonly changes: Partial<SourceDetails>,
    readonly context: RequestContext,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

export class GetSourceQuery extends Query<SourceView> {
  constructor(readonly sourceId: string) {
    super();
  }
}

@CommandHandler(RegisterSourceCommand)
export class RegisterSourceHandler implements ICommandHandler<RegisterSourceCommand> {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async execute({ details: { id, ...details }, context }: RegisterSourceCommand) {
    const sourceId = sourceIdFor(details, id);
    const result = await runCommand(this.store, {
      streamId: streamIds.source(sourceId),
      decider: sourceDecider,
      command: { type: 'RegisterSource', sourceId, details },
      context,
    });
    return { ...result, resource: sourceView(result.state, result.version), created: result.version === result.appended };
  }
}

@CommandHandler(UpdateSourceCommand)
export class UpdateSourceHandler implements ICommandHandler<UpdateSourceCommand> {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async execute({ sourceId, changes, context, expectedVersion }: UpdateSourceCommand) {
    const result = await runCommand(this.store, {
      streamId: streamIds.source(sourceId),
      decider: sourceDecider,
      command: { type: 'UpdateSource', sourceId, changes },
      context,
      expectedVersion,
    });
    return { ...result, resource: sourceView(result.state, result.version), created: false };
  }
}

@QueryHandler(GetSourceQuery)
export class GetSourceHandler implements IQueryHandler<GetSourceQuery> {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async execute({ sourceId }: GetSourceQuery) {
    const { state, version } = await loadStream(this.store, streamIds.source(sourceId), sourceDecider);
    if (state.status !== 'registered') throw notFound(`source ${sourceId}`);
    return sourceView(state, version);
  }
}
