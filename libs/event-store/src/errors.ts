/** The stream was not at the expected version. Nothing was written. */
export class ConcurrencyError extends Error {
  override readonly name = 'ConcurrencyError';
  constructor(
    readonly streamId: string,
    readonly expected: string | number,
    readonly actualVersion: number,
    readonly streamExists: boolean,
  ) {
    super(`stream ${streamId}: expected ${expected}, but it ${streamExists ? `is at version ${actualVersion}` : 'does not exist'}`);
  }
}

/** Some of the event ids were stored before, but not all of them or not on this stream. */
export class IdempotencyConflictError extends Error {
  override readonly name = 'IdempotencyConflictError';
  constructor(readonly streamId: string) {
    super(`stream ${streamId}: some of these event ids are already stored, on another append`);
  }
}

/** A consumer's checkpoint moved under it: another instance processed the same events. */
export class CheckpointConflictError extends Error {
  override readonly name = 'CheckpointConflictError';
  constructor(readonly consumer: string) {
    super(`consumer ${consumer}: the checkpoint was advanced by another instance`);
  }
}
