import type { FactSummary, LatestReleases, SourceTally } from '#claims';
import type { ClaimIndex } from './claim-index.js';

export interface CachedSummary {
  readonly summary: FactSummary;
  readonly tally: SourceTally;
  /** Active claims without a verdict; absent: unknown (a row written before it was kept). */
  readonly unreviewed?: number;
  /**
   * The latest publication date of each publisher's active claims on the fact, or later
   * (`newestReleases`); absent: not known in this process, read when a batch needs it.
   */
  readonly latest?: LatestReleases;
  /**
   * Every active claim of the fact, when this process knows them all: the clusters around a
   * change are then found here rather than in rm_claims. Absent: searched in rm_claims.
   */
  readonly claims?: ClaimIndex;
}

/** How many facts' summaries a process keeps; past that the least recently written go. */
const MAX_FACTS = 200_000;

/**
 * How many revisions the kept summaries may record between them, each fact counting once more
 * (a series revised for decades holds thousands, at about 100 bytes each); past that too the
 * least recently written facts go. With MAX_FACTS it bounds the memory of a long import however
 * many facts and revisions it brings; a fact that went is read from the table when next written.
 */
export const MAX_SUMMARY_WEIGHT = 1_000_000;

/**
 * How many claims the facts' claim indexes hold together, about 300 bytes each; past that the
 * least recently written facts lose theirs (their summaries stay) and are searched in rm_claims
 * from then on, rather than read whole again, which a working set larger than this would
 * otherwise do at every batch.
 */
export const MAX_INDEXED_CLAIMS = 300_000;

/**
 * The fact summary rows as this process last wrote them, so that a batch reads from memory the
 * previous summaries it extends instead of probing the table for each fact.
 *
 * A transaction can roll back after its batch was applied, and other processes (a standby
 * taking over, a rebuild swapping tables in) can write the same table, so the cache is trusted
 * only as far as the table itself vouches for it. Every batch records in the read model, in its
 * own transaction, the position of the last event it applied, beside a lineage drawn at random
 * when the tables were first written (together, its mark). At the start of the next batch the
 * mark read back says what happened to the last one:
 * - it is the mark the last batch wrote: that batch committed, and what it wrote joins the cache;
 * - it is the mark the cache was valid at: the last batch rolled back, and what it wrote is
 *   dropped;
 * - anything else: someone else wrote the table, and the cache is emptied.
 * Equal marks mean equal tables even across processes: within one lineage the read model is a
 * function of the events applied, whatever the batches; tables emptied or built anew (a
 * rebuild, another database) start a new lineage.
 */
export class SummaryCache {
  #entries = new Map<string, CachedSummary>();
  /** Claims in the entries' indexes. */
  #indexed = 0;
  /** The entries' weight: one for each, and one for each revision its summary holds. */
  #weight = 0;
  /** Facts whose index went for room: not indexed again. */
  #unindexed = new Set<string>();
  #mark: string | undefined;
  #pending: { mark: string; entries: Map<string, CachedSummary> } | undefined;
  #batch = 0;

  constructor(
    private readonly maxIndexed = MAX_INDEXED_CLAIMS,
    private readonly maxWeight = MAX_SUMMARY_WEIGHT,
  ) {}

  /** Starts a batch, given the mark read from the table in the batch's transaction. */
  begin(mark: string | undefined): CacheBatch {
    if (this.#pending && mark === this.#pending.mark) {
      for (const [key, entry] of this.#pending.entries) {
        const before = this.#entries.get(key);
        this.#indexed -= before?.claims?.size ?? 0;
        this.#weight -= before ? weight(before) : 0;
        this.#entries.delete(key); // re-inserted last: the Map's order is the order of writing
        const claims = this.#unindexed.has(key) ? undefined : entry.claims;
        this.#entries.set(key, claims === entry.claims ? entry : withoutIndex(entry));
        this.#indexed += claims?.size ?? 0;
        this.#weight += weight(entry);
      }
      for (const [key, entry] of this.#entries) {
        if (this.#weight <= this.maxWeight && this.#entries.size <= MAX_FACTS) break;
        this.#indexed -= entry.claims?.size ?? 0;
        this.#weight -= weight(entry);
        this.#entries.delete(key);
      }
      for (const [key, entry] of this.#entries) {
        if (this.#indexed <= this.maxIndexed) break;
        if (!entry.claims) continue;
        this.#indexed -= entry.claims.size;
        this.#entries.set(key, withoutIndex(entry));
        this.#unindexed.add(key);
      }
    } else if (mark === undefined || mark !== this.#mark) {
      this.#entries = new Map();
      this.#indexed = 0;
      this.#weight = 0;
      this.#unindexed = new Set();
    }
    this.#mark = mark;
    this.#pending = undefined;
    const batch = ++this.#batch;
    const written = new Map<string, CachedSummary>();
    // A batch that another began after it (two read models in one process, say) has lost its
    // claim on the cache: it neither reads it nor leaves its writes to be taken in.
    const current = () => batch === this.#batch;
    return {
      get: (key) => (current() ? this.#entries.get(key) : undefined),
      indexable: (key) => current() && !this.#unindexed.has(key),
      set: (key, entry) => void written.set(key, entry),
      end: (nextMark) => {
        if (current()) this.#pending = { mark: nextMark, entries: written };
      },
    };
  }
}

/** One batch's use of the cache. */
export interface CacheBatch {
  get(key: string): CachedSummary | undefined;
  /** Whether the fact's claims may be indexed: false once its index went for room. */
  indexable(key: string): boolean;
  /** Records what the batch wrote for a fact. */
  set(key: string, entry: CachedSummary): void;
  /** Called once the batch has written everything, with the mark it wrote. */
  end(mark: string): void;
}

function weight(entry: CachedSummary): number {
  return 1 + entry.summary.supersededBy.size;
}

function withoutIndex({ claims: _, ...entry }: CachedSummary): CachedSummary {
  return entry;
}
