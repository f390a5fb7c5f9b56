/** How the sender spaces its attempts at one message, and when it gives up. */
export interface RetryPolicy {
  /** Attempts before a message is dead-lettered (FACTLOG_WEBHOOK_MAX_ATTEMPTS). */
  readonly maxAttempts: number;
  /** The wait after the first failure; each later one doubles it (FACTLOG_WEBHOOK_BACKOFF_MS). */
  readonly baseDelayMs: number;
  /** The longest wait between two attempts (FACTLOG_WEBHOOK_BACKOFF_MAX_MS). */
  readonly maxDelayMs: number;
}

/**
 * The wait after failed attempt number `attempt` (1 for the first): exponential, capped, with
 * "equal jitter" (half fixed, half random), so receivers that fail together are not retried in
 * step, yet no wait is shorter than half its step. `random` is in [0, 1).
 */
export function retryDelayMs(policy: RetryPolicy, attempt: number, random: number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (step / 2) * random);
}
