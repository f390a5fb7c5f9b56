/** Settings the request handlers need, from the configuration. */
export interface AppSettings {
  /** A fact whose newest valid time is older than this is flagged stale. */
  readonly staleAfterDays: number;
}

export const SETTINGS = Symbol('SETTINGS');
