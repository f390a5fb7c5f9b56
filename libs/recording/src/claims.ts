import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type ClaimCommand,
  type ClaimEvent,
  type ClaimState,
  type MetricState,
  type SourceState,
  claimIdFor,
  decideClaim,
  evolveClaim,
  initialClaimState,
  invalid,
  notFound,
  type Quote,
  type QuantityInput,
  type Rank,
  slugify,
  streamIds,
  type ValidTimeInput,
  type Verdict,
} from '#claims';
import { EventStore } from '#event-store';
import type { RecordingDb } from './db.js';
import { runEntityCommand } from './entities.js';
import { resolveEntityName } from './entity-names.js';
import { metricDecider } from './metrics.js';
import type { RequestContext } from '#access';
import { type CommandResult, type Decider, loadStream, loadStreamState, runCommand } from './run-command.js';
import { sourceDecider } from './sources.js';
import { DATABASE } from '#database';

export const claimDecider: Decider<ClaimCommand, ClaimEvent, ClaimState> = {
  decide: decideClaim,
  evolve: evolveClaim,
  initial: initialClaimState,
};

export interface RecordClaimInput {
  readonly sourceId: string;
  /** Entity id, name or alias. */
  readonly subject: string;
  readonly metric: string;
  readonly value: QuantityInput;
  readonly validTime: ValidTimeInput;
  readonly quote?: Quote;
  readonly attribution?: string;
  readonly note?: string;
  /** Define the subject as a new entity when no entity answers to it. */
  readonly createEntity?: boolean;
}

export interface ClaimWritten extends CommandResult<ClaimState> {
  readonly claimId: string;
  readonly created: boolean;
  /** The claim's source as the command saw it, when it read it: the reply need not read it again. */
  readonly source?: SourceState;
}

/** A metric, once defined, never changes: its stream has no further events. */
export const definedForGood = { final: (metric: MetricState) => metric.status === 'defined' };

/**
 * A claim is decided on its source's registration and text, which no later event changes (the
 * text, once set, is fixed). So a registered source with a text (or any registered source, for a
 * claim without a quote) is taken as this process read it up to this long ago; only the title
 * and publisher in the reply may be that old.
 */
const SOURCE_REUSE_MS = 1000;
const sourceReuse = (input: RecordClaimInput) => ({
  maxAge: (source: SourceState) => (source.status === 'registered' && (source.details.text !== undefined || !input.quote) ? SOURCE_REUSE_MS : 0),
});

export class RecordClaimCommand extends Command<ClaimWritten> {
  constructor(
    readonly input: RecordClaimInput,
    readonly context: RequestContext,
  ) {
    super();
  }
}

/** Every change to an existing claim: a correction, retraction, restoration, review or rank. */
export type ClaimChange =
  | { readonly type: 'CorrectClaim'; readonly value?: QuantityInput; readonly validTime?: ValidTimeInput; readonly reason: string }
  | { readonly type: 'RetractClaim'; readonly reason: string }
  | { readonly type: 'RestoreClaim'; readonly reason: string }
  | { readonly type: 'ReviewClaim'; readonly verdict: Verdict; readonly note?: string }
  | { readonly type: 'RankClaim'; readonly rank: Rank; readonly reason: string };

