/** Settings the request handlers need, from the configuration. */
export interface AppSettings {
  /** A fact whose newest valid time is older than this is flagged stale. */
  readonly staleAfterDays: number;
  /** Where clients reach factlog (FACTLOG_BASE_URL), without a trailing slash: public links start with it. */
  readonly baseUrl?: string;
  /** How many change-feed streams may be open at once. */
  readonly streams: { readonly perKey: number; readonly total: number };
}

export const SETTINGS = Symbol('SETTINGS');

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
