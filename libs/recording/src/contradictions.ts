import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type ContradictionCommand,
  type ContradictionEvent,
  type ContradictionState,
  decideContradiction,
  evolveContradiction,
  initialContradictionState,
  notFound,
  streamIds,
} from '#claims';
import { EventStore } from '#event-store';
import type { RecordingDb } from './db.js';
import type { RequestContext } from '#access';
import { type CommandResult, type Decider, runCommand } from './run-command.js';
import { DATABASE } from '#database';

const contradictionDecider: Decider<ContradictionCommand, ContradictionEvent, ContradictionState> = {
  decide: decideContradiction,
  evolve: evolveContradiction,
  initial: initialContradictionState,
};

/**
 * The fact and the claims of the contradiction with this id, as the fact views show it now: one
 * probe of rm_contradictions, which the projector keeps beside the summaries.
 */
async function contradictionById(db: RecordingDb, id: string) {
  if (!UUID.test(id)) return undefined;
  const row = await db.selectFrom('rm_contradictions').select(['entity_id', 'metric_id', 'claim_ids']).where('contradiction_id', '=', id).executeTakeFirst();
  return row && { entityId: row.entity_id, metricId: row.metric_id, claimIds: row.claim_ids };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class ResolveContradictionCommand extends Command<CommandResult<ContradictionState> & { contradictionId: string }> {
  constructor(
    readonly contradictionId: string,
    readonly preferred: readonly string[],
    readonly reason: string,
    readonly context: RequestContext,
  ) {
    super();
  }
}

/** Settles a contradiction as the fact views show it now (its claims, by id), with the editor's choice. */
@CommandHandler(ResolveContradictionCommand)
export class ResolveContradictionHandler implements ICommandHandler<ResolveContradictionCommand> {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(DATABASE) private readonly db: RecordingDb,
  ) {}

  async execute({ contradictionId, preferred, reason, context }: ResolveContradictionCommand) {
    const found = await contradictionById(this.db, contradictionId);
    if (!found) throw notFound(`contradiction ${contradictionId}`);
    const result = await runCommand(this.store, {
      streamId: streamIds.contradiction(contradictionId),
      decider: contradictionDecider,
      command: {
        type: 'ResolveContradiction',
        contradictionId,
        entityId: found.entityId,
        metricId: found.metricId,
        claimIds: found.claimIds,
        preferred,
        reason,
      },
      context,
    });
    return { ...result, contradictionId };
  }
}
