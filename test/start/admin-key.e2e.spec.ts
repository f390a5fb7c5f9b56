import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, type Started, startBuilt } from './built-app.js';

/** The built `npm start` with an admin key that an admin revoked. */
describe('npm start with a revoked admin key', () => {
  let dir: string;
  const running = new Set<Started>();
  const start = async (env: Record<string, string> = {}) => {
    const started = await startBuilt({ FACTLOG_EMBEDDED_PORT: '0', PORT: '0', FACTLOG_DATA_DIR: dir, FACTLOG_DEMO: 'off', ...env });
    running.add(started);
    return started;
  };
  const stop = async (started: Started) => {
    started.child.kill('SIGINT');
    await started.exited;
    running.delete(started);
  };
  const status = async (started: Started, key: string) => (await fetch(`${started.url}/v1/me`, { headers: { authorization: `Bearer ${key}` } })).status;

  beforeAll(async () => {
    ensureBuilt();
    dir = await mkdtemp(path.join(tmpdir(), 'factlog-admin-key-'));
  });
  afterAll(async () => {
    for (const started of running) await stop(started);
    await rm(dir, { recursive: true, force: true });
  });

  it('replaces the embedded key once revoked, and refuses a revoked FACTLOG_ADMIN_KEY', { timeout: 180_000 }, async () => {
    const first = await start();
    const revokedKey = first.adminKey;
    const headers = { authorization: `Bearer ${revokedKey}` };
    const keys = (await (await fetch(`${first.url}/v1/api-keys`, { headers })).json()) as { items: Array<{ id: string; name: string }> };
    const own = keys.items.find((k) => k.name === 'admin (FACTLOG_ADMIN_KEY)')!;
    expect((await fetch(`${first.url}/v1/api-keys/${own.id}`, { method: 'DELETE', headers })).status).toBe(204);
    await stop(first);

    const second = await start();
    expect(second.output()).toContain(`the admin key in ${dir}/admin-key was revoked; a new one replaces it`);
    expect(second.adminKey).not.toBe(revokedKey);
    expect((await readFile(path.join(dir, 'admin-key'), 'utf8')).trim()).toBe(second.adminKey);
    expect(await status(second, revokedKey)).toBe(401);
    expect(await status(second, second.adminKey)).toBe(200);
    await stop(second);

    const refused = start({ FACTLOG_ADMIN_KEY: revokedKey });
    await expect(refused).rejects.toThrow(/exited with 1/);
    const message = await refused.then(
      () => '',
      (error: Error) => error.message,
    );
    expect(message).toMatch(/FACTLOG_ADMIN_KEY was revoked on \S+ by admin \(FACTLOG_ADMIN_KEY\) and stays revoked: set FACTLOG_ADMIN_KEY to a new key/);
  });
});
