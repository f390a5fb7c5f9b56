import { sql, type Transaction } from 'kysely';
import { CheckpointConflictError } from './errors.js';
import type { EventStoreTables } from './tables.js';
import type { RecordedEvent } from './types.js';
import { isDatabaseUnavailable } from './unavailable.js';

export type ApplyEvents = (events: readonly RecordedEvent[], tx: Transaction<EventStoreTables>) => Promise<void>;

/** An event that was not applied: it failed, or it waits behind one of its stream that did. */
export interface SetAside {
  readonly event: RecordedEvent;
  readonly error: string;
  /** The position of the parked event of its stream it waits behind, when it was not tried itself. */
  readonly blockedBy?: number;
}

export interface Isolated {
  readonly applied: readonly RecordedEvent[];
  readonly setAside: readonly SetAside[];
}

/**
 * Applies events in order inside `tx`, setting aside those that cannot be applied rather than
 * failing the whole. Every attempt runs under a savepoint: the whole list first (the usual
 * case, one attempt), and when that fails, each half again, down to the single event at fault,
 * so k bad events among n cost about 2·k·log2(n) attempts. An event that fails alone is set
 * aside with its error, and so is every later event of its stream (listed in `blocked`, or
 * found here), since a stream's events apply in order or not at all.
 *
 * An error that says nothing about the events (a lost connection, a deadlock, a serialization
 * failure, a schema the code does not match) fails the whole instead, to be tried again later:
 * setting events aside for it would set aside everything.
 */
export async function applyIsolating(
  tx: Transaction<EventStoreTables>,
  events: readonly RecordedEvent[],
  apply: ApplyEvents,
  options: { readonly blocked?: ReadonlyMap<string, number>; readonly isTransient?: (error: unknown) => boolean } = {},
): Promise<Isolated> {
  const { isTransient = isTransientError } = options;
  const blocked = new Map(options.blocked);
  const applied: RecordedEvent[] = [];
  const setAside: SetAside[] = [];

  const attempt = async (list: readonly RecordedEvent[]): Promise<void> => {
    const ready: RecordedEvent[] = [];
    for (const event of list) {
      const behind = blocked.get(event.streamId);
      if (behind === undefined) ready.push(event);
      else setAside.push({ event, error: `waits behind the parked event at position ${behind} of stream ${event.streamId}`, blockedBy: behind });
    }
    if (ready.length === 0) return;
    const failure = await underSavepoint(tx, () => apply(ready, tx));
    if (!failure) {
      applied.push(...ready);
      return;
    }
    if (isTransient(failure.error)) throw failure.error;
    if (ready.length === 1) {
      const [event] = ready as [RecordedEvent];
      setAside.push({ event, error: describe(failure.error) });
      blocked.set(event.streamId, event.globalPosition);
      return;
    }
    const half = Math.ceil(ready.length / 2);
    await attempt(ready.slice(0, half));
    await attempt(ready.slice(half));
  };
  await attempt(events);

  const order = new Map(events.map((e, i) => [e.globalPosition, i]));
  setAside.sort((a, b) => order.get(a.event.globalPosition)! - order.get(b.event.globalPosition)!);
  return { applied, setAside };
}

/** Runs `work` under a savepoint; on failure rolls back to it and returns the error. */
async function underSavepoint(tx: Transaction<EventStoreTables>, work: () => Promise<void>): Promise<{ error: unknown } | undefined> {
  await sql`savepoint factlog_apply`.execute(tx);
  try {
    await work();
  } catch (error) {
    // Should the rollback itself fail (the connection is gone), that error ends the batch.
    await sql`rollback to savepoint factlog_apply`.execute(tx);
    await sql`release savepoint factlog_apply`.execute(tx);
    return { error };
  }
  await sql`release savepoint factlog_apply`.execute(tx);
  return undefined;
}

/**
 * SQLSTATE classes and codes that are about the server or the schema, not about an event, beyond
 * a server gone away (isDatabaseUnavailable): transaction rollback (40: deadlock, serialization),
 * insufficient resources (53), object not in prerequisite state (55: lock not available),
 * operator intervention (57), system (58), internal (XX), and a table, column, function, schema
 * or privilege missing (code not matching the database, e.g. before its migrations ran).
 */
const TRANSIENT_CLASSES = new Set(['40', '53', '55', '57', '58', 'XX']);
const SCHEMA_CODES = new Set(['42P01', '42703', '42883', '3F000', '42501']);

/** Whether an error is worth trying the same events again for, rather than setting them aside. */
export function isTransientError(error: unknown): boolean {
  if (error instanceof CheckpointConflictError || isDatabaseUnavailable(error)) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (SCHEMA_CODES.has(code) || (/^[0-9A-Z]{5}$/.test(code) && TRANSIENT_CLASSES.has(code.slice(0, 2))));
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}${typeof code === 'string' ? ` (${code})` : ''}`.slice(0, 2000);
}
