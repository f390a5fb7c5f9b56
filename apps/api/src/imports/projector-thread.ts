import { parentPort, workerData } from 'node:worker_threads';
import { connect } from '#database';
import { EventStore } from '#event-store';
import { ProjectionRunner, PROJECTIONS } from '#projections';

// The projections, on a thread of their own beside an import written from the command line: the
// import and the projector then use a core each rather than share one event loop. As anywhere,
// a projection another process runs (a running `npm start`) is left to it: this one stands by.
// Stops when its parent posts any message, and answers when it has.
const { url } = workerData as { url: string };
const db = connect(url, { applicationName: 'factlog-import-projector' });
const store = new EventStore(db);
const runners = PROJECTIONS.map((p) => new ProjectionRunner(db, store, p, { connectionString: url, pollIntervalMs: 200 }));
for (const runner of runners) runner.start();
parentPort!.once('message', () => {
  void (async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await store.close();
    await db.destroy();
    parentPort!.postMessage('stopped');
  })();
});
