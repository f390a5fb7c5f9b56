import { clusterRanges, type DaySpan, type FactClaim, mergeSpans } from '#claims';
import { SharedValues } from './compact-claims.js';
import type { ClusterSearch } from './fact-clusters.js';

/** A claim that takes part in a fact's summary: what `loadClusters` reads as active. */
const counts = (c: FactClaim) => c.status === 'active' && c.rank !== 'deprecated';
/** The values the indexes' claims repeat, one copy each (see SharedValues). */
const shared = new SharedValues();
const byStart = (a: FactClaim, b: FactClaim) => (a.span.start < b.span.start ? -1 : a.span.start > b.span.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The active claims of one fact, in memory, ordered by the start of their valid time: what a
 * projector that has seen all of a fact's claims searches for the clusters around a change
 * instead of probing rm_claims (`clustersIn` answers as `loadClusters` does). A statistical
 * series holds thousands of claims and gains several a batch; each batch would otherwise read
 * and parse the fifteen or so claims around each new one again.
 *
 * The claims a later release superseded (as the summary the index is kept with says, its
 * `supersededBy`) are kept apart from the live ones: a search among the live claims, which a
 * series' new release makes, reads none of the others, which are most of a series (every
 * period's earlier releases).
 *
 * Immutable, so that a batch that rolls back leaves the index its predecessor had (see
 * SummaryCache).
 */
export class ClaimIndex {
  private constructor(
    readonly live: SortedClaims,
    readonly superseded: SortedClaims,
  ) {}

  /** The index of these claims (those that are not active are left out), set apart as `superseded` says. */
  static of(claims: readonly FactClaim[], superseded: (id: string) => boolean): ClaimIndex {
    const active = claims.filter(counts).map((c) => shared.claim(c));
    return new ClaimIndex(SortedClaims.of(active.filter((c) => !superseded(c.id))), SortedClaims.of(active.filter((c) => superseded(c.id))));
  }

  get size(): number {
    return this.live.size + this.superseded.size;
  }

  /** Every claim, the live ones first. */
  get claims(): readonly FactClaim[] {
    return [...this.live.claims, ...this.superseded.claims];
  }

  /**
   * The index after these changes, applied in order: each claim as it was before (absent for a
   * new claim) and as it is now; one that no longer counts (retracted, deprecated) leaves it.
   * A claim changed is live, as a new one is, until `marked` says otherwise once the fact's
   * summary is revised.
   */
  with(changes: ReadonlyArray<{ readonly before?: FactClaim; readonly after: FactClaim }>): ClaimIndex {
    if (changes.length === 0) return this;
    const live = this.live.edit();
    const superseded = this.superseded.edit();
    for (const { before, after } of changes) {
      if (before && counts(before) && !live.remove(before)) superseded.remove(before);
      if (counts(after)) live.add(shared.claim(after));
    }
    return new ClaimIndex(live.done(), superseded.done());
  }

  /**
   * The index with these claims set apart as `superseded` says: after a summary was revised,
   * the claims around its change, the only ones whose revisions it changed. Claims it does not
   * hold are passed over.
   */
  marked(claims: Iterable<FactClaim>, superseded: (id: string) => boolean): ClaimIndex {
    const live = this.live.edit();
    const old = this.superseded.edit();
    for (const c of claims) {
      const is = superseded(c.id);
      const moved = is ? live.remove(c) : old.remove(c);
      if (moved) (is ? old : live).add(moved);
    }
    return live.changed || old.changed ? new ClaimIndex(live.done(), old.done()) : this;
  }

  /** The claims whose valid time overlaps the span; with `live`, only those not superseded. */
  overlapping(span: DaySpan, live = false): FactClaim[] {
    return live ? this.live.overlapping(span) : [...this.live.overlapping(span), ...this.superseded.overlapping(span)];
  }
}

/** Claims per block: a change copies its block and the list of blocks, never the whole list. */
const BLOCK = 64;

interface Block {
  /** Sorted by (start, id); never empty. */
  readonly claims: readonly FactClaim[];
  /** The latest end among them. */
  readonly reach: string;
}

const blockOf = (claims: readonly FactClaim[]): Block => ({ claims, reach: claims.reduce((r, c) => (c.span.end > r ? c.span.end : r), '') });

/**
 * Claims sorted by the start of their valid time, immutable, in blocks of up to twice BLOCK:
 * a change copies the blocks it touches and the list of blocks, so that its cost follows the
 * change, not the thousands of claims a series holds.
 */
class SortedClaims {
  /** The first start of each block, and the latest end of the blocks up to each. */
  readonly #starts: readonly string[];
  readonly #reach: readonly string[];
  readonly size: number;

  constructor(readonly blocks: readonly Block[]) {
    this.#starts = blocks.map((b) => b.claims[0]!.span.start);
    const reach: string[] = [];
    let latest = '';
    for (const b of blocks) reach.push((latest = b.reach > latest ? b.reach : latest));
    this.#reach = reach;
    this.size = blocks.reduce((n, b) => n + b.claims.length, 0);
  }

  static of(claims: readonly FactClaim[]): SortedClaims {
    const sorted = [...claims].sort(byStart);
    const blocks: Block[] = [];
    for (let i = 0; i < sorted.length; i += BLOCK) blocks.push(blockOf(sorted.slice(i, i + BLOCK)));
    return new SortedClaims(blocks);
  }

  get claims(): readonly FactClaim[] {
    return this.blocks.flatMap((b) => b.claims);
  }

  /** The claims whose valid time overlaps the span. */
  overlapping(span: DaySpan): FactClaim[] {
    // From the first block whose claims so far reach the span, to the last starting by its end.
    const from = firstIndex(this.#reach.length, (i) => this.#reach[i]! >= span.start);
    const to = firstIndex(this.#starts.length, (i) => this.#starts[i]! > span.end);
    const out: FactClaim[] = [];
    for (let b = from; b < to; b++) {
      for (const c of this.blocks[b]!.claims) {
        if (c.span.start > span.end) break;
        if (c.span.end >= span.start) out.push(c);
      }
    }
    return out;
  }

  /**
   * Changes to make, on copies of the blocks they touch. Places are those of the blocks as they
   * were; a block that grows past twice BLOCK is split when done.
   */
  edit() {
    const copies = new Map<number, FactClaim[]>();
    const now = (b: number) => copies.get(b) ?? this.blocks[b]?.claims ?? [];
    const copy = (b: number) => copies.get(b) ?? (copies.set(b, [...now(b)]), copies.get(b)!);
    // The last block starting by the claim's start (0 if none): where it goes.
    const place = (c: FactClaim) => Math.max(0, firstIndex(this.#starts.length, (i) => this.#starts[i]! > c.span.start) - 1);
    return {
      get changed() {
        return copies.size > 0;
      },
      /** Takes the claim with this one's id out, found near its start; gives it back, if it was there. */
      remove: (c: FactClaim): FactClaim | undefined => {
        // There, or in a block before it when the claims of that day run over from there.
        for (let b = place(c); b >= 0; b--) {
          const i = now(b).findIndex((x) => x.id === c.id);
          if (i >= 0) return copy(b).splice(i, 1)[0];
          if (this.#starts[b] !== c.span.start) break;
        }
        return undefined;
      },
      add: (c: FactClaim) => {
        const claims = copy(place(c));
        claims.splice(
          firstIndex(claims.length, (i) => byStart(claims[i]!, c) > 0),
          0,
          c,
        );
      },
      done: (): SortedClaims => {
        if (copies.size === 0) return this;
        const next: Block[] = [];
        for (let b = 0; b < Math.max(this.blocks.length, 1); b++) {
          const claims = copies.get(b);
          if (!claims) {
            if (this.blocks[b]) next.push(this.blocks[b]!);
          } else if (claims.length <= 2 * BLOCK) {
            if (claims.length > 0) next.push(blockOf(claims));
          } else {
            for (let j = 0; j < claims.length; j += BLOCK) next.push(blockOf(claims.slice(j, j + BLOCK)));
          }
        }
        return new SortedClaims(next);
      },
    };
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
