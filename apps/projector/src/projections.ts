import { setTimeout as sleep } from 'node:timers/promises';
import { toolDatabaseUrl } from '#config';
import { connect } from '#database';
import { listParked, pendingRetries, requestRetry } from '#event-store';
import { projectionConsumers, PROJECTIONS, projectionStatus } from '#projections';

// `npm run projections -- status | parked <projection> | retry <projection>`: where each
// projection stands and what it parked, and a retry of its parked events, which the active
// projector applies with the code it runs. Without DATABASE_URL it works on the embedded
// database of a running `npm start`.
const names = PROJECTIONS.map((p) => p.name);
const [command = 'status', name] = process.argv.slice(2);
const url = toolDatabaseUrl();

if (command !== 'status' && !names.includes(name ?? '')) {
  console.error(`usage: npm run projections -- status | parked <projection> | retry <projection>; projections: ${names.join(', ')}`);
  process.exit(2);
}
const db = connect(url, { max: 2, applicationName: 'factlog-projections' });
try {
  if (command === 'status') {
    for (const s of await projectionStatus(db, names)) {
      console.log(
        `${s.name}: at ${s.checkpoint?.position ?? 0} of ${s.headPosition}, ${s.eventsBehind} behind; ${s.parked.total} parked (${s.parked.failed} failed)`,
      );
      if (s.slices.length > 1) {
        for (const slice of s.slices) {
          console.log(
            `  slice ${slice.slice} (${slice.consumer}): at ${slice.checkpoint?.position ?? 0}, ${slice.eventsBehind} behind; ${slice.parked.total} parked`,
          );
        }
      }
    }
  } else if (command === 'parked') {
    const parked = await listParked(db, await projectionConsumers(db, name!), { limit: 1000 });
    for (const p of parked) {
      console.log(`${p.globalPosition}\t${p.consumer}\t${p.eventType}\t${p.streamId} v${p.streamVersion}\tattempts ${p.attempts}\t${p.error}`);
    }
    console.log(`${parked.length} parked event(s) for ${name}`);
  } else if (command === 'retry') {
    const consumers = await projectionConsumers(db, name!);
    const requested = await requestRetry(db, consumers);
    console.log(`asked the projector to apply ${requested} parked event(s) of ${name} again`);
    let pending = requested;
    for (let waited = 0; pending > 0 && waited < 60_000; waited += 250) {
      await sleep(250);
      pending = await pendingRetries(db, consumers);
    }
    const left = await listParked(db, consumers, { limit: 1000 });
    if (pending > 0) console.log(`${pending} not retried yet: is a projector running? They will be retried when one is.`);
    console.log(`${requested - left.length} applied, ${left.length} still parked`);
    for (const p of left) console.log(`${p.globalPosition}\t${p.eventType}\t${p.streamId}\tattempts ${p.attempts}\t${p.error}`);
  } else {
    console.error(`unknown command ${command}: use status, parked or retry`);
    process.exitCode = 2;
  }
} finally {
  await db.destroy();
}
