import { clusterRanges, type DaySpan, type FactClaim, mergeSpans } from '#claims';
import type { ClusterSearch } from './fact-clusters.js';

/** A claim that takes part in a fact's summary: what `loadClusters` reads as active. */
const counts = (c: FactClaim) => c.status === 'active' && c.rank !== 'deprecated';
const byStart = (a: FactClaim, b: FactClaim) => (a.span.start < b.span.start ? -1 : a.span.start > b.span.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Claims per block: a change copies its block and the list of blocks, never the whole index. */
const BLOCK = 64;

interface Block {
  /** Sorted by (start, id); never empty. */
  readonly claims: readonly FactClaim[];
  /** The latest end among them. */
  readonly reach: string;
}

const blockOf = (claims: readonly FactClaim[]): Block => ({ claims, reach: claims.reduce((r, c) => (c.span.end > r ? c.span.end : r), '') });

/**
 * The active claims of one fact, in memory, ordered by the start of their valid time: what a
 * projector that has seen all of a fact's claims searches for the clusters around a change
 * instead of probing rm_claims (`clustersIn` answers as `loadClusters` does). A statistical
 * series holds thousands of claims and gains several a batch; each batch would otherwise read
 * and parse the fifteen or so claims around each new one again.
 *
 * Immutable, so that a batch that rolls back leaves the index its predecessor had (see
 * SummaryCache). The claims are kept in blocks of up to twice BLOCK: bringing the index up to
 * date copies the blocks a batch changed and the list of blocks, so its cost follows the
 * changes, not the thousands of claims a series holds.
 */
export class ClaimIndex {
  readonly #blocks: readonly Block[];
  /** The first start of each block, and the latest end of the blocks up to each. */
  readonly #starts: readonly string[];
  readonly #reach: readonly string[];
  readonly size: number;

  private constructor(blocks: readonly Block[]) {
    this.#blocks = blocks;
    this.#starts = blocks.map((b) => b.claims[0]!.span.start);
    const reach: string[] = [];
    let latest = '';
    for (const b of blocks) reach.push((latest = b.reach > latest ? b.reach : latest));
    this.#reach = reach;
    this.size = blocks.reduce((n, b) => n + b.claims.length, 0);
  }

  /** The index of these claims (those that are not active are left out). */
  static of(claims: readonly FactClaim[]): ClaimIndex {
    const sorted = claims.filter(counts).sort(byStart);
    const blocks: Block[] = [];
    for (let i = 0; i < sorted.length; i += BLOCK) blocks.push(blockOf(sorted.slice(i, i + BLOCK)));
    return new ClaimIndex(blocks);
  }

  /** Every claim, in order. */
  get claims(): readonly FactClaim[] {
    return this.#blocks.flatMap((b) => b.claims);
  }

  /**
   * The index after these changes, applied in order: each claim as it was before (absent for a
   * new claim) and as it is now; one that no longer counts (retracted, deprecated) leaves it.
   */
  with(changes: ReadonlyArray<{ readonly before?: FactClaim; readonly after: FactClaim }>): ClaimIndex {
    if (changes.length === 0) return this;
    const blocks = new Map<number, FactClaim[]>(); // copies of the blocks changed, by place
    const now = (i: number) => blocks.get(i) ?? this.#blocks[i]?.claims ?? [];
    const at = (i: number) => blocks.get(i) ?? (blocks.set(i, [...now(i)]), blocks.get(i)!);
    // Places are those of the blocks as they were: a block that grows is split afterwards.
    const place = (c: FactClaim) => Math.max(0, firstIndex(this.#starts.length, (i) => this.#starts[i]! > c.span.start) - 1);
    for (const { before, after } of changes) {
      if (before && counts(before)) {
        // Where its start puts it, or else (among equal starts split over blocks) wherever it is.
        const home = place(before);
        const holds = (k: number) => now(k).some((c) => c.id === before.id);
        const b = holds(home) ? home : this.#blocks.findIndex((_, k) => holds(k));
        if (b >= 0)
          at(b).splice(
            at(b).findIndex((c) => c.id === before.id),
            1,
          );
      }
      if (!counts(after)) continue;
      const claims = at(place(after));
      claims.splice(
        firstIndex(claims.length, (i) => byStart(claims[i]!, after) > 0),
        0,
        after,
      );
    }
    const next: Block[] = [];
    for (let i = 0; i < Math.max(this.#blocks.length, 1); i++) {
      const changed = blocks.get(i);
      if (!changed) {
        if (this.#blocks[i]) next.push(this.#blocks[i]!);
      } else if (changed.length <= 2 * BLOCK) {
        if (changed.length > 0) next.push(blockOf(changed));
      } else {
        for (let j = 0; j < changed.length; j += BLOCK) next.push(blockOf(changed.slice(j, j + BLOCK)));
      }
    }
    return new ClaimIndex(next);
  }

  /** The claims whose valid time overlaps the span. */
  overlapping(span: DaySpan): FactClaim[] {
    // From the first block whose claims so far reach the span, to the last starting by its end.
    const from = firstIndex(this.#reach.length, (i) => this.#reach[i]! >= span.start);
    const to = firstIndex(this.#starts.length, (i) => this.#starts[i]! > span.end);
    const out: FactClaim[] = [];
    for (let b = from; b < to; b++) {
      for (const c of this.#blocks[b]!.claims) {
        if (c.span.start > span.end) break;
        if (c.span.end >= span.start) out.push(c);
      }
    }
    return out;
  }
}

/** The first i in [0, n) for which the (monotone) test holds, or n. */
function firstIndex(n: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The claims of the clusters around a search, found in an index as `loadClusters` finds them in
 * rm_claims: the claims named, then those overlapping the spans, widened until nothing found
 * reaches outside what was searched. `superseded` says which claims a `liveOnly` search passes
 * over: those the fact's revisions (its previous summary's) name as superseded.
 */
export function clustersIn(index: ClaimIndex, search: ClusterSearch, superseded: (claimId: string) => boolean): FactClaim[] {
  const found = new Map<string, FactClaim>();
  if (search.ids.length > 0) {
    const ids = new Set(search.ids);
    for (const c of index.claims) if (ids.has(c.id)) found.set(c.id, c);
  }
  let searched: DaySpan[] | undefined = mergeSpans(search.spans);
  while (searched) {
    for (const range of searched) for (const c of index.overlapping(range)) if (!search.liveOnly || !superseded(c.id)) found.set(c.id, c);
    searched = clusterRanges(
      searched,
      [...found.values()].map((c) => c.span),
    );
  }
  return [...found.values()];
}
