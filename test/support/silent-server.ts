import { createServer, type Socket } from 'node:net';

export interface SilentServer {
  /** A PostgreSQL connection string for it. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * A server that accepts connections and never says a word: a host that hangs, a half-open
 * firewall, a PostgreSQL stuck in its start. What connects to it has to give up by itself.
 */
export async function startSilentServer(): Promise<SilentServer> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/factlog`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
