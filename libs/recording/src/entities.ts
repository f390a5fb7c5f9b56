import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler, type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { decideEntity, type EntityCommand, type EntityEvent, type EntityState, evolveEntity, initialEntityState, notFound, streamIds } from '#claims';
import { EventStore } from '#event-store';
import type { RecordingDb } from './db.js';
import { reserveEntityNames } from './entity-names.js';
import type { RequestContext } from '#access';
import { type Decider, loadStream, runCommand } from './run-command.js';
import type { Written } from './sources.js';
import { DATABASE } from '#database';

export const entityDecider: Decider<EntityCommand, EntityEvent, EntityState> = {
  decide: decideEntity,
  evolve: evolveEntity,
  initial: initialEntityState,
};

export interface EntityView {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly version: number;
}

const entityView = (state: EntityState, version: number): EntityView => {
  if (state.status !== 'defined') throw new Error('no such entity');
  return { id: state.id, name: state.name, aliases: state.aliases, version };
};

export class DefineEntityCommand extends Command<Written<EntityView>> {
  constructor(
    readonly input: { readonly id: string; readonly name: string; readonly aliases: readonly string[] },
    readonly context: RequestContext,
  ) {
    super();
  }
}

export class AddEntityAliasCommand extends Command<Written<EntityView>> {
  constructor(
    readonly entityId: string,
    readonly alias: string,
    readonly context: RequestContext,
  ) {
    super();
  }
}

export class GetEntityQuery extends Query<EntityView> {
  constructor(readonly entityId: string) {
    super();
  }
}

/**
 * Runs an entity command and reserves its names in one transaction: an alias that names
 * another entity refuses the command and nothing is written.
 */
export async function runEntityCommand(
  store: EventStore,
  db: RecordingDb,
  command: EntityCommand,
  context: RequestContext,
  fields: (name: string) => string,
): Promise<Written<EntityView> & { readonly appended: number }> {
  return db.transaction().execute(async (tx) => {
    const result = await runCommand(store, { streamId: streamIds.entity(command.entityId), decider: entityDecider, command, context, db: tx });
    if (result.state.status === 'defined' && result.appended > 0) {
      const names = [result.state.id, result.state.name, ...result.state.aliases];
      await reserveEntityNames(
        tx,
        result.state.id,
        names.map((name) => ({ name, field: fields(name) })),
      );
    }
    return { ...result, resource: entityView(result.state, result.version), created: result.version === result.appended };
  });
}

@CommandHandler(DefineEntityCommand)
export class DefineEntityHandler implements ICommandHandler<DefineEntityCommand> {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(DATABASE) private readonly db: RecordingDb,
  ) {}

  execute({ input, context }: DefineEntityCommand) {
    const command: EntityCommand = { type: 'DefineEntity', entityId: input.id, name: input.name, aliases: input.aliases };
    return runEntityCommand(this.store, this.db, command, context, (name) => {
      const i = input.aliases.indexOf(name);
      return i >= 0 ? `aliases.${i}` : name === input.id ? 'id' : 'name';
    });
  }
}

@CommandHandler(AddEntityAliasCommand)
export class AddEntityAliasHandler implements ICommandHandler<AddEntityAliasCommand> {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(DATABASE) private readonly db: RecordingDb,
  ) {}

  execute({ entityId, alias, context }: AddEntityAliasCommand) {
    return runEntityCommand(this.store, this.db, { type: 'AddEntityAlias', entityId, alias }, context, () => 'alias');
  }
}

@QueryHandler(GetEntityQuery)
export class GetEntityHandler implements IQueryHandler<GetEntityQuery> {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async execute({ entityId }: GetEntityQuery) {
    const { state, version } = await loadStream(this.store, streamIds.entity(entityId), entityDecider);
    if (state.status !== 'defined') throw notFound(`entity ${entityId}`);
    return entityView(state, version);
  }
}
