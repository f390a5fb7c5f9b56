import fc from 'fast-check';
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  type ClaimCommand,
  type ClaimEvent,
  type ClaimState,
  decideClaim,
  evolveClaim,
  initialClaimState,
  type MetricState,
  type SourceEvent,
  type SourceState,
  streamIds,
  summarizeFact,
} from '#claims';
import { EventStore, readAll, START, storeCheckpoint, type Checkpoint } from '#event-store';
import { createTestDatabase, dumpReadModel } from '#test-support';
import { factKey, loadActiveClaimsOfFacts, loadResolutions } from './fact-data.js';
import { loadStoredSummaries } from './fact-summaries.js';
import { factViewsProjection } from './fact-views.projection.js';

// A cumulative metric summarises every fact from all its claims; a plain one extends the
// previous summary when a claim arrives after all the others: the property covers both.
const metricOf = (cumulative: boolean) =>
  ({ status: 'defined', id: 'members', definition: { unit: 'member', kind: 'count', cumulative, tolerance: 0 } }) satisfies MetricState;
const SOURCES = ['s1', 's2', 's3'];
const source = (id: string): SourceState => ({
  status: 'registered',
  id,
  details: {
    title: `Source ${id}`,
    publisher: id === 's3' ? 'P' : `Publisher ${id}`,
    publishedAt: `2015-0${SOURCES.indexOf(id) + 1}`,
    kind: 'news_article',
    language: 'en',
  },
});

const op = fc.oneof(
  fc.record({
    kind: fc.constant('record' as const),
    claim: fc.nat(5),
    amount: fc.integer({ min: 50, max: 90 }),
    day: fc.integer({ min: 1, max: 6 }),
    source: fc.constantFrom(...SOURCES),
  }),
  fc.record({
    kind: fc.constant('republish' as const),
    source: fc.constantFrom(...SOURCES),
    publisher: fc.constantFrom('P', 'Q'),
    month: fc.integer({ min: 1, max: 9 }),
  }),
  fc.record({
    kind: fc.constant('correct' as const),
    claim: fc.nat(5),
    amount: fc.integer({ min: 50, max: 90 }),
    day: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
  }),
  fc.record({ kind: fc.constantFrom('retract' as const, 'restore' as const), claim: fc.nat(5) }),
  fc.record({ kind: fc.constant('review' as const), claim: fc.nat(5) }),
  fc.record({ kind: fc.constant('rank' as const), claim: fc.nat(5), rank: fc.constantFrom('preferred' as const, 'normal' as const, 'deprecated' as const) }),
);

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function commandFor(o: Exclude<Op, { kind: 'republish' }>, claimId: string, metric: MetricState): ClaimCommand {
  switch (o.kind) {
    case 'record':
      return {
        type: 'RecordClaim',
        claimId,
        sourceId: o.source,
        entityId: 'coalition',
        metricId: 'members',
        value: { amount: o.amount, qualifier: 'exact' },
        validTime: { at: `2015-01-0${o.day}` },
        source: source(o.source),
        metric,
      };
    case 'correct':
      return {
        type: 'CorrectClaim',
        claimId,
        value: { amount: o.amount, qualifier: 'exact' },
        ...(o.day ? { validTime: { at: `2015-01-0${o.day}` } } : {}),
        reason: 'r',
        metric,
      };
    case 'retract':
      return { type: 'RetractClaim', claimId, reason: 'r' };
    case 'restore':
      return { type: 'RestoreClaim', claimId, reason: 'r' };
    case 'review':
      return { type: 'ReviewClaim', claimId, verdict: 'accurate' };
    case 'rank':
      return { type: 'RankClaim', claimId, rank: o.rank, reason: 'r' };
  }
}

/** Turns random operations into the events the domain would have decided for them. */
function decideAll(ops: readonly Op[], metric: MetricState) {
  const states = new Map<number, ClaimState>();
  const out: Array<{ streamId: string; events: Array<ClaimEvent | SourceEvent> }> = [];
  for (const o of ops) {
    if (o.kind === 'republish') {
      // A source's publisher or date changing after its claims were recorded.
      out.push({
        streamId: streamIds.source(o.source),
        events: [{ type: 'SourceUpdated', data: { sourceId: o.source, changes: { publisher: o.publisher, publishedAt: `2015-0${o.month}` } } }],
      });
      continue;
    }
    const state = states.get(o.claim) ?? initialClaimState;
    const command = commandFor(o, `00000000-0000-4000-8000-00000000000${o.claim}`, metric);
    try {
      const events = decideClaim(command, state);
      if (events.length === 0) continue;
      states.set(o.claim, events.reduce(evolveClaim, state));
      out.push({ streamId: streamIds.claim(command.claimId), events });
    } catch {
      // a command the domain refuses writes nothing: skip it
    }
  }
  return out;
}

