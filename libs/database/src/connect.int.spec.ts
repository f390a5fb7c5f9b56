import { createServer, type Server, type Socket } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from './connect.js';
import { isDatabaseUnavailable } from './unavailable.js';

describe('a database that does not answer', () => {
  // A server that accepts connections and never says a word: a host that hangs, a
  // half-open firewall, a PostgreSQL stuck in its start.
  let silent: Server;
  const sockets: Socket[] = [];
  let url: string;

  beforeAll(async () => {
    silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    url = `postgres://postgres:postgres@127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/factlog`;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('fails a query within the connection timeout, as unavailable, instead of waiting for it', async () => {
    const db = connect(url, { connectionTimeoutMs: 300 });
    try {
      const started = Date.now();
      const error = await sql`select 1`.execute(db).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeDefined();
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await db.destroy();
    }
  });
});
