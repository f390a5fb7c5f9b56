import { parentPort, workerData } from 'node:worker_threads';
import { ConsoleLogger } from '@nestjs/common';
import { connect } from '#database';
import { EventStore } from '#event-store';
import { projectionRunners, PROJECTIONS, reportTo } from '#projections';
import { DeliveryRunner } from '#webhooks';
import { nestLogLevels } from '../log-levels.js';
import { type HeapAnswer, isHeapQuestion, type ProjectorThreadData, STOP, STOPPED } from './thread-data.js';

// The projections (and, when asked, webhook delivery) on a worker thread of their own: the
// requests and the projections then run on two cores instead of sharing one event loop. Its
// own pool and its own event store; as anywhere, a projection another process applies is left
// to it (this one stands by). Stops when its parent posts STOP, and answers STOPPED once its
// connections are closed; answers a heap question with the bytes its heap holds (in a worker,
// process.memoryUsage() speaks of the thread's own heap).
const data = workerData as ProjectorThreadData;
const logger = new ConsoleLogger('Projector', { json: true, logLevels: nestLogLevels(data.logLevel) });
const db = connect(data.url, { applicationName: data.applicationName });
const store = new EventStore(db);
const runners = projectionRunners(db, store, PROJECTIONS, data.slices, (_, consumer) => ({
  connectionString: data.url,
  pollIntervalMs: data.pollIntervalMs,
  ...reportTo(logger, consumer),
}));
const webhooks =
  data.webhooks &&
  new DeliveryRunner(db, {
    connectionString: data.url,
    settings: data.webhooks,
    upcast: store.upcast,
    onError: (error) => logger.error(`webhook delivery: ${error instanceof Error ? error.message : String(error)}`),
  });
for (const runner of runners) runner.start();
webhooks?.start();
let stopping = false;

parentPort!.on('message', (message) => {
  if (isHeapQuestion(message)) {
    // Run with --expose-gc (as the import benchmark is), the answer is what the thread holds
    // after a full collection, not the garbage it has yet to collect.
    (globalThis as { gc?: () => void }).gc?.();
    parentPort!.postMessage({ heap: message.heap, heapUsedBytes: process.memoryUsage().heapUsed } satisfies HeapAnswer);
  }
  if (message !== STOP || stopping) return;
  stopping = true;
  void (async () => {
    try {
      await Promise.all([...runners.map((r) => r.stop()), webhooks?.stop()]);
      await store.close();
      await db.destroy();
    } finally {
      parentPort!.postMessage(STOPPED);
    }
  })();
});