export class ChangeClaimCommand extends Command<ClaimWritten> {
  constructor(
    readonly claimId: string,
    readonly change: ClaimChange,
    readonly context: RequestContext,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

/**
 * The RecordClaim command for an input whose subject is resolved: its source and metric read,
 * its id derived. Recording runs it; a preview decides it without appending.
 */
export async function loadRecordClaimCommand(store: EventStore, input: RecordClaimInput, entityId: string) {
  const [source, metric] = await Promise.all([
    loadStreamState(store, streamIds.source(input.sourceId), sourceDecider, sourceReuse(input)),
    loadStreamState(store, streamIds.metric(input.metric), metricDecider, definedForGood),
  ]);
  const { claimId, command } = recordClaimCommand(input, entityId, source.state, metric.state);
  return { claimId, command, source: source.state, metric: metric.state };
}

@CommandHandler(RecordClaimCommand)
export class RecordClaimHandler implements ICommandHandler<RecordClaimCommand> {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(DATABASE) private readonly db: RecordingDb,
  ) {}

  async execute({ input, context }: RecordClaimCommand): Promise<ClaimWritten> {
    const entityId = await this.resolveSubject(input, context);
    const { claimId, command, source } = await loadRecordClaimCommand(this.store, input, entityId);
    const result = await runCommand(this.store, { streamId: streamIds.claim(claimId), decider: claimDecider, command, context, usuallyNew: true });
    return { ...result, claimId, created: result.appended > 0, source };
  }

  private async resolveSubject(input: RecordClaimInput, context: RequestContext): Promise<string> {
    const { entityId, known } = await subjectOf(this.db, input);
    if (!known) {
      await runEntityCommand(this.store, this.db, { type: 'DefineEntity', entityId, name: input.subject, aliases: [] }, context, () => 'subject');
    }
    return entityId;
  }
}

/** The entity a claim's subject names, or the one createEntity would define for it. */
export async function subjectOf(db: RecordingDb, input: RecordClaimInput): Promise<{ entityId: string; known: boolean }> {
  const known = await resolveEntityName(db, input.subject);
  if (known) return { entityId: known, known: true };
  if (!input.createEntity) {
    throw invalid('subject', `no entity is called '${input.subject}'; define it, or send createEntity: true`);
  }
  return { entityId: entityIdForName(input.subject), known: false };
}

/**
 * The RecordClaim command for an input whose subject is resolved and whose source and metric
 * are loaded, with the claim's id: the same for a claim sent to POST /v1/claims and one read
 * from an import.
 */
export function recordClaimCommand(
  input: Omit<RecordClaimInput, 'createEntity'>,
  entityId: string,
  source: SourceState,
  metric: MetricState,
): { readonly claimId: string; readonly command: ClaimCommand } {
  const unit = input.value.unit ?? (metric.status === 'defined' ? metric.definition.unit : undefined);
  const claimId = claimIdFor({
    sourceId: input.sourceId,
    entityId,
    metricId: input.metric,
    validTime: input.validTime,
    quote: input.quote,
    value: { ...input.value, unit },
  });
  const command: ClaimCommand = {
    type: 'RecordClaim',
    claimId,
    sourceId: input.sourceId,
    entityId,
    metricId: input.metric,
    value: input.value,
    validTime: input.validTime,
    quote: input.quote,
    attribution: input.attribution,
    note: input.note,
    source,
    metric,
  };
  return { claimId, command };
}

/** The id a subject that names no entity gets when it is defined as a new one. */
export function entityIdForName(name: string): string {
  const entityId = slugify(name);
  if (!entityId) throw invalid('subject', `'${name}' gives no usable entity id`);
  return entityId;
}

/** Defines a new entity under the name a claim gave its subject; its id is the name's slug. */
export async function defineEntityNamed(store: EventStore, db: RecordingDb, name: string, context: RequestContext): Promise<string> {
  const entityId = entityIdForName(name);
  await runEntityCommand(store, db, { type: 'DefineEntity', entityId, name, aliases: [] }, context, () => 'subject');
  return entityId;
}

@CommandHandler(ChangeClaimCommand)
export class ChangeClaimHandler implements ICommandHandler<ChangeClaimCommand> {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async execute({ claimId, change, context, expectedVersion }: ChangeClaimCommand): Promise<ClaimWritten> {
    const streamId = streamIds.claim(claimId);
    let command: ClaimCommand;
    if (change.type === 'CorrectClaim') {
      // A corrected value is checked against the claim's metric.
      const { state } = await loadStream(this.store, streamId, claimDecider);
      if (state.status === 'none') throw notFound(`claim ${claimId}`);
      const metric = await loadStreamState(this.store, streamIds.metric(state.metricId), metricDecider, definedForGood);
      command = { ...change, claimId, metric: metric.state };
    } else {
      command = { ...change, claimId };
    }
    const result = await runCommand(this.store, { streamId, decider: claimDecider, command, context, expectedVersion });
    return { ...result, claimId, created: false };
  }
}
