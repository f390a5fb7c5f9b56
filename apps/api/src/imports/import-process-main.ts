import { createReadStream } from 'node:fs';
import { connect } from '#database';
import { EventStore } from '#event-store';
import { readRows, runImportJob } from '#imports';
import type { Database } from '../schema.js';
import { type ImportProcessEnd, type ImportProcessStart, STOP_IMPORT } from './import-process-data.js';

// One import the API accepted, in a process of its own (startImportProcess starts it): a bulk load
// then neither holds the API's event loop for its batches nor shares its garbage collector, and
// it runs with the flags of `npm run import`. It reads the uploaded file the API names, writes
// through its own pool and event store, answers how it ended, and exits. A stop from the API,
// its going away, or a signal to the process group stops it between two batches: its row says
// so, and importing the same file again completes it.
// Started ahead, it waits for its import; discarded unused (its channel closed), it just ends.
const unused = () => process.exit(0);
process.once('disconnect', unused);
const start = await new Promise<ImportProcessStart>((resolve) => process.once('message', (m) => resolve(m as ImportProcessStart)));
process.off('disconnect', unused);
const stop = new AbortController();
process.on('message', (m) => m === STOP_IMPORT && stop.abort());
process.on('disconnect', () => stop.abort());
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop.abort());

const db = connect<Database>(start.url, { applicationName: 'factlog-import' });
const store = new EventStore(db);
try {
  const end = await runImportJob({
    ...start.job,
    store,
    db,
    signal: stop.signal,
    rows: () => readRows(createReadStream(start.file), start.job.format),
  });
  // Disconnecting before the answer is on its way would lose it.
  if (process.connected) await new Promise((resolve) => process.send!({ end } satisfies ImportProcessEnd, resolve));
} finally {
  await store.close();
  await db.destroy();
  if (process.connected) process.disconnect();
}
