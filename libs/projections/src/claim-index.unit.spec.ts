import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterRanges, type DaySpan, type FactClaim, mergeSpans } from '#claims';
import { ClaimIndex, clustersIn } from './claim-index.js';

const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

function claim(id: number, start: number, length: number, status: FactClaim['status'] = 'active', rank: FactClaim['rank'] = 'normal'): FactClaim {
  return {
    id: `c${id}`,
    sourceId: 's',
    publishedAt: '2020-01-01',
    value: { amount: id, qualifier: 'exact', unit: 'x' },
    span: { start: day(start), end: day(start + length) },
    status,
    rank,
    validTime: { from: day(start), to: day(start + length) },
    firstRecordedAt: '2020-01-01T00:00:00.000Z',
  };
}

const counts = (c: FactClaim) => c.status === 'active' && c.rank !== 'deprecated';
const overlaps = (c: FactClaim, s: DaySpan) => c.span.start <= s.end && s.start <= c.span.end;
const ids = (claims: readonly FactClaim[]) => claims.map((c) => c.id).sort();

// Many claims on few days, some long: blocks fill, split, and hold equal starts across their edges.
const change = fc.record({
  id: fc.nat(400),
  start: fc.oneof(fc.nat(40), fc.nat(2)),
  length: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(60)),
  status: fc.constantFrom('active' as const, 'active' as const, 'retracted' as const),
  rank: fc.constantFrom('normal' as const, 'normal' as const, 'deprecated' as const),
});
const span = fc.record({ start: fc.nat(110), length: fc.nat(10) }).map(({ start, length }) => ({ start: day(start), end: day(start + length) }));

/**
 * The claims as they stand after the changes and which of them are superseded, and the index
 * brought up to date batch by batch: each batch's claims marked afresh, as after a revision.
 */
function play(initial: readonly FactClaim[], batches: ReadonlyArray<ReadonlyArray<typeof change extends fc.Arbitrary<infer T> ? T : never>>) {
  const model = new Map(initial.map((c) => [c.id, c]));
  const superseded = new Set(initial.filter((c) => Number(c.id.slice(1)) % 3 === 0).map((c) => c.id));
  let index = ClaimIndex.of(initial, (id) => superseded.has(id));
  for (const [n, batch] of batches.entries()) {
    const changes = batch.map((c) => {
      const after = claim(c.id, c.start, c.length, c.status, c.rank);
      const before = model.get(after.id);
      model.set(after.id, after);
      return { ...(before ? { before } : {}), after };
    });
    // The batch's claims and some others (as the clusters around a change hold), marked anew.
    const marks = (id: string) => (Number(id.slice(1)) + n) % 4 === 0;
    const remarked = [...model.values()].filter((c) => changes.some(({ after }) => after.id === c.id) || Number(c.id.slice(1)) % 2 === n % 2);
    for (const c of remarked) {
      if (marks(c.id)) superseded.add(c.id);
      else superseded.delete(c.id);
    }
    index = index.with(changes).marked(remarked, marks);
  }
  return { index, current: [...model.values()].filter(counts), superseded };
}

const initial = fc
  .array(change, { minLength: 100, maxLength: 300, size: 'max' })
  .map((cs) => [...new Map(cs.map((c) => [`c${c.id}`, claim(c.id, c.start, c.length, c.status, c.rank)])).values()]);
const batches = fc.array(fc.array(change, { minLength: 1, maxLength: 60, size: 'max' }), { maxLength: 8 });

describe('the claim index', () => {
  it('holds the active claims as they stand after any changes, the superseded apart, each in order of their start', () => {
    fc.assert(
      fc.property(initial, batches, (first, changes) => {
        const { index, current, superseded } = play(first, changes);
        expect(ids(index.claims)).toEqual(ids(current));
        expect(index.size).toBe(current.length);
        expect(ids(index.superseded.claims)).toEqual(ids(current.filter((c) => superseded.has(c.id))));
        for (const part of [index.live, index.superseded]) {
          const starts = part.claims.map((c) => c.span.start);
          expect(starts).toEqual([...starts].sort());
        }
      }),
    );
  });

  it('finds exactly the claims overlapping a span, and the live ones among them', () => {
    fc.assert(
      fc.property(initial, batches, fc.array(span, { minLength: 1, maxLength: 5 }), (first, changes, spans) => {
        const { index, current, superseded } = play(first, changes);
        for (const s of spans) {
          expect(ids(index.overlapping(s))).toEqual(ids(current.filter((c) => overlaps(c, s))));
          expect(ids(index.overlapping(s, true))).toEqual(ids(current.filter((c) => overlaps(c, s) && !superseded.has(c.id))));
        }
      }),
    );
  });

  it('finds the clusters around a search as a search of every claim does, live claims only when asked', () => {
    fc.assert(
      fc.property(initial, batches, fc.array(span, { maxLength: 4 }), fc.boolean(), fc.nat(400), (first, changes, spans, liveOnly, named) => {
        const { index, current, superseded } = play(first, changes);
        const search = { entityId: 'e', metricId: 'm', spans, ids: [`c${named}`], liveOnly };
        // The search as loadClusters makes it, over a plain list.
        const found = new Map(current.filter((c) => c.id === `c${named}`).map((c) => [c.id, c]));
        let searched: DaySpan[] | undefined = mergeSpans(spans);
        while (searched) {
          for (const r of searched) for (const c of current) if (overlaps(c, r) && (!liveOnly || !superseded.has(c.id))) found.set(c.id, c);
          searched = clusterRanges(
            searched,
            [...found.values()].map((c) => c.span),
          );
        }
        expect(ids(clustersIn(index, search))).toEqual(ids([...found.values()]));
      }),
    );
  });

  it('leaves the index it was made from as it was', () => {
    const before = ClaimIndex.of(
      Array.from({ length: 300 }, (_, i) => claim(i, i % 20, 0)),
      () => false,
    );
    const after = before.with([{ before: claim(5, 5, 0), after: claim(5, 5, 0, 'retracted') }, { after: claim(900, 3, 2) }]);
    expect(before.size).toBe(300);
    expect(ids(before.claims)).not.toContain('c900');
    expect(after.size).toBe(300);
    expect(ids(after.claims)).toContain('c900');
    expect(ids(after.claims)).not.toContain('c5');
  });

  it('finds a claim among hundreds of the same day, over several blocks, to change it or set it apart', () => {
    const sameDay = Array.from({ length: 300 }, (_, i) => claim(100 + i, 0, 0));
    const index = ClaimIndex.of(sameDay, () => false);
    const first = sameDay[0]!;
    const retracted = index.with([{ before: first, after: { ...first, status: 'retracted' } }]);
    expect(retracted.size).toBe(299);
    expect(ids(retracted.claims)).not.toContain(first.id);
    const apart = index.marked([first], (id) => id === first.id);
    expect(ids(apart.superseded.claims)).toEqual([first.id]);
    expect(ids(apart.live.claims)).not.toContain(first.id);
  });
});
