import fc from 'fast-check';
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { type ClaimCommand, type ClaimState, decideClaim, evolveClaim, initialClaimState, type MetricState, type SourceState, streamIds } from '#claims';
import { type Checkpoint, claimCheckpoint, EventStore, type NewEvent, readAll, START, storeCheckpoint } from '#event-store';
import { createTestDatabase, dumpReadModel } from '#test-support';
import { FACT_VIEWS, factViewsProjection } from './fact-views.projection.js';
import { checkSliceLayout, type Slice, sliceConsumer, slicesOf } from './slices.js';
import { projectionHasReached, projectionStatus } from './status.js';

// The fact views applied in 1, 2 and 7 slices, each slice a process of its own that is killed at
// random points (before its batch, half way through it, or after it but before the commit) and
// starts again from its checkpoint, all slices at once: every table of the read model must be
// what one process applying the whole log writes.

const ENTITIES = ['e0', 'e1', 'e2'];
const METRICS = ['m0', 'm1'];
const SOURCES = ['s1', 's2', 's3'];
/** m1 is cumulative: its facts are summarised from all their claims, m0's extended. */
const metric = (id: string): Extract<MetricState, { status: 'defined' }> => ({
  status: 'defined',
  id,
  definition: { unit: 'member', kind: 'count', cumulative: id === 'm1', tolerance: 0 },
});
const sourceDetails = (id: string) => ({
  title: `Source ${id}`,
  publisher: id === 's3' ? 'P' : `Publisher ${id}`,
  publishedAt: `2015-0${SOURCES.indexOf(id) + 1}`,
  kind: 'news_article' as const,
  language: 'en',
});
const source = (id: string): SourceState => ({ status: 'registered', id, details: sourceDetails(id) });

