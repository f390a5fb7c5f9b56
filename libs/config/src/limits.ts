/** What one client may take of the server. */
export interface Limits {
  /** Requests per minute per API key; 0 sets no budget. */
  readonly requestsPerMinute: number;
  /** Requests without a valid key per minute per client address before they get 429; 0 sets no limit. */
  readonly authFailuresPerMinute: number;
  /** Change-feed streams open at once per API key, and in all. */
  readonly streamsPerKey: number;
  readonly streamsTotal: number;
}

export const DEFAULT_LIMITS: Limits = {
  requestsPerMinute: 6000,
  authFailuresPerMinute: 20,
  streamsPerKey: 5,
  streamsTotal: 100,
};
