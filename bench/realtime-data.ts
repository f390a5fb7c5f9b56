import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * A data set of the real-time shape a statistics office publishes: series with monthly or
 * quarterly periods from 1980, and a release every few weeks since 2000 that restates each
 * series' recent periods, a little revised. With the defaults, about 234,000 rows: 26 series,
 * 138 releases, 65 periods restated per series and release.
 */
export interface RealtimeShape {
  readonly series?: number;
  readonly releases?: number;
  readonly restated?: number;
}

export const REALTIME_HEADER =
  'source_title,source_publisher,source_published_at,source_kind,subject,metric,amount,unit,valid_at,valid_from,valid_to,metric_unit,metric_kind';

const day = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const month = (index: number) => `${1980 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The release dates: from mid-January 2000, every 66 days or so (138 of them reach into 2024). */
export const releaseDate = (r: number) => iso(Date.UTC(2000, 0, 15) + Math.round(r * 65.6) * day);

/** The figure a release states for a period of a series: a trend, and a revision that fades with each release. */
export const realtimeFigure = (series: number, period: number, release: number) =>
  Math.round((1000 + series * 100 + period * (1 + series / 10) + ((release * 7 + period * 3) % 11) / (1 + release / 20)) * 10) / 10;

/** Each row of the data set, one release at a time. */
export function* realtimeRows(shape: RealtimeShape = {}): Generator<string> {
  const { series = 26, releases = 138, restated = 65 } = shape;
  for (let r = 0; r < releases; r++) {
    const published = releaseDate(r);
    const [y, m] = published.split('-').map(Number) as [number, number];
    const lastMonth = (y - 1980) * 12 + (m - 1) - 1; // the month before the release
    const source = `Real-time data set ${published},Statistics Office,${published},statistical_release`;
    for (let s = 0; s < series; s++) {
      const quarterly = s % 2 === 0;
      const metric = `series-${String(s + 1).padStart(2, '0')}`;
      const meta = `index,other`;
      if (quarterly) {
        const lastQuarter = Math.floor((lastMonth - 2) / 3); // the last whole quarter
        for (let q = Math.max(0, lastQuarter - restated + 1); q <= lastQuarter; q++) {
          yield `${source},economy,${metric},${realtimeFigure(s, q, r)},index,,${month(q * 3)},${month(q * 3 + 2)},${meta}`;
        }
      } else {
        for (let p = Math.max(0, lastMonth - restated + 1); p <= lastMonth; p++) {
          yield `${source},economy,${metric},${realtimeFigure(s, p, r)},index,${month(p)},,,${meta}`;
        }
      }
    }
  }
}

/** Writes the data set as CSV; returns the number of rows. */
export async function writeRealtimeCsv(file: string, shape: RealtimeShape = {}): Promise<number> {
  const out = createWriteStream(file);
  let rows = 0;
  out.write(`${REALTIME_HEADER}\n`);
  for (const row of realtimeRows(shape)) {
    rows++;
    if (!out.write(`${row}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

// `node dist/bench/realtime-data.js <file> [series releases restated]`
if (process.argv[1]?.endsWith('realtime-data.js') && process.argv[2]) {
  const [series, releases, restated] = process.argv.slice(3).map(Number);
  const rows = await writeRealtimeCsv(process.argv[2], { ...(series ? { series } : {}), ...(releases ? { releases } : {}), ...(restated ? { restated } : {}) });
  console.log(`${rows} rows written to ${process.argv[2]}`);
}
