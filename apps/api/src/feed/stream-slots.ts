import { ProblemError } from '../http/problem.js';

/** What a client refused a stream is told to wait, in seconds: streams end when their clients go. */
const RETRY_AFTER = '5';

/**
 * Counts the change-feed streams open at once, per API key and in all. Each open stream holds a
 * connection and wakes on every append, so their number is what bounds their cost.
 */
export class StreamSlots {
  readonly #perKey = new Map<string, number>();
  #total = 0;

  constructor(private readonly limits: { readonly perKey: number; readonly total: number }) {}

  get open(): number {
    return this.#total;
  }

  /**
   * Takes a slot for a stream of `keyId`, or refuses: 429 when this key has its share open, 503
   * when the server has all it serves. Returns the release, which may be called more than once.
   */
  take(keyId: string): () => void {
    const mine = this.#perKey.get(keyId) ?? 0;
    if (mine >= this.limits.perKey) {
      throw new ProblemError(429, 'Too Many Requests', `this API key has ${mine} change-feed streams open, the most it may`, undefined, {
        'retry-after': RETRY_AFTER,
      });
    }
    if (this.#total >= this.limits.total) {
      throw new ProblemError(503, 'Service Unavailable', 'the server has as many change-feed streams open as it serves', undefined, {
        'retry-after': RETRY_AFTER,
      });
    }
    this.#perKey.set(keyId, mine + 1);
    this.#total++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#total--;
      const left = (this.#perKey.get(keyId) ?? 1) - 1;
      if (left > 0) this.#perKey.set(keyId, left);
      else this.#perKey.delete(keyId);
    };
  }
}
