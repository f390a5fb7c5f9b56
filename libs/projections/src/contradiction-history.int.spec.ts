import fc from 'fast-check';
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  type ClaimCommand,
  type ClaimEvent,
  type ClaimState,
  type ContradictionEvent,
  decideClaim,
  deterministicUuid,
  evolveClaim,
  initialClaimState,
  type MetricState,
  type SourceEvent,
  streamIds,
} from '#claims';
import { EventStore, readAll, START, type Checkpoint } from '#event-store';
import { createTestDatabase } from '#test-support';
import { contradictionsKnownAt } from './contradiction-history.js';
import { listContradictions } from './fact-queries.js';
import { factViewsProjection } from './fact-views.projection.js';

// The queue as known at a past instant is read from the kept history of contradictions; it must
// say exactly what summarising every fact from its claims of that instant says, whatever the
// batches the projector cut the log into.
const metric = { status: 'defined', id: 'members', definition: { unit: 'member', kind: 'count', cumulative: false, tolerance: 0 } } satisfies MetricState;
const SOURCES = ['s1', 's2', 's3'];
const ENTITIES = ['coalition', 'alliance'];
const claimId = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const entityOf = (n: number) => ENTITIES[n % 2]!;

// Mostly claims recorded and changed; now and then a source restated (which rewrites the past of
// its facts) or a resolution. Batches are often of one event, as a projector keeping up cuts them.
const op = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('record' as const),
      claim: fc.nat(7),
      amount: fc.integer({ min: 58, max: 62 }),
      day: fc.integer({ min: 1, max: 3 }),
      source: fc.constantFrom(...SOURCES),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('correct' as const), claim: fc.nat(7), amount: fc.integer({ min: 58, max: 62 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('retract' as const, 'restore' as const), claim: fc.nat(7) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('rank' as const),
      claim: fc.nat(7),
      rank: fc.constantFrom('preferred' as const, 'normal' as const, 'deprecated' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('republish' as const),
      source: fc.constantFrom(...SOURCES),
      publisher: fc.constantFrom('P', 'Q'),
      month: fc.integer({ min: 1, max: 9 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('resolve' as const), claim: fc.nat(7), others: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7]) }) },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function commandFor(o: Extract<Op, { claim: number; kind: 'record' | 'correct' | 'retract' | 'restore' | 'rank' }>): ClaimCommand {
  const id = claimId(o.claim);
  switch (o.kind) {
    case 'record': {
      const n = SOURCES.indexOf(o.source) + 1;
      const source = {
        status: 'registered',
        id: o.source,
        details: { title: o.source, publisher: `P${n}`, publishedAt: `2015-0${n}`, kind: 'news_article', language: 'en' },
      } as const;
      const value = { amount: o.amount, qualifier: 'exact' } as const;
      return {
        type: 'RecordClaim',
        claimId: id,
        sourceId: o.source,
        entityId: entityOf(o.claim),
        metricId: 'members',
        value,
        validTime: { at: `2015-01-0${o.day}` },
        source,
        metric,
      };
    }
    case 'correct':
      return { type: 'CorrectClaim', claimId: id, value: { amount: o.amount, qualifier: 'exact' }, reason: 'r', metric };
    case 'retract':
      return { type: 'RetractClaim', claimId: id, reason: 'r' };
    case 'restore':
      return { type: 'RestoreClaim', claimId: id, reason: 'r' };
    case 'rank':
      return { type: 'RankClaim', claimId: id, rank: o.rank, reason: 'r' };
  }
}

/** The events the domain decides for the operations, one append each: each its own recorded time. */
function decideAll(ops: readonly Op[]) {
  const states = new Map<number, ClaimState>();
  const out: Array<{ streamId: string; events: Array<ClaimEvent | SourceEvent | ContradictionEvent> }> = [];
  for (const o of ops) {
    if (o.kind === 'republish') {
      const changes = { publisher: o.publisher, publishedAt: `2015-0${o.month}` };
      out.push({ streamId: streamIds.source(o.source), events: [{ type: 'SourceUpdated', data: { sourceId: o.source, changes } }] });
    } else if (o.kind === 'resolve') {
      // A resolution naming a contradiction that may or may not exist then, over claims that may
      // or may not be all of it: the summary decides whether it settles anything.
      const entityId = entityOf(o.claim);
      const claimIds = [o.claim, ...o.others.filter((n) => n !== o.claim && entityOf(n) === entityId)].map(claimId);
      const contradictionId = deterministicUuid('contradiction', entityId, 'members', claimId(o.claim));
      const data = { contradictionId, entityId, metricId: 'members', claimIds, preferred: [claimIds[0]!], reason: 'r' };
      out.push({ streamId: streamIds.contradiction(contradictionId), events: [{ type: 'ContradictionResolved', data }] });
    } else {
      const state = states.get(o.claim) ?? initialClaimState;
      try {
        const events = decideClaim(commandFor(o), state);
        if (events.length === 0) continue;
        states.set(o.claim, events.reduce(evolveClaim, state));
        out.push({ streamId: streamIds.claim(claimId(o.claim)), events });
      } catch {
        // refused by the domain: nothing is written
      }
    }
  }
  return out;
}

