import type { RecordedEvent } from './types.js';

/**
 * Turns the data of one event type from `fromSchemaVersion` into `fromSchemaVersion + 1`.
 * Stored events are never rewritten: old shapes are brought up to date as they are read.
 */
export interface Upcaster {
  readonly type: string;
  readonly fromSchemaVersion: number;
  upcast(data: unknown, event: RecordedEvent): unknown;
}

export type Upcast = (event: RecordedEvent) => RecordedEvent;

/** Builds one function that applies every registered step, in version order, to an event. */
export function composeUpcasters(upcasters: readonly Upcaster[]): Upcast {
  const steps = new Map<string, Upcaster>();
  for (const u of upcasters) {
    const key = `${u.type}@${u.fromSchemaVersion}`;
    if (steps.has(key)) throw new Error(`two upcasters for ${key}`);
    steps.set(key, u);
  }
  if (steps.size === 0) return (event) => event;
  return (event) => {
    let current = event;
    for (let step = steps.get(`${current.type}@${current.schemaVersion}`); step;) {
      current = { ...current, data: step.upcast(current.data, current), schemaVersion: current.schemaVersion + 1 };
      step = steps.get(`${current.type}@${current.schemaVersion}`);
    }
    return current;
  };
}
