import cliProgress from 'cli-progress';
import { projectionSlicesOf, toolDatabaseUrl } from '#config';
import { connect } from '#database';
import { FACT_VIEWS, PROJECTIONS, projectionNamed, rebuildProjection } from '#projections';

// `npm run rebuild [projection]`: builds a projection (the fact views unless named) anew from the
// whole log beside the live one and switches to it atomically; the API keeps serving throughout.
// Without DATABASE_URL it rebuilds the embedded database of a running `npm start`. With
// FACTLOG_PROJECTION_SLICES it builds a projection that can be split in that many slices (the
// way to change their number); without, in as many as it has now.
const projection = projectionNamed(process.argv[2] ?? FACT_VIEWS);
if (!projection) {
  console.error(`no projection is called ${process.argv[2]}; choose one of ${PROJECTIONS.map((p) => p.name).join(', ')}`);
  process.exit(1);
}
const url = toolDatabaseUrl();

const open = (schema?: string) => {
  if (!schema) return connect(url, { max: 2, applicationName: 'factlog-rebuild' });
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema},public`);
  return connect(u.toString(), { max: 2, applicationName: 'factlog-rebuild' });
};

const bar = new cliProgress.SingleBar(
  { format: 'rebuilding {projection} [{bar}] {value}/{total} events | {rate} events/s | ETA {eta_formatted}', hideCursor: true },
  cliProgress.Presets.shades_classic,
);
const started = performance.now();
let shown = false;
try {
  const result = await rebuildProjection(open, projection, {
    ...(process.env.FACTLOG_PROJECTION_SLICES ? { slices: projection.sliceable ? projectionSlicesOf() : 1 } : {}),
    onProgress: ({ done, total }) => {
      const rate = Math.round(done / Math.max((performance.now() - started) / 1000, 0.001));
      if (!shown) bar.start(total, 0, { projection: projection.name, rate });
      shown = true;
      bar.setTotal(total);
      bar.update(done, { rate });
    },
    onRetry: (attempt) => console.error(`\nthe switch (attempt ${attempt}) was chosen as a deadlock's victim; switching again`),
  });
  if (shown) bar.stop();
  const seconds = (performance.now() - started) / 1000;
  console.log(`rebuilt ${projection.name} from ${result.events} events in ${seconds.toFixed(1)} s; switched over atomically`);
  if (result.parked > 0) console.log(`${result.parked} event(s) could not be applied and are parked: npm run projections -- parked ${projection.name}`);
} catch (error) {
  if (shown) bar.stop();
  console.error(`rebuild failed, the live projection is untouched: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