const op = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('record' as const),
      claim: fc.nat(11),
      fact: fc.nat(ENTITIES.length * METRICS.length - 1),
      amount: fc.integer({ min: 50, max: 90 }),
      day: fc.integer({ min: 1, max: 6 }),
      source: fc.constantFrom(...SOURCES),
    }),
  },
  fc.record({
    kind: fc.constant('republish' as const),
    source: fc.constantFrom(...SOURCES),
    publisher: fc.constantFrom('P', 'Q'),
    month: fc.integer({ min: 1, max: 9 }),
  }),
  fc.record({
    kind: fc.constant('correct' as const),
    claim: fc.nat(11),
    amount: fc.integer({ min: 50, max: 90 }),
    day: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
  }),
  fc.record({ kind: fc.constantFrom('retract' as const, 'restore' as const, 'review' as const), claim: fc.nat(11) }),
  fc.record({ kind: fc.constant('rank' as const), claim: fc.nat(11), rank: fc.constantFrom('preferred' as const, 'normal' as const, 'deprecated' as const) }),
  fc.record({ kind: fc.constant('alias' as const), entity: fc.constantFrom(...ENTITIES), alias: fc.constantFrom('A', 'B') }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const claimId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The log the operations make, through the domain's decide functions: what it refuses is left out. */
function decideAll(ops: readonly Op[]): Array<{ streamId: string; events: NewEvent[] }> {
  const out: Array<{ streamId: string; events: NewEvent[] }> = [
    ...METRICS.map((m) => ({ streamId: streamIds.metric(m), events: [{ type: 'MetricDefined', data: { metricId: m, ...metric(m).definition } }] })),
    ...ENTITIES.map((e) => ({ streamId: streamIds.entity(e), events: [{ type: 'EntityDefined', data: { entityId: e, name: `Entity ${e}`, aliases: [] } }] })),
    ...SOURCES.map((s) => ({ streamId: streamIds.source(s), events: [{ type: 'SourceRegistered', data: { sourceId: s, ...sourceDetails(s) } }] })),
  ];
  const claims = new Map<number, { state: ClaimState; metric: string }>();
  for (const o of ops) {
    if (o.kind === 'republish') {
      out.push({
        streamId: streamIds.source(o.source),
        events: [{ type: 'SourceUpdated', data: { sourceId: o.source, changes: { publisher: o.publisher, publishedAt: `2015-0${o.month}` } } }],
      });
      continue;
    }
    if (o.kind === 'alias') {
      out.push({ streamId: streamIds.entity(o.entity), events: [{ type: 'EntityAliasAdded', data: { entityId: o.entity, alias: o.alias } }] });
      continue;
    }
    const known = claims.get(o.claim);
    const metricId = o.kind === 'record' ? METRICS[o.fact % METRICS.length]! : known?.metric;
    if (!metricId) continue;
    const id = claimId(o.claim);
    let command: ClaimCommand;
    switch (o.kind) {
      case 'record':
        command = {
          type: 'RecordClaim',
          claimId: id,
          sourceId: o.source,
          entityId: ENTITIES[Math.floor(o.fact / METRICS.length)]!,
          metricId,
          value: { amount: o.amount, qualifier: 'exact' },
          validTime: { at: `2015-01-0${o.day}` },
          source: source(o.source),
          metric: metric(metricId),
        };
        break;
      case 'correct':
        command = {
          type: 'CorrectClaim',
          claimId: id,
          value: { amount: o.amount, qualifier: 'exact' },
          ...(o.day ? { validTime: { at: `2015-01-0${o.day}` } } : {}),
          reason: 'r',
          metric: metric(metricId),
        };
        break;
      case 'retract':
        command = { type: 'RetractClaim', claimId: id, reason: 'r' };
        break;
      case 'restore':
        command = { type: 'RestoreClaim', claimId: id, reason: 'r' };
        break;
      case 'review':
        command = { type: 'ReviewClaim', claimId: id, verdict: 'accurate' };
        break;
      case 'rank':
        command = { type: 'RankClaim', claimId: id, rank: o.rank, reason: 'r' };
        break;
    }
    const state = known?.state ?? initialClaimState;
    try {
      const events = decideClaim(command, state);
      if (events.length === 0) continue;
      claims.set(o.claim, { state: events.reduce(evolveClaim, state), metric: metricId });
      out.push({ streamId: streamIds.claim(id), events });
    } catch {
      // a command the domain refuses writes nothing
    }
  }
  return out;
}

class Killed extends Error {}

/**
 * One process applying one slice as the runner does (its checkpoint claimed, the layout checked,
 * the slice's share applied, the checkpoint moved, in one transaction), in batches of the given
 * sizes, killed where `kills` says: 0 not, 1 before applying, 2 half way, 3 before the commit.
 * A killed process starts again from the checkpoint its last committed batch left.
 */
async function runSlice(db: Kysely<any>, slice: Slice, batchSizes: readonly number[], kills: readonly number[]) {
  const consumer = sliceConsumer(FACT_VIEWS, slice);
  let checkpoint: Checkpoint = START;
  for (let step = 0; ; step++) {
    const batch = await readAll(db, { after: checkpoint, limit: batchSizes[(step + slice.index) % batchSizes.length]! });
    if (batch.events.length === 0) return;
    const kill = kills[(step + slice.index * 3) % kills.length]!;
    try {
      await db.transaction().execute(async (tx) => {
        await claimCheckpoint(tx, consumer, checkpoint);
        await checkSliceLayout(tx, FACT_VIEWS, slice);
        if (kill === 1) throw new Killed();
        if (kill === 2) {
          await factViewsProjection.apply(batch.events.slice(0, Math.ceil(batch.events.length / 2)), tx, slice);
          throw new Killed();
        }
        await factViewsProjection.apply(batch.events, tx, slice);
        await storeCheckpoint(tx, consumer, checkpoint, batch.checkpoint);
        if (kill === 3) throw new Killed();
      });
      checkpoint = batch.checkpoint;
    } catch (error) {
      if (!(error instanceof Killed)) throw error;
    }
  }
}

/** Every table of the read model, but the two that say how it was applied: each slice's mark and copy of the sources. */
async function dump(db: Kysely<any>) {
  return dumpReadModel(db, { tables: factViewsProjection.tables.filter((t) => t !== 'rm_applied' && t !== 'rm_slice_sources') });
}

async function resetFactViews(db: Kysely<any>) {
  await factViewsProjection.reset!(db);
  await sql`delete from checkpoints where consumer = ${FACT_VIEWS} or starts_with(consumer, ${`${FACT_VIEWS}#`})`.execute(db);
}

describe('the fact views in slices', () => {
  it('write every table as one process does, in 1, 2 or 7 slices, whichever processes are killed where', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 6 }),
        async (ops, batchSizes, kills) => {
          // Every step must make progress now and then, or the run would never end.
          if (kills.every((k) => k !== 0)) kills.push(0);
          // The log cannot be emptied: a database for each run.
          const t = await createTestDatabase({ max: 10 });
          try {
            const store = new EventStore(t.db);
            for (const { streamId, events } of decideAll(ops)) await store.append(streamId, events);
            await store.close();
            const all = await readAll(t.db, { limit: 100_000 });
            const head = all.events.at(-1)!.globalPosition;

            await t.db.transaction().execute((tx) => factViewsProjection.apply(all.events, tx));
            const whole = await dump(t.db);

            for (const count of [1, 2, 7]) {
              await resetFactViews(t.db);
              expect(await projectionHasReached(t.db, FACT_VIEWS, head)).toBe(false);
              await Promise.all(slicesOf(count).map((slice) => runSlice(t.db, slice, batchSizes, kills)));
              expect(await dump(t.db), `${count} slice(s)`).toEqual(whole);
              expect(await projectionHasReached(t.db, FACT_VIEWS, head)).toBe(true);
              const [status] = await projectionStatus(t.db, [FACT_VIEWS]);
              expect(status).toMatchObject({ eventsBehind: 0, parked: { total: 0, failed: 0 } });
              expect(status!.slices.map((s) => s.consumer)).toEqual(slicesOf(count).map((s) => sliceConsumer(FACT_VIEWS, s)));
            }
          } finally {
            await t.drop();
          }
        },
      ),
      { numRuns: 15, endOnFailure: true },
    );
  }, 120_000);
});
