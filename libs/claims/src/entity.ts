import { conflict, invalid, notFound } from './errors.js';
import { isSlug, nameKey } from './ids.js';

/** What a figure is about, known under several names ("D-ISIS Coalition", "anti-ISIL coalition"). */
export type EntityCommand =
  | {
      readonly type: 'DefineEntity';
      readonly entityId: string;
      readonly name: string;
      readonly aliases: readonly string[];
    }
  | { readonly type: 'AddEntityAlias'; readonly entityId: string; readonly alias: string };

export type EntityEvent =
  | {
      readonly type: 'EntityDefined';
      readonly data: { readonly entityId: string; readonly name: string; readonly aliases: readonly string[] };
    }
  | { readonly type: 'EntityAliasAdded'; readonly data: { readonly entityId: string; readonly alias: string } };

export type EntityState =
  { readonly status: 'none' } | { readonly status: 'defined'; readonly id: string; readonly name: string; readonly aliases: readonly string[] };

export const initialEntityState: EntityState = { status: 'none' };

/** Every name an entity answers to: its id, its name and its aliases. */
export function entityNames(state: EntityState): string[] {
  return state.status === 'defined' ? [state.id, state.name, ...state.aliases] : [];
}

export function decideEntity(command: EntityCommand, state: EntityState): EntityEvent[] {
  switch (command.type) {
    case 'DefineEntity': {
      if (!isSlug(command.entityId)) throw invalid('id', `'${command.entityId}' is not a slug (a-z, 0-9 and single dashes)`);
      if (!command.name.trim()) throw invalid('name', 'name must not be empty');
      const aliases = distinctNames(command.aliases, command.name);
      command.aliases.forEach((alias, i) => {
        if (!alias.trim()) throw invalid(`aliases.${i}`, 'an alias must not be empty');
      });
      if (state.status === 'defined') {
        const same = state.name === command.name.trim() && sameSet(state.aliases.map(nameKey), aliases.map(nameKey));
        if (same) return [];
        throw conflict(`entity ${command.entityId} is defined with another name or aliases`, 'id');
      }
      return [{ type: 'EntityDefined', data: { entityId: command.entityId, name: command.name.trim(), aliases } }];
    }
    case 'AddEntityAlias': {
      if (state.status !== 'defined') throw notFound(`entity ${command.entityId}`);
      const alias = command.alias.trim();
      if (!alias) throw invalid('alias', 'an alias must not be empty');
      if (entityNames(state).some((n) => nameKey(n) === nameKey(alias))) return [];
      return [{ type: 'EntityAliasAdded', data: { entityId: command.entityId, alias } }];
    }
    default:
      throw new Error(`unknown command ${JSON.stringify(command satisfies never)}`);
  }
}

export function evolveEntity(state: EntityState, event: EntityEvent): EntityState {
  switch (event.type) {
    case 'EntityDefined':
      return { status: 'defined', id: event.data.entityId, name: event.data.name, aliases: event.data.aliases };
    case 'EntityAliasAdded':
      return state.status === 'defined' ? { ...state, aliases: [...state.aliases, event.data.alias] } : state;
    default:
      event satisfies never;
      return state;
  }
}

/** Trimmed aliases without repeats and without the name itself. */
function distinctNames(aliases: readonly string[], name: string): string[] {
  const seen = new Set([nameKey(name)]);
  const out: string[] = [];
  for (const alias of aliases.map((a) => a.trim()).filter(Boolean)) {
    if (!seen.has(nameKey(alias))) out.push(alias);
    seen.add(nameKey(alias));
  }
  return out;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