async function project(db: Kysely<any>, batchSizes: readonly number[], from: Checkpoint = START): Promise<Checkpoint> {
  let checkpoint = from;
  for (let step = 0; ; step++) {
    const batch = await readAll(db, { after: checkpoint, limit: batchSizes[step % batchSizes.length]! });
    if (batch.events.length === 0) return checkpoint;
    await db.transaction().execute((tx) => factViewsProjection.apply(batch.events, tx));
    checkpoint = batch.checkpoint;
  }
}

const SEED = Number(process.env.PROPERTY_SEED ?? 20261127);
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('the contradiction queue as known at a past instant', () => {
  it('reads from the kept history exactly what summarising every fact of then gives, whatever the batches', async () => {
    let compared = 0;
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 30 }),
        fc.array(fc.constantFrom(1, 1, 1, 2, 3, 8), { minLength: 1, maxLength: 4 }),
        async (ops, batchSizes) => {
          const t = await createTestDatabase({ max: 3 });
          try {
            const store = new EventStore(t.db);
            await store.append('metric-members', [{ type: 'MetricDefined', data: { metricId: 'members', ...metric.definition } }]);
            for (const [i, id] of SOURCES.entries()) {
              const details = { title: id, publisher: `P${i + 1}`, publishedAt: `2015-0${i + 1}`, kind: 'news_article', language: 'en' };
              await store.append(`source-${id}`, [{ type: 'SourceRegistered', data: { sourceId: id, ...details } }]);
            }
            for (const { streamId, events } of decideAll(ops)) await store.append(streamId, events);
            await store.close();
            await project(t.db, batchSizes);

            // Every instant at which something was recorded, the millisecond before it, and after all.
            const times = (await sql<{ at: Date }>`select distinct recorded_at as at from events`.execute(t.db)).rows.map((r) => r.at.getTime());
            const instants = [...new Set(times.flatMap((ms) => [ms - 1, ms, ms + 1]))].map((ms) => new Date(ms));
            for (const knownAt of instants) {
              for (const status of [undefined, 'open', 'resolved'] as const) {
                const filter = { knownAt, ...(status ? { status } : {}) };
                const kept = await listContradictions(t.db, filter);
                const summarised = await listContradictions(t.db, { ...filter, summarise: true });
                expect(plain(kept)).toEqual(plain(summarised));
                compared++;
                if (kept.items.length > 0 && (await contradictionsKnownAt(t.db, knownAt, {})).unknown.length === 0) nonEmpty++;
              }
            }
          } finally {
            await t.drop();
          }
        },
      ),
      // Seeded, so that the count of disputed queues checked below is the same on every run (by
      // chance, some sets of 25 runs dispute almost nothing); PROPERTY_SEED explores others.
      { numRuns: 25, seed: SEED },
    );
    // The property saw contradictions answered from the kept rows, not only empty queues.
    console.log(`compared ${compared} queues, ${nonEmpty} non-empty ones from kept rows alone (seed ${SEED})`);
    expect(nonEmpty).toBeGreaterThan(5);
  }, 300_000);

  it('answers from kept rows alone when each fact changed once per batch', async () => {
    const t = await createTestDatabase({ max: 3 });
    try {
      const store = new EventStore(t.db);
      await store.append('metric-members', [{ type: 'MetricDefined', data: { metricId: 'members', ...metric.definition } }]);
      for (const [i, id] of SOURCES.entries()) {
        const details = { title: id, publisher: `P${i + 1}`, publishedAt: `2015-0${i + 1}`, kind: 'news_article', language: 'en' };
        await store.append(`source-${id}`, [{ type: 'SourceRegistered', data: { sourceId: id, ...details } }]);
      }
      const steps = decideAll([
        { kind: 'record', claim: 0, amount: 60, day: 1, source: 's1' },
        { kind: 'record', claim: 2, amount: 61, day: 1, source: 's2' },
        { kind: 'correct', claim: 2, amount: 60 },
      ]);
      const at: Date[] = [];
      let checkpoint = await project(t.db, [100]);
      for (const { streamId, events } of steps) {
        await store.append(streamId, events);
        checkpoint = await project(t.db, [100], checkpoint); // the projector keeps up: one event per batch
        at.push((await sql<{ at: Date }>`select max(recorded_at) as at from events`.execute(t.db)).rows[0]!.at);
      }
      await store.close();
      const gaps = await sql<{ n: number }>`select count(*)::int as n from rm_contradiction_history where contradiction_id is null`.execute(t.db);
      expect(gaps.rows[0]!.n).toBe(0);
      expect((await listContradictions(t.db, { knownAt: at[0]! })).items).toEqual([]);
      const disputed = (await listContradictions(t.db, { knownAt: at[1]! })).items;
      expect(disputed.map((c) => [c.subject, c.claimIds, c.claims.map((x) => x.value.amount)])).toEqual([['coalition', [claimId(0), claimId(2)], [60, 61]]]);
      expect((await listContradictions(t.db, { knownAt: at[2]! })).items).toEqual([]);
    } finally {
      await t.drop();
    }
  }, 60_000);
});
