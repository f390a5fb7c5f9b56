import { z } from 'zod';
import { DEFAULT_LIMITS, type Limits } from './limits.js';

/** The embedded server's port when FACTLOG_EMBEDDED_PORT is not set. */
const DEFAULT_EMBEDDED_PORT = 54329;
/** The database factlog makes for itself on the embedded server. */
export const EMBEDDED_DATABASE = 'factlog';

/** Every variable factlog reads, for the API and the projector alike. */
const Config = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** A PostgreSQL server to use; without it, factlog runs its own embedded one. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /**
   * PostgreSQL streaming replicas (hot standbys of DATABASE_URL's server), comma separated: the
   * API's reads of the read models go to them; writes and the projector stay on the primary.
   */
  DATABASE_READ_URLS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^postgres(ql)?$/, message: 'expected postgres:// URLs, comma separated' })))
    .optional(),
  /** Where the embedded server keeps its data between runs. */
  FACTLOG_DATA_DIR: z.string().default('.factlog'),
  /** An API key that works as admin: how the first admin gets in. At least 24 characters. */
  FACTLOG_ADMIN_KEY: z.string().min(24, 'use at least 24 random characters').optional(),
  LOG_LEVEL: z.enum(['silent', 'error', 'warn', 'info', 'debug']).default('info'),
  /**
   * thread: this process also runs the projections and webhook delivery, on a worker thread of
   * their own (so on another core than the requests); inline: on the requests' own thread;
   * off: a projector app does.
   */
  FACTLOG_PROJECTOR: z.enum(['thread', 'inline', 'off']).default('thread'),
  /** Port of the embedded server; 0 picks a free one. */
  FACTLOG_EMBEDDED_PORT: z.coerce.number().int().min(0).max(65535).default(DEFAULT_EMBEDDED_PORT),
  /** Load the demo data into an empty log: on by default with the embedded server, off with DATABASE_URL. */
  FACTLOG_DEMO: z.enum(['on', 'off']).optional(),
  /** Where clients reach factlog (behind a proxy, its public address): public links are built on it. */
  FACTLOG_BASE_URL: z
    .url({ protocol: /^https?$/, message: 'expected an http(s) URL such as https://facts.example.org' })
    .refine((u) => !/[?#]/.test(u), 'no query or fragment')
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  /** Browser origins allowed to call the API (CORS), comma separated; unset allows none. */
  FACTLOG_CORS_ORIGINS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .url({ protocol: /^https?$/, message: 'expected origins such as https://newsroom.example.org' })
          .refine((o) => URL.canParse(o) && new URL(o).origin === o, 'an origin has no path: https://host[:port]'),
      ),
    )
    .optional(),
  /** Requests per minute per API key (0: no budget). */
  FACTLOG_RATE_LIMIT: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.requestsPerMinute),
  /** Requests without a valid key per minute per client address before 429 (0: no limit). */
  FACTLOG_AUTH_FAILURE_LIMIT: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.authFailuresPerMinute),
  /** Change-feed streams open at once per API key, and in all. */
  FACTLOG_STREAMS_PER_KEY: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.streamsPerKey),
  FACTLOG_STREAMS_TOTAL: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.streamsTotal),
  /** How often a projector on standby tries to take over a projection that another one holds. */
  FACTLOG_STANDBY_RETRY_MS: z.coerce.number().int().min(100).default(2000),
  /**
   * Slices the projections that can be split by fact (the fact views) are applied in, each by a
   * runner with its own checkpoint and lock, so that as many projector processes share the work.
   * Fixed for a read model: another count needs a rebuild with it set (`npm run rebuild`).
   */
  FACTLOG_PROJECTION_SLICES: z.coerce.number().int().min(1).max(64).default(1),
  /** Attempts at a webhook message before it is dead-lettered. */
  FACTLOG_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  /** The wait after a webhook's first failed attempt; it doubles with each further one, up to FACTLOG_WEBHOOK_BACKOFF_MAX_MS. */
  FACTLOG_WEBHOOK_BACKOFF_MS: z.coerce.number().int().min(1).default(10_000),
  FACTLOG_WEBHOOK_BACKOFF_MAX_MS: z.coerce.number().int().min(1).default(3_600_000),
  /** How long a webhook receiver has to answer. */
  FACTLOG_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(1).default(10_000),
  /** Dead-lettered messages in a row after which a webhook subscription is paused. */
  FACTLOG_WEBHOOK_PAUSE_AFTER: z.coerce.number().int().min(1).default(3),
  /** Days a delivered webhook message and its attempts are kept; pending and dead ones stay. */
  FACTLOG_WEBHOOK_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
});
export type Config = z.infer<typeof Config>;

