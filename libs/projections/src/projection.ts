import type { Kysely, Transaction } from 'kysely';
import type { RecordedEvent } from '#event-store';
import type { Slice } from './slices.js';

/**
 * A read model built from the log. `apply` gets events in log order, in batches, inside the
 * transaction that also moves the projection's checkpoint: it must write only through `tx`, and
 * only what can be derived again. It must not append to the log: the runner commits batches
 * without waiting for the disk, which only derived data may do.
 */
export interface Projection {
  /** Names the checkpoint and the lock; a new version of a projection gets a new name. */
  readonly name: string;
  /** The tables it writes, which a rebuild builds anew beside the live ones. */
  readonly tables: readonly string[];
  /**
   * Applies a batch; given a slice, only that slice's share of it (see `sliceable`), the batch's
   * other events being applied by the other slices.
   */
  apply(events: readonly RecordedEvent[], tx: Transaction<any>, slice?: Slice): Promise<void>;
  /**
   * Whether it can be split into slices by fact, each applied by a runner of its own, the slices
   * together writing the read model one runner would.
   */
  readonly sliceable?: boolean;
  /** Empties the read model, for a rebuild from the start of the log. */
  reset?(db: Kysely<any>): Promise<void>;
}
