import cliProgress from 'cli-progress';
import { toolDatabaseUrl } from '#config';
import { connect } from '#database';
import { verifyLog } from '#event-store';

// `npm run verify-log`: computes every stream's hash chain again from the stored events and names
// the first event that does not match. Exits 0 when the whole log matches, 2 when it does not.
// Without DATABASE_URL it checks the embedded database of a running `npm start`.
const url = toolDatabaseUrl();
const db = connect(url, { max: 1, applicationName: 'factlog-verify-log' });

const bar = new cliProgress.SingleBar(
  { format: 'verifying the log [{bar}] {value}/{total} events, then {streams} streams', hideCursor: true },
  cliProgress.Presets.shades_classic,
);
const started = performance.now();
let shown = false;
try {
  const result = await verifyLog(db, {
    onProgress: ({ events, streams, total }) => {
      if (!shown) bar.start(Math.max(total, events), 0, { streams });
      shown = true;
      bar.setTotal(Math.max(total, events));
      bar.update(events, { streams });
    },
  });
  if (shown) bar.stop();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.ok) {
    console.log(`the log matches its hash chains: ${result.events} events in ${result.streams} streams, checked in ${seconds} s`);
  } else {
    const m = result.firstMismatch!;
    console.log(`the log does NOT match its hash chains: ${result.mismatches} mismatch(es) in ${result.events} events, ${result.streams} streams`);
    console.log(
      `first: ${m.globalPosition === null ? 'no event' : `global position ${m.globalPosition}`}, stream ${m.streamId}, version ${m.streamVersion}: ${m.reason}`,
    );
    process.exitCode = 2;
  }
} catch (error) {
  if (shown) bar.stop();
  console.error(`verification failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
