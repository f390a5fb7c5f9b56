import cliProgress from 'cli-progress';
import { connect } from '#database';
import { factViewsProjection, rebuildProjection } from '#projections';

// `npm run rebuild`: builds the fact views anew from the whole log beside the live ones and
// switches to them atomically; the API keeps serving throughout. Without DATABASE_URL it
// rebuilds the embedded database of a running `npm start`.
const url = process.env.DATABASE_URL ?? `postgres://postgres:postgres@127.0.0.1:${process.env.FACTLOG_EMBEDDED_PORT ?? 54329}/factlog`;

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
  const result = await rebuildProjection(open, factViewsProjection, {
    onProgress: ({ done, total }) => {
      const rate = Math.round(done / Math.max((performance.now() - started) / 1000, 0.001));
      if (!shown) bar.start(total, 0, { projection: factViewsProjection.name, rate });
      shown = true;
      bar.setTotal(total);
      bar.update(done, { rate });
    },
  });
  if (shown) bar.stop();
  const seconds = (performance.now() - started) / 1000;
  console.log(`rebuilt ${factViewsProjection.name} from ${result.events} events in ${seconds.toFixed(1)} s; switched over atomically`);
} catch (error) {
  if (shown) bar.stop();
  console.error(`rebuild failed, the live projection is untouched: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
