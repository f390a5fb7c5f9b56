/** Settings the request handlers need, from the configuration. */
export interface AppSettings {
  /** Where clients reach factlog (FACTLOG_BASE_URL), without a trailing slash: public links start with it. */
  readonly baseUrl?: string;
  /** How many change-feed streams may be open at once. */
  readonly streams: { readonly perKey: number; readonly total: number };
}

export const SETTINGS = Symbol('SETTINGS');