class Killed extends Error {}

/** Applies the log in random batches, the process "dying" at random points on the way. */
async function projectWithKills(db: Kysely<any>, batchSizes: number[], kills: number[]) {
  let checkpoint: Checkpoint = START;
  for (let step = 0; ; step++) {
    const size = batchSizes[step % batchSizes.length]!;
    const batch = await readAll(db, { after: checkpoint, limit: size });
    if (batch.events.length === 0) return;
    const kill = kills[step % kills.length]!; // 0: no kill; 1: before apply; 2: mid-batch; 3: before commit
    try {
      await db.transaction().execute(async (tx) => {
        if (kill === 1) throw new Killed();
        if (kill === 2) {
          await factViewsProjection.apply(batch.events.slice(0, Math.ceil(batch.events.length / 2)), tx);
          throw new Killed();
        }
        await factViewsProjection.apply(batch.events, tx);
        await storeCheckpoint(tx, 'exactly-once', checkpoint, batch.checkpoint);
        if (kill === 3) throw new Killed();
      });
      checkpoint = batch.checkpoint;
    } catch (error) {
      if (!(error instanceof Killed)) throw error;
      // restarted: the checkpoint in the database is where it was
    }
  }
}

const dump = (db: Kysely<any>) => dumpReadModel(db, factViewsProjection);

describe('the fact-views projection applies every event exactly once', () => {
  it('builds the same read model whatever the batch sizes and wherever it is killed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (ops, batchSizes, kills, cumulative) => {
          const metric = metricOf(cumulative);
          // Every step must make progress now and then, or the run would never end.
          if (kills.every((k) => k !== 0)) kills.push(0);
          const t = await createTestDatabase({ max: 3 });
          try {
            const store = new EventStore(t.db);
            await store.append('metric-members', [
              { type: 'MetricDefined', data: { metricId: 'members', ...(metric as Extract<MetricState, { status: 'defined' }>).definition } },
            ]);
            await store.append('entity-coalition', [{ type: 'EntityDefined', data: { entityId: 'coalition', name: 'Coalition', aliases: [] } }]);
            for (const id of SOURCES) {
              await store.append(`source-${id}`, [
                { type: 'SourceRegistered', data: { sourceId: id, ...(source(id) as Extract<SourceState, { status: 'registered' }>).details } },
              ]);
            }
            for (const { streamId, events } of decideAll(ops, metric)) await store.append(streamId, events);
            await store.close();

            await projectWithKills(t.db, batchSizes, kills);
            const killed = await dump(t.db);

            await factViewsProjection.reset!(t.db);
            const all = await readAll(t.db, { limit: 100_000 });
            await t.db.transaction().execute((tx) => factViewsProjection.apply(all.events, tx));
            expect(killed).toEqual(await dump(t.db));
            // And each summary, however it was reached, is what the fact's claims give now.
            const facts = (await sql<{ entity_id: string; metric_id: string }>`select entity_id, metric_id from rm_facts`.execute(t.db)).rows;
            const stored = await loadStoredSummaries(
              t.db,
              facts.map((f) => ({ entityId: f.entity_id, metricId: f.metric_id })),
            );
            for (const row of facts) {
              const fact = { entityId: row.entity_id, metricId: row.metric_id };
              const claims = (await loadActiveClaimsOfFacts(t.db, [fact])).get(factKey(fact)) ?? [];
              const resolutions = await loadResolutions(t.db, fact.entityId, fact.metricId, {});
              // As plain JSON on both sides: the revisions are a persistent map in memory.
              expect(JSON.parse(JSON.stringify(stored.summaries.get(factKey(fact))!.summary))).toEqual(
                JSON.parse(JSON.stringify(summarizeFact(fact.entityId, fact.metricId, claims, metric.definition, resolutions))),
              );
            }
          } finally {
            await t.drop();
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
