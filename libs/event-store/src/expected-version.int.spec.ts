import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { ConcurrencyError, EventStore, type ExpectedVersion } from './index.js';

type StreamState = 'missing' | 'empty' | 'existing';

// Each mode against each state of the stream: the version it ends at, or the conflict it raises.
// 'existing' holds two events; exact numbers cover the right and a wrong version.
const matrix: Array<[ExpectedVersion, StreamState, { version: number } | { conflict: number; exists: boolean }]> = [
  ['any', 'missing', { version: 1 }],
  ['any', 'empty', { version: 1 }],
  ['any', 'existing', { version: 3 }],
  ['no_stream', 'missing', { version: 1 }],
  ['no_stream', 'empty', { conflict: 0, exists: true }],
  ['no_stream', 'existing', { conflict: 2, exists: true }],
  ['stream_exists', 'missing', { conflict: 0, exists: false }],
  ['stream_exists', 'empty', { version: 1 }],
  ['stream_exists', 'existing', { version: 3 }],
  [0, 'missing', { version: 1 }],
  [0, 'empty', { version: 1 }],
  [0, 'existing', { conflict: 2, exists: true }],
  [2, 'missing', { conflict: 0, exists: false }],
  [2, 'empty', { conflict: 0, exists: true }],
  [2, 'existing', { version: 3 }],
  [1, 'existing', { conflict: 2, exists: true }],
];

describe('expected version', () => {
  let t: TestDatabase;
  let store: EventStore;
  let n = 0;
  let streamId: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    store = new EventStore(t.db);
  });
  afterAll(async () => {
    await store.close();
    await t.drop();
  });
  beforeEach(() => {
    streamId = `matrix-${++n}`;
  });

  async function given(state: StreamState) {
    if (state === 'empty') await store.createStream(streamId);
    if (state === 'existing') {
      await store.append(streamId, [
        { type: 'Happened', data: { n: 1 } },
        { type: 'Happened', data: { n: 2 } },
      ]);
    }
  }

  it.each(matrix)('%s against a %s stream', async (expectedVersion, state, outcome) => {
    await given(state);
    const positionsBefore = await store.headPosition();
    const attempt = store.append(streamId, [{ type: 'Attempted', data: {} }], { expectedVersion });

    if ('version' in outcome) {
      const result = await attempt;
      expect(result.nextVersion).toBe(outcome.version);
      const events = await store.readStream(streamId);
      expect(events.map((e) => e.streamVersion)).toEqual(range(1, outcome.version));
      expect(events.at(-1)!.type).toBe('Attempted');
    } else {
      const error = await attempt.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error).toMatchObject({ actualVersion: outcome.conflict, streamExists: outcome.exists, streamId });
      expect(await store.readStream(streamId)).toHaveLength(outcome.conflict);
      // The loser took no global position: the next append follows straight on.
      const next = await store.append('matrix-probe', [{ type: 'Probed', data: {} }]);
      expect(next.positions).toEqual([positionsBefore + 1]);
    }
  });

  it('refuses to create a stream twice', async () => {
    await store.createStream(streamId);
    await expect(store.createStream(streamId)).rejects.toBeInstanceOf(ConcurrencyError);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
