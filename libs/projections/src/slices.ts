import { createHash } from 'node:crypto';
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';

/**
 * One of `count` parts of a projection split by fact, `index` from 0. Each slice is a consumer
 * of the log of its own, with its own checkpoint, lock and parked events, and applies the events
 * of its facts (and its share of those about no one fact).
 */
export interface Slice {
  readonly index: number;
  readonly count: number;
}

/** The most slices a projection may be split into. */
export const MAX_SLICES = 64;

/**
 * The consumer name of a slice: the projection's own name when it is not split, so that a read
 * model built before slices keeps its checkpoint; `fact-views-v1#2/4` for the second of four.
 */
export function sliceConsumer(projection: string, slice: Slice | undefined): string {
  return !slice || slice.count === 1 ? projection : `${projection}#${slice.index + 1}/${slice.count}`;
}

/** Every slice of a projection split in `count`. */
export const slicesOf = (count: number): Slice[] => Array.from({ length: count }, (_, index) => ({ index, count }));

/**
 * The slice a fact belongs to: the first 32 bits of the MD5 of its entity and metric ids, modulo
 * the count. MD5 because PostgreSQL has it too (sliceOfFactSql), and stable across releases and
 * machines, which a read model built in slices depends on.
 */
export function sliceOfFact(entityId: string, metricId: string, count: number): number {
  if (count === 1) return 0;
  return parseInt(createHash('md5').update(`${entityId}\u001f${metricId}`).digest('hex').slice(0, 8), 16) % count;
}

/** sliceOfFact in SQL, over two text columns. */
export function sliceOfFactSql(entityId: RawBuilder<unknown>, metricId: RawBuilder<unknown>, count: number) {
  return sql<number>`(('x' || substr(md5(${entityId} || chr(31) || ${metricId}), 1, 8))::bit(32)::bigint % ${count}::int)`;
}

/** The consumers a projection's checkpoints name: its own name, or its slices'. */
interface Layout {
  readonly consumer: string;
  readonly transaction_id: string;
  readonly global_position: string;
}

async function layoutOf(db: Kysely<any> | Transaction<any>, projection: string): Promise<Layout[]> {
  const { rows } = await sql<Layout>`
    select consumer, transaction_id::text as transaction_id, global_position::text as global_position from checkpoints
    where consumer = ${projection} or starts_with(consumer, ${`${projection}#`}) order by consumer`.execute(db);
  return rows;
}

/** The number of slices the checkpoints say the read model is built in; 1 when it has none. */
export async function sliceCount(db: Kysely<any>, projection: string): Promise<number> {
  return countOf(projection, await layoutOf(db, projection)) ?? 1;
}

/** The consumers of a projection as its checkpoints name them, in slice order (its own name alone when none). */
export async function projectionConsumers(db: Kysely<any>, projection: string): Promise<string[]> {
  const count = await sliceCount(db, projection);
  return count === 1 ? [projection] : slicesOf(count).map((s) => sliceConsumer(projection, s));
}

function countOf(projection: string, layout: readonly Layout[]): number | undefined {
  const counts = new Set(layout.map((l) => (l.consumer === projection ? 1 : Number(l.consumer.split('/').at(-1)))));
  return counts.size === 1 ? [...counts][0] : undefined;
}

/** A process asked to apply a projection in a number of slices other than its read model was built in. */
export class SliceLayoutError extends Error {
  constructor(projection: string, wanted: number, found: readonly string[]) {
    super(
      `${projection} is built in ${describe(projection, found)}, and this process is set to apply it in ${wanted} ` +
        `(FACTLOG_PROJECTION_SLICES): it refuses rather than apply the log twice. Set FACTLOG_PROJECTION_SLICES back, ` +
        `or rebuild the read model in ${wanted} with FACTLOG_PROJECTION_SLICES=${wanted} npm run rebuild -- ${projection}`,
    );
    this.name = 'SliceLayoutError';
  }
}

function describe(projection: string, found: readonly string[]): string {
  const counts = [...new Set(found.map((c) => (c === projection ? 1 : Number(c.split('/').at(-1)))))];
  return `${counts.join(' and ')} slice(s) (checkpoints ${found.join(', ')})`;
}

/**
 * Checks, in a batch's transaction, that the projection's checkpoints are all of this slice's
 * layout: another count's checkpoints mean the read model was built in another number of slices,
 * which this slice would corrupt. A slice whose checkpoint is new takes a lock for the check, so
 * that two processes set to different counts and starting together on an empty read model do
 * not both go ahead: the second to commit sees the first's checkpoint.
 */
export async function checkSliceLayout(tx: Transaction<any>, projection: string, slice: Slice | undefined): Promise<void> {
  const consumer = sliceConsumer(projection, slice);
  const count = slice?.count ?? 1;
  let layout = await layoutOf(tx, projection);
  const mine = layout.find((l) => l.consumer === consumer);
  if (!mine || mine.global_position === '0') {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`factlog-slices:${projection}`}, 0))`.execute(tx);
    layout = await layoutOf(tx, projection);
  }
  const foreign = layout.filter((l) => l.consumer !== consumer && countOf(projection, [l]) !== count);
  if (foreign.length > 0)
    throw new SliceLayoutError(
      projection,
      count,
      foreign.map((l) => l.consumer),
    );
}
