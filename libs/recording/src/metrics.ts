import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler, type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import {
  decideMetric,
  evolveMetric,
  initialMetricState,
  type Measure,
  type MetricCommand,
  type MetricDefinition,
  type MetricEvent,
  type MetricState,
  measureOf,
  notFound,
  streamIds,
} from '#claims';
import { EventStore } from '#event-store';
import type { RequestContext } from '#access';
import { type Decider, loadStream, runCommand } from './run-command.js';
import type { Written } from './sources.js';

export const metricDecider: Decider<MetricCommand, MetricEvent, MetricState> = {
  decide: decideMetric,
  evolve: evolveMetric,
  initial: initialMetricState,
};

export interface MetricView extends MetricDefinition {
  readonly id: string;
  readonly measure: Measure;
  readonly version: number;
}

const metricView = (state: MetricState, version: number): MetricView => {
  if (state.status !== 'defined') throw new Error('no such metric');
  return { id: state.id, ...state.definition, measure: measureOf(state.definition), version };
};

export class DefineMetricCommand extends Command<Written<MetricView>> {
  constructor(
    readonly input: MetricDefinition & { readonly id: string },
    readonly context: RequestContext,
  ) {
    super();
  }
}

export class GetMetricQuery extends Query<MetricView> {
  constructor(readonly metricId: string) {
    super();
  }
}

@CommandHandler(DefineMetricCommand)
export class DefineMetricHandler implements ICommandHandler<DefineMetricCommand> {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async execute({ input: { id, ...definition }, context }: DefineMetricCommand) {
    const result = await runCommand(this.store, {
      streamId: streamIds.metric(id),
      decider: metricDecider,
      command: { type: 'DefineMetric', metricId: id, ...definition },
      context,
    });
    return { ...result, resource: metricView(result.state, result.version), created: result.version === result.appended };
  }
}

@QueryHandler(GetMetricQuery)
export class GetMetricHandler implements IQueryHandler<GetMetricQuery> {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async execute({ metricId }: GetMetricQuery) {
    const { state, version } = await loadStream(this.store, streamIds.metric(metricId), metricDecider);
    if (state.status !== 'defined') throw notFound(`metric ${metricId}`);
    return metricView(state, version);
  }
}