/** Whether this start may load the demo data (it still does only into a log without other writes). */
export const demoWanted = (config: Config) => (config.FACTLOG_DEMO ?? (config.DATABASE_URL ? 'off' : 'on')) === 'on';

/** The limits the configuration sets. */
export const limitsOf = (config: Config): Limits => ({
  requestsPerMinute: config.FACTLOG_RATE_LIMIT,
  authFailuresPerMinute: config.FACTLOG_AUTH_FAILURE_LIMIT,
  streamsPerKey: config.FACTLOG_STREAMS_PER_KEY,
  streamsTotal: config.FACTLOG_STREAMS_TOTAL,
});

/** How webhooks are retried and given up on, as the configuration sets it. */
export const webhookSettingsOf = (config: Pick<Config, `FACTLOG_WEBHOOK_${string}` & keyof Config>) => ({
  maxAttempts: config.FACTLOG_WEBHOOK_MAX_ATTEMPTS,
  baseDelayMs: config.FACTLOG_WEBHOOK_BACKOFF_MS,
  maxDelayMs: config.FACTLOG_WEBHOOK_BACKOFF_MAX_MS,
  timeoutMs: config.FACTLOG_WEBHOOK_TIMEOUT_MS,
  pauseAfter: config.FACTLOG_WEBHOOK_PAUSE_AFTER,
  retentionDays: config.FACTLOG_WEBHOOK_RETENTION_DAYS,
});

/** FACTLOG_PROJECTION_SLICES alone, for the tools that read nothing else (the rebuild). */
export function projectionSlicesOf(env: NodeJS.ProcessEnv = process.env): number {
  return parse(Config.pick({ FACTLOG_PROJECTION_SLICES: true }), env).FACTLOG_PROJECTION_SLICES;
}

/** Reads the environment; a wrong value stops the start with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return parse(Config, env);
}

/** The projector on its own needs a server to work on: DATABASE_URL is required there. */
const ProjectorConfig = Config.pick({
  DATABASE_URL: true,
  FACTLOG_STANDBY_RETRY_MS: true,
  FACTLOG_PROJECTION_SLICES: true,
  FACTLOG_WEBHOOK_MAX_ATTEMPTS: true,
  FACTLOG_WEBHOOK_BACKOFF_MS: true,
  FACTLOG_WEBHOOK_BACKOFF_MAX_MS: true,
  FACTLOG_WEBHOOK_TIMEOUT_MS: true,
  FACTLOG_WEBHOOK_PAUSE_AFTER: true,
  FACTLOG_WEBHOOK_RETENTION_DAYS: true,
}).required({ DATABASE_URL: true });
export type ProjectorConfig = z.infer<typeof ProjectorConfig>;

export function loadProjectorConfig(env: NodeJS.ProcessEnv = process.env): ProjectorConfig {
  return parse(ProjectorConfig, env);
}

/**
 * Where the command-line tools (rebuild, projections, verify-log) find the log: DATABASE_URL, or
 * else the embedded database of a running `npm start`.
 */
export function toolDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const config = parse(Config.pick({ DATABASE_URL: true, FACTLOG_EMBEDDED_PORT: true }), env);
  return config.DATABASE_URL ?? `postgres://postgres:postgres@127.0.0.1:${config.FACTLOG_EMBEDDED_PORT}/${EMBEDDED_DATABASE}`;
}

function parse<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
  throw new Error(`invalid configuration:\n${problems}`);
}
