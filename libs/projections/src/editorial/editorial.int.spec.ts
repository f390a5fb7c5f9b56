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
  type SourceState,
  streamIds,
  WORKFLOW_STATUSES,
} from '#claims';
import { EventStore, readAll } from '#event-store';
import { createTestDatabase } from '#test-support';
import { editorialProjection } from './editorial.projection.js';
import { listReview } from './review-queries.js';

const metric: MetricState = { status: 'defined', id: 'members', definition: { unit: 'member', kind: 'count', cumulative: false, tolerance: 0 } };
const source: SourceState = { status: 'registered', id: 's1', details: { title: 'Source one', publishedAt: '2015-01', kind: 'news_article', language: 'en' } };
const PEOPLE = ['Ana', 'Bea', 'Carl'];
const claimId = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

const op = fc.oneof(
  fc.record({ kind: fc.constant('record' as const), claim: fc.nat(3), amount: fc.integer({ min: 50, max: 90 }) }),
  fc.record({ kind: fc.constant('correct' as const), claim: fc.nat(3), amount: fc.integer({ min: 50, max: 90 }) }),
  fc.record({ kind: fc.constantFrom('retract' as const, 'restore' as const, 'review' as const), claim: fc.nat(3) }),
  fc.record({ kind: fc.constant('move' as const), claim: fc.nat(3), to: fc.constantFrom(...WORKFLOW_STATUSES), reviewer: fc.boolean() }),
  fc.record({ kind: fc.constantFrom('assign' as const, 'unassign' as const), claim: fc.nat(3), person: fc.constantFrom(...PEOPLE) }),
  fc.record({ kind: fc.constant('comment' as const), claim: fc.nat(3), comment: fc.nat(4) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function commandFor(o: Op): ClaimCommand {
  const id = claimId(o.claim);
  switch (o.kind) {
    case 'record':
      return {
        type: 'RecordClaim',
        claimId: id,
        sourceId: 's1',
        entityId: 'coalition',
        metricId: 'members',
        value: { amount: o.amount, qualifier: 'exact' },
        validTime: { at: '2015' },
        source,
        metric,
      };
    case 'correct':
      return { type: 'CorrectClaim', claimId: id, value: { amount: o.amount, qualifier: 'exact' }, reason: 'r', metric };
    case 'retract':
      return { type: 'RetractClaim', claimId: id, reason: 'r' };
    case 'restore':
      return { type: 'RestoreClaim', claimId: id, reason: 'r' };
    case 'review':
      return { type: 'ReviewClaim', claimId: id, verdict: 'accurate' };
    case 'move':
      return { type: 'MoveClaimWorkflow', claimId: id, to: o.to, role: o.reviewer ? 'reviewer' : 'editor' };
    case 'assign':
      return { type: 'AssignReviewer', claimId: id, assignee: o.person };
    case 'unassign':
      return { type: 'UnassignReviewer', claimId: id, assignee: o.person };
    case 'comment':
      return { type: 'CommentOnClaim', claimId: id, commentId: `c${o.comment}`, text: `comment ${o.comment}` };
  }
}

/** The events the domain decides for random commands (refused ones write nothing), and the states they fold to. */
function decideAll(ops: readonly Op[]) {
  const states = new Map<string, ClaimState>();
  const appends: Array<{ streamId: string; events: ClaimEvent[]; actor: string }> = [];
  ops.forEach((o, i) => {
    const command = commandFor(o);
    const state = states.get(command.claimId) ?? initialClaimState;
    try {
      const events = decideClaim(command, state);
      if (events.length === 0) return;
      states.set(command.claimId, events.reduce(evolveClaim, state));
      appends.push({ streamId: streamIds.claim(command.claimId), events, actor: PEOPLE[i % PEOPLE.length]! });
    } catch {
      // refused
    }
  });
  return { appends, states };
}

async function dump(db: Kysely<any>) {
  const out: Record<string, unknown[]> = {};
  for (const t of editorialProjection.tables) out[t] = (await sql`select * from ${sql.table(t)} order by 1, 2`.execute(db)).rows;
  return out;
}

describe('the editorial projection', () => {
  it('follows the domain: each claim row holds the status, assignees and verdict its events fold to, whatever the batch sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 4 }),
        async (ops, sizes) => {
          const t = await createTestDatabase({ max: 2 });
          try {
            const store = new EventStore(t.db);
            await store.append('source-s1', [{ type: 'SourceRegistered', data: { sourceId: 's1', ...source.details } }]);
            const { appends, states } = decideAll(ops);
            for (const { streamId, events, actor } of appends)
              await store.append(
                streamId,
                events.map((e) => ({ ...e, metadata: { actor } })),
              );
            await store.append('source-s1', [{ type: 'SourceUpdated', data: { sourceId: 's1', changes: { title: 'Source one, renamed' } } }]);
            await store.close();

            const all = await readAll(t.db, { limit: 100_000 });
            for (let i = 0, step = 0; i < all.events.length; step++) {
              const size = sizes[step % sizes.length]!;
              const batch = all.events.slice(i, i + size);
              await t.db.transaction().execute((tx) => editorialProjection.apply(batch, tx));
              i += size;
            }
            const batched = await dump(t.db);
            await editorialProjection.reset!(t.db);
            await t.db.transaction().execute((tx) => editorialProjection.apply(all.events, tx));
            expect(batched).toEqual(await dump(t.db));

            const listed = await listReview(t.db, { limit: 100 });
            const recorded = [...states.values()].filter((s) => s.status !== 'none');
            expect(listed.items).toHaveLength(recorded.length);
            for (const state of recorded) {
              const item = listed.items.find((i) => i.id === state.id)!;
              expect(item).toMatchObject({
                status: state.workflow.status,
                assignees: state.workflow.assignees,
                verdict: state.verdict ?? null,
                verdictOutdated: state.verdictOutdated === true,
                retracted: state.status === 'retracted',
                value: state.value,
                commentCount: state.workflow.comments.length,
                source: { id: 's1', title: 'Source one, renamed' },
              });
            }
            const times = listed.items.map((i) => i.changedAt);
            expect(times).toEqual([...times].sort());
          } finally {
            await t.drop();
          }
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);

  it('marks a verdict out of date when the claim is corrected after it, and current again at the next verdict', async () => {
    const t = await createTestDatabase({ max: 2 });
    try {
      const store = new EventStore(t.db);
      await store.append('source-s1', [{ type: 'SourceRegistered', data: { sourceId: 's1', ...source.details } }]);
      let state = initialClaimState;
      let read = await readAll(t.db);
      await t.db.transaction().execute((tx) => editorialProjection.apply(read.events, tx));
      /** Decides a command on claim 1, appends its events and projects them as one batch. */
      const run = async (command: ClaimCommand) => {
        const events = decideClaim(command, state);
        state = events.reduce(evolveClaim, state);
        await store.append(streamIds.claim(claimId(1)), events);
        read = await readAll(t.db, { after: read.checkpoint });
        await t.db.transaction().execute((tx) => editorialProjection.apply(read.events, tx));
        return (await listReview(t.db, { limit: 10 })).items[0]!;
      };
      const record = commandFor({ kind: 'record', claim: 1, amount: 60 });
      const correct = (amount: number) => commandFor({ kind: 'correct', claim: 1, amount });
      const review = commandFor({ kind: 'review', claim: 1 });
      const outdated = async (only: boolean) => (await listReview(t.db, { limit: 10, verdictOutdated: only })).items.map((i) => i.id);

      // Corrected before any verdict: nothing judged it, nothing is out of date.
      await run(record);
      expect(await run(correct(61))).toMatchObject({ verdict: null, verdictOutdated: false });
      expect(await run(review)).toMatchObject({ verdict: 'accurate', verdictOutdated: false });
      expect(await run(correct(62))).toMatchObject({ verdict: 'accurate', verdictOutdated: true, value: { amount: 62 } });
      expect(await outdated(true)).toEqual([claimId(1)]);
      expect(await outdated(false)).toEqual([]);
      expect(await run(correct(63))).toMatchObject({ verdictOutdated: true });
      expect(await run(review)).toMatchObject({ verdict: 'accurate', verdictOutdated: false });
      expect(await outdated(true)).toEqual([]);
      expect(await outdated(false)).toEqual([claimId(1)]);
      // The domain agrees: the claim's own state carries the same mark.
      expect(state.status !== 'none' && state.verdictOutdated).toBeFalsy();
      await store.close();
    } finally {
      await t.drop();
    }
  });
});
