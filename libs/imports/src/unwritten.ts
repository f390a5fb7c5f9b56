import { nameKey } from '#claims';
import type { StreamAppend } from '#event-store';

/** An event as an import sees it: stored, or decided by a pass that writes nothing. */
export interface SeenEvent {
  readonly type: string;
  readonly data: unknown;
}

/** Streams a dry run keeps in mind at most; beyond, it forgets them all and reads them again as stored. */
const KEPT = 50_000;

/**
 * What a pass that writes nothing (a dry run) has decided so far: the events each stream would
 * have after the lines before, and the names the entities it would define would hold. Plain
 * rows and export lines alike see them as written, so a dry run answers each line as the import
 * itself would. A pass that writes keeps nothing here: it reads what it wrote.
 */
export class Unwritten {
  readonly #events = new Map<string, SeenEvent[]>();
  readonly #names = new Map<string, string>();

  add(append: StreamAppend): void {
    if (this.#events.size >= KEPT) this.clear();
    const kept = this.#events.get(append.streamId) ?? [];
    for (const { type, data } of append.events) {
      kept.push({ type, data });
      for (const name of entityNames(type, data)) this.#names.set(nameKey(name), (data as { entityId: string }).entityId);
    }
    this.#events.set(append.streamId, kept);
  }

  /** The stream's events: those stored, then those decided here. */
  after(streamId: string, stored: readonly SeenEvent[] = []): readonly SeenEvent[] {
    const decided = this.#events.get(streamId);
    return decided ? [...stored, ...decided] : stored;
  }

  /** The entity that a name decided here belongs to. */
  entityNamed(name: string): string | undefined {
    return this.#names.get(nameKey(name));
  }

  clear(): void {
    this.#events.clear();
    this.#names.clear();
  }
}

/** The names an entity's event gives it. */
function entityNames(type: string, data: unknown): string[] {
  if (type === 'EntityDefined') {
    const { name, aliases } = data as { name: string; aliases: readonly string[] };
    return [name, ...aliases];
  }
  if (type === 'EntityAliasAdded') return [(data as { alias: string }).alias];
  return [];
}
