import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ClaimCommand,
  type ClaimState,
  daysIn,
  decideClaim,
  decideSource,
  evolveClaim,
  evolveSource,
  initialClaimState,
  initialSourceState,
  type MetricState,
  QUALIFIERS,
  type SourceState,
  streamIds,
} from '#claims';
import { EventStore, type NewEvent } from '#event-store';
import { createTestDatabase, type TestDatabase } from '#test-support';
import { editorialProjection } from './editorial/editorial.projection.js';
import { factViewsProjection } from './fact-views.projection.js';
import { ProjectionRunner } from './runner.js';
import { projectionStatus, waitForPosition } from './status.js';

// Whatever the domain accepts, across the whole range of every field, the projections apply:
// the projector reaches the head of the log with nothing parked. Commands go through the
// domain's decide functions, so what it refuses never reaches the log; dates are drawn from
// years 0000 to 9999 (and a few that do not exist) so that the domain's range is what is tested.

const year = fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0'));
const date = fc.oneof(
  year,
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, daysIn(Math.max(Number(y), 1), m))).padStart(2, '0')}`),
  fc.constantFrom('0001-01-01', '9999-12-31', '0004-02-29', '2019-02-30', '2019-00', '9999-99-99', '0000'),
);
const validTime = fc.oneof(
  date.map((at) => ({ at })),
  fc.tuple(date, date).map(([from, to]) => ({ from, to })),
);
const text = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !s.includes('\u0000'));
const amount = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constantFrom(0, -0, 1e-300, 1e300, Number.MAX_SAFE_INTEGER));
const value = fc.record(
  { amount, lowerBound: amount, upperBound: amount, unit: fc.constantFrom('member', 'x'), qualifier: fc.constantFrom(...QUALIFIERS) },
  { requiredKeys: ['qualifier'] },
);

const op = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('record' as const),
      source: fc.nat(2),
      value,
      validTime,
      attribution: fc.option(text, { nil: undefined }),
      quote: fc.option(text, { nil: undefined }),
    }),
  },
  fc.record({ kind: fc.constant('republish' as const), source: fc.nat(2), publishedAt: date, publisher: fc.option(text, { nil: undefined }), title: text }),
  fc.record({
    kind: fc.constant('correct' as const),
    claim: fc.nat(9),
    value: fc.option(value, { nil: undefined }),
    validTime: fc.option(validTime, { nil: undefined }),
  }),
  fc.record({ kind: fc.constantFrom('retract' as const, 'restore' as const, 'review' as const), claim: fc.nat(9), note: text }),
  fc.record({ kind: fc.constant('rank' as const), claim: fc.nat(9), rank: fc.constantFrom('preferred' as const, 'normal' as const, 'deprecated' as const) }),
  fc.record({
    kind: fc.constant('workflow' as const),
    claim: fc.nat(9),
    to: fc.constantFrom('in_progress' as const, 'in_review' as const, 'published' as const),
    note: text,
  }),
  fc.record({ kind: fc.constant('comment' as const), claim: fc.nat(9), text }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

describe('the projector never stops on what the domain accepted', () => {
  let t: TestDatabase;
  let store: EventStore;
  let runners: ProjectionRunner[];

  beforeAll(async () => {
    t = await createTestDatabase({ max: 10 });
    store = new EventStore(t.db);
    runners = [factViewsProjection, editorialProjection].map(
      (p) => new ProjectionRunner(t.db, store, p, { connectionString: t.url, pollIntervalMs: 20, standbyRetryMs: 100, batchSize: 50 }),
    );
    for (const r of runners) r.start();
  });
  afterAll(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await store.close();
    await t.drop();
  });

  it('applies every event decided from commands across the whole range of every field', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 25 }),
        fc.boolean(),
        fc.array(date, { minLength: 3, maxLength: 3 }),
        async (ops, cumulative, published) => {
          const run = randomUUID().slice(0, 8);
          const metric: MetricState = { status: 'defined', id: `m-${run}`, definition: { unit: 'member', kind: 'count', cumulative, tolerance: 0.05 } };
          const append = (streamId: string, events: readonly NewEvent[]) => store.append(streamId, events);
          await append(streamIds.metric(metric.id), [{ type: 'MetricDefined', data: { metricId: metric.id, ...metric.definition } }]);
          await append(streamIds.entity(`e-${run}`), [{ type: 'EntityDefined', data: { entityId: `e-${run}`, name: `E ${run}`, aliases: [] } }]);
          const sources: SourceState[] = [];
          for (const [i, publishedAt] of published.entries()) {
            const sourceId = `s-${run}-${i}`;
            const details = { title: `Source ${i}`, publishedAt, kind: 'other' as const, language: 'en' };
            sources.push(
              await decided(
                streamIds.source(sourceId),
                initialSourceState,
                () => decideSource({ type: 'RegisterSource', sourceId, details }, initialSourceState),
                evolveSource,
              ),
            );
          }
          const claims: Array<{ id: string; state: ClaimState }> = [];
          for (const o of ops) {
            if (o.kind === 'republish') {
              const state = sources[o.source]!;
              if (state.status !== 'registered') continue;
              const changes = { publishedAt: o.publishedAt, title: o.title, ...(o.publisher !== undefined ? { publisher: o.publisher } : {}) };
              sources[o.source] = await decided(
                streamIds.source(state.id),
                state,
                () => decideSource({ type: 'UpdateSource', sourceId: state.id, changes }, state),
                evolveSource,
              );
              continue;
            }
            const target = o.kind === 'record' ? { id: randomUUID(), state: initialClaimState } : claims[o.claim % Math.max(claims.length, 1)];
            if (!target) continue;
            const command = commandFor(o, target.id, sources, metric, `e-${run}`);
            const state = await decided(streamIds.claim(target.id), target.state, () => decideClaim(command, target.state), evolveClaim);
            if (o.kind === 'record') {
              if (state.status !== 'none') claims.push({ id: target.id, state });
            } else target.state = state;
          }

          const head = (await projectionStatus(t.db, [factViewsProjection.name]))[0]!.headPosition;
          for (const p of [factViewsProjection, editorialProjection]) {
            expect(await waitForPosition(t.db, p.name, head, 20_000), `${p.name} reached ${head}`).toBe(true);
          }
          for (const status of await projectionStatus(t.db, [factViewsProjection.name, editorialProjection.name])) {
            expect(status.parked, status.name).toEqual({ total: 0, failed: 0 });
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 300_000);

  /** Appends what the domain decided, if it accepted the command; returns the state after it. */
  async function decided<S, E extends { type: string; data: unknown }>(streamId: string, state: S, decide: () => E[], evolve: (s: S, e: E) => S): Promise<S> {
    let events: E[];
    try {
      events = decide();
    } catch {
      return state; // refused: nothing reaches the log
    }
    if (events.length === 0) return state;
    await store.append(streamId, events);
    return events.reduce(evolve, state);
  }
});

function commandFor(
  o: Exclude<Op, { kind: 'republish' }>,
  claimId: string,
  sources: readonly SourceState[],
  metric: MetricState,
  entityId: string,
): ClaimCommand {
  switch (o.kind) {
    case 'record': {
      const source = sources[o.source]!;
      const sourceId = source.status === 'registered' ? source.id : 'none';
      const quote = o.quote ? { text: o.quote, start: 0, end: Math.max(o.quote.length, 1) } : undefined;
      return {
        type: 'RecordClaim',
        claimId,
        sourceId,
        entityId,
        metricId: metric.status === 'defined' ? metric.id : '',
        value: o.value,
        validTime: o.validTime,
        source,
        metric,
        ...(quote ? { quote } : {}),
        ...(o.attribution ? { attribution: o.attribution } : {}),
      };
    }
    case 'correct':
      return { type: 'CorrectClaim', claimId, ...(o.value ? { value: o.value } : {}), ...(o.validTime ? { validTime: o.validTime } : {}), reason: 'r', metric };
    case 'retract':
      return { type: 'RetractClaim', claimId, reason: o.note || 'r' };
    case 'restore':
      return { type: 'RestoreClaim', claimId, reason: o.note || 'r' };
    case 'review':
      return { type: 'ReviewClaim', claimId, verdict: 'accurate', note: o.note };
    case 'rank':
      return { type: 'RankClaim', claimId, rank: o.rank, reason: 'r' };
    case 'workflow':
      return { type: 'MoveClaimWorkflow', claimId, to: o.to, role: 'reviewer', note: o.note };
    case 'comment':
      return { type: 'CommentOnClaim', claimId, commentId: randomUUID(), text: o.text };
  }
}
