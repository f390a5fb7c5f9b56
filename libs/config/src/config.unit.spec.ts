import { describe, expect, it } from 'vitest';
import { demoWanted, limitsOf, loadConfig, loadProjectorConfig, projectionSlicesOf, toolDatabaseUrl, webhookSettingsOf } from './config.js';
import { DEFAULT_LIMITS } from './limits.js';

describe('configuration from the environment', () => {
  it('needs nothing: embedded PostgreSQL in .factlog, the projector inline, the demo on', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', FACTLOG_DATA_DIR: '.factlog', FACTLOG_PROJECTOR: 'thread' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(demoWanted(config)).toBe(true);
  });

  it('loads the demo into a server of ones own only when asked to', () => {
    const url = 'postgres://factlog:secret@db.internal:5432/factlog';
    expect(demoWanted(loadConfig({ DATABASE_URL: url }))).toBe(false);
    expect(demoWanted(loadConfig({ DATABASE_URL: url, FACTLOG_DEMO: 'on' }))).toBe(true);
    expect(demoWanted(loadConfig({ FACTLOG_DEMO: 'off' }))).toBe(false);
  });

  it('sets the rate limits and stream caps, with defaults', () => {
    expect(limitsOf(loadConfig({}))).toEqual(DEFAULT_LIMITS);
    expect(
      limitsOf(loadConfig({ FACTLOG_RATE_LIMIT: '0', FACTLOG_AUTH_FAILURE_LIMIT: '5', FACTLOG_STREAMS_PER_KEY: '2', FACTLOG_STREAMS_TOTAL: '9' })),
    ).toEqual({ requestsPerMinute: 0, authFailuresPerMinute: 5, streamsPerKey: 2, streamsTotal: 9 });
    expect(() => loadConfig({ FACTLOG_STREAMS_TOTAL: '0' })).toThrow(/FACTLOG_STREAMS_TOTAL/);
    expect(() => loadConfig({ FACTLOG_RATE_LIMIT: 'lots' })).toThrow(/FACTLOG_RATE_LIMIT/);
  });

  it('refuses wrong values with one line per variable at fault', () => {
    const attempt = () => loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://x', FACTLOG_DEMO: 'yes', FACTLOG_PROJECTOR: 'sometimes' });
    expect(attempt).toThrow(/^invalid configuration:/);
    const message = (() => {
      try {
        attempt();
      } catch (error) {
        return (error as Error).message;
      }
    })()!;
    for (const name of ['PORT', 'DATABASE_URL', 'FACTLOG_DEMO', 'FACTLOG_PROJECTOR']) expect(message).toMatch(new RegExp(`^  ${name}: `, 'm'));
    expect(message).not.toMatch(/^ {2}HOST: /m);
  });

  it('takes the public base URL and the CORS origins, and refuses what is not one', () => {
    const config = loadConfig({
      FACTLOG_BASE_URL: 'https://facts.example.org/factlog/',
      FACTLOG_CORS_ORIGINS: 'https://desk.example.org, http://localhost:5173',
    });
    expect(config.FACTLOG_BASE_URL).toBe('https://facts.example.org/factlog');
    expect(config.FACTLOG_CORS_ORIGINS).toEqual(['https://desk.example.org', 'http://localhost:5173']);
    for (const wrong of [
      { FACTLOG_BASE_URL: 'facts.example.org' },
      { FACTLOG_BASE_URL: 'https://facts.example.org/?x=1' },
      { FACTLOG_CORS_ORIGINS: 'https://desk.example.org/app' },
      { FACTLOG_CORS_ORIGINS: '*' },
    ]) {
      expect(() => loadConfig(wrong), JSON.stringify(wrong)).toThrow(new RegExp(`^  ${Object.keys(wrong)[0]}`, 'm'));
    }
  });

  it('takes the read replicas as comma-separated postgres URLs, and refuses anything else', () => {
    const replicas = 'postgres://reader:secret@replica-1:5432/factlog, postgresql://reader:secret@replica-2/factlog';
    expect(loadConfig({ DATABASE_READ_URLS: replicas }).DATABASE_READ_URLS).toEqual([
      'postgres://reader:secret@replica-1:5432/factlog',
      'postgresql://reader:secret@replica-2/factlog',
    ]);
    expect(loadConfig({}).DATABASE_READ_URLS).toBeUndefined();
    expect(() => loadConfig({ DATABASE_READ_URLS: 'postgres://replica-1/factlog,mysql://replica-2' })).toThrow(/^ {2}DATABASE_READ_URLS/m);
  });

  it('gives the projector on its own the same variables, with DATABASE_URL required', () => {
    const url = 'postgres://factlog:secret@db.internal:5432/factlog';
    expect(loadProjectorConfig({ DATABASE_URL: url })).toMatchObject({ DATABASE_URL: url, FACTLOG_STANDBY_RETRY_MS: 2000, FACTLOG_WEBHOOK_MAX_ATTEMPTS: 8 });
    expect(webhookSettingsOf(loadProjectorConfig({ DATABASE_URL: url, FACTLOG_WEBHOOK_MAX_ATTEMPTS: '3', FACTLOG_WEBHOOK_BACKOFF_MS: '250' }))).toEqual({
      maxAttempts: 3,
      baseDelayMs: 250,
      maxDelayMs: 3_600_000,
      timeoutMs: 10_000,
      pauseAfter: 3,
      retentionDays: 30,
    });
    expect(() => loadConfig({ FACTLOG_WEBHOOK_MAX_ATTEMPTS: '0' })).toThrow(/^ {2}FACTLOG_WEBHOOK_MAX_ATTEMPTS: /m);
    expect(loadProjectorConfig({ DATABASE_URL: url, FACTLOG_STANDBY_RETRY_MS: '500' }).FACTLOG_STANDBY_RETRY_MS).toBe(500);
    expect(() => loadProjectorConfig({})).toThrow(/^ {2}DATABASE_URL: /m);
    expect(() => loadProjectorConfig({ DATABASE_URL: url, FACTLOG_STANDBY_RETRY_MS: '10' })).toThrow(/^ {2}FACTLOG_STANDBY_RETRY_MS: /m);
  });

  it('splits the fact views into FACTLOG_PROJECTION_SLICES slices, one unless set, at most 64', () => {
    const url = 'postgres://factlog:secret@db.internal:5432/factlog';
    expect(loadProjectorConfig({ DATABASE_URL: url }).FACTLOG_PROJECTION_SLICES).toBe(1);
    expect(loadProjectorConfig({ DATABASE_URL: url, FACTLOG_PROJECTION_SLICES: '4' }).FACTLOG_PROJECTION_SLICES).toBe(4);
    expect(loadConfig({ FACTLOG_PROJECTION_SLICES: '2' }).FACTLOG_PROJECTION_SLICES).toBe(2);
    expect(projectionSlicesOf({})).toBe(1);
    expect(projectionSlicesOf({ FACTLOG_PROJECTION_SLICES: '7' })).toBe(7);
    for (const wrong of ['0', '65', '2.5', 'four']) {
      expect(() => loadProjectorConfig({ DATABASE_URL: url, FACTLOG_PROJECTION_SLICES: wrong }), wrong).toThrow(/^ {2}FACTLOG_PROJECTION_SLICES: /m);
    }
  });

  it('points the command-line tools at DATABASE_URL, or at the embedded database of a running start', () => {
    const url = 'postgres://factlog:secret@db.internal:5432/factlog';
    expect(toolDatabaseUrl({ DATABASE_URL: url })).toBe(url);
    expect(toolDatabaseUrl({})).toBe('postgres://postgres:postgres@127.0.0.1:54329/factlog');
    expect(toolDatabaseUrl({ FACTLOG_EMBEDDED_PORT: '6000' })).toBe('postgres://postgres:postgres@127.0.0.1:6000/factlog');
  });
});
