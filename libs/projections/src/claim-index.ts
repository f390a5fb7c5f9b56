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
  /** The ids of those a later release superseded. */
  readonly superseded: ReadonlySet<string>;
}

function blockOf(claims: readonly FactClaim[], superseded: (id: string) => boolean): Block {
  return {
    claims,
    reach: claims.reduce((r, c) => (c.span.end > r ? c.span.end : r), ''),
    superseded: new Set(claims.filter((c) => superseded(c.id)).map((c) => c.id)),
  };
}

/**
 * The active claims of one fact, in memory, ordered by the start of their valid time: what a
 * projector that has seen all of a fact's claims searches for the clusters around a change
 * instead of probing rm_claims (`clustersIn` answers as `loadClusters` does). A statistical
 * series holds thousands of claims and gains several a batch; each batch would otherwise read
 * and parse the fifteen or so claims around each new one again.
 *
 * Each claim is marked superseded or not, as the summary the index is kept with says (its
 * `supersededBy`): a search among the live claims passes over the others, which in a series are
 * most of them (every period's earlier releases), without a lookup in that persistent map.
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

  /** The index of these claims (those that are not active are left out), marked as `superseded` says. */
  static of(claims: readonly FactClaim[], superseded: (id: string) => boolean): ClaimIndex {
    const sorted = claims.filter(counts).sort(byStart);
    const blocks: Block[] = [];
    for (let i = 0; i < sorted.length; i += BLOCK) blocks.push(blockOf(sorted.slice(i, i + BLOCK), superseded));
    return new ClaimIndex(blocks);
  }

  /** Every claim, in order. */
  get claims(): readonly FactClaim[] {
    return this.#blocks.flatMap((b) => b.claims);
  }

  /**
   * The index after these changes, applied in order: each claim as it was before (absent for a
   * new claim) and as it is now; one that no longer counts (retracted, deprecated) leaves it.
   * A claim keeps its mark, unless the change moves it to another block; a new one has none:
   * `marked` brings the marks up to date once the fact's summary is revised.
   */
  with(changes: ReadonlyArray<{ readonly before?: FactClaim; readonly after: FactClaim }>): ClaimIndex {
    if (changes.length === 0) return this;
    const blocks = new Map<number, FactClaim[]>(); // copies of the blocks changed, by place
    const now = (i: number) => blocks.get(i) ?? this.#blocks[i]?.claims ?? [];
    const at = (i: number) => blocks.get(i) ?? (blocks.set(i, [...now(i)]), blocks.get(i)!);
    // Places are those of the blocks as they were: a block that grows is split afterwards.
    const place = (c: FactClaim) => this.#place(c);
    for (const { before, after } of changes) {
      if (before && counts(before)) {
        const b = this.#holder(before, now);
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
    return this.#rebuilt(blocks);
  }

  /**
   * The index with these claims marked as `superseded` says: after a summary was revised, the
   * claims around its change, the only ones whose revisions it changed. Claims it does not hold
   * are passed over.
   */
  marked(claims: Iterable<FactClaim>, superseded: (id: string) => boolean): ClaimIndex {
    const changed = new Map<number, Map<string, boolean>>();
    for (const c of claims) {
      const b = this.#holder(c);
      if (b < 0 || this.#blocks[b]!.superseded.has(c.id) === superseded(c.id)) continue;
      if (!changed.has(b)) changed.set(b, new Map());
      changed.get(b)!.set(c.id, superseded(c.id));
    }
    if (changed.size === 0) return this;
    const blocks = this.#blocks.map((block, b) => {
      const marks = changed.get(b);
      if (!marks) return block;
      const ids = new Set(block.superseded);
      for (const [id, is] of marks) {
        if (is) ids.add(id);
        else ids.delete(id);
      }
      return { ...block, superseded: ids };
    });
    return new ClaimIndex(blocks);
  }

  /**
   * The block that holds a claim (by its id, near its start), or -1: the last block starting by
   * its start, or one before it when the claims of that day run over from there.
   */
  #holder(c: FactClaim, claimsOf: (block: number) => readonly FactClaim[] = (b) => this.#blocks[b]?.claims ?? []): number {
    const holds = (b: number) => claimsOf(b).some((x) => x.id === c.id);
    for (let b = this.#place(c); b >= 0; b--) {
      if (holds(b)) return b;
      if (this.#starts[b] !== c.span.start) break;
    }
    return -1;
  }

  /** The last block whose first claim starts by this claim's start (0 if none). */
  #place(c: FactClaim): number {
    return Math.max(0, firstIndex(this.#starts.length, (i) => this.#starts[i]! > c.span.start) - 1);
  }

  /** This index with the blocks changed by place (their claims sorted) put in, split if they grew past twice BLOCK. */
  #rebuilt(changed: ReadonlyMap<number, readonly FactClaim[]>): ClaimIndex {
    const next: Block[] = [];
    for (let i = 0; i < Math.max(this.#blocks.length, 1); i++) {
      const claims = changed.get(i);
      // A claim keeps the mark its block had for it: a new one, or one moved from another block
      // (a correction, which `marked` then marks again), has none.
      const superseded = (id: string) => this.#blocks[i]?.superseded.has(id) === true;
      if (!claims) {
        if (this.#blocks[i]) next.push(this.#blocks[i]!);
      } else if (claims.length <= 2 * BLOCK) {
        if (claims.length > 0) next.push(blockOf(claims, superseded));
      } else {
        for (let j = 0; j < claims.length; j += BLOCK) next.push(blockOf(claims.slice(j, j + BLOCK), superseded));
      }
    }
    return new ClaimIndex(next);
  }

  /** The claims whose valid time overlaps the span; with `live`, only those not superseded. */
  overlapping(span: DaySpan, live = false): FactClaim[] {
    // From the first block whose claims so far reach the span, to the last starting by its end.
    const from = firstIndex(this.#reach.length, (i) => this.#reach[i]! >= span.start);
    const to = firstIndex(this.#starts.length, (i) => this.#starts[i]! > span.end);
    const out: FactClaim[] = [];
    for (let b = from; b < to; b++) {
      const { claims, superseded } = this.#blocks[b]!;
      for (const c of claims) {
        if (c.span.start > span.end) break;
        if (c.span.end >= span.start && !(live && superseded.has(c.id))) out.push(c);
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
 * reaches outside what was searched. A `liveOnly` search passes over the claims the index has
 * as superseded: it must be marked as the fact's revisions before the change (rm_revisions).
 */
export function clustersIn(index: ClaimIndex, search: ClusterSearch): FactClaim[] {
  const found = new Map<string, FactClaim>();
  if (search.ids.length > 0) {
    const ids = new Set(search.ids);
    for (const c of index.claims) if (ids.has(c.id)) found.set(c.id, c);
  }
  let searched: DaySpan[] | undefined = mergeSpans(search.spans);
  while (searched) {
    for (const range of searched) for (const c of index.overlapping(range, search.liveOnly)) found.set(c.id, c);
    searched = clusterRanges(
      searched,
      [...found.values()].map((c) => c.span),
    );
  }
  return [...found.values()];
}
