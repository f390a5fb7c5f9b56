import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a receiver does with the next request: answer with a status, after a pause, or never. */
export type Behaviour = { status: number; delayMs?: number } | 'hang';

export interface Received {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly at: number;
  /** The status it was answered with; undefined when it was left hanging. */
  readonly status: number | undefined;
}

export interface WebhookReceiver {
  readonly url: string;
  /** Every request, in the order they arrived, whatever it was answered. */
  readonly received: Received[];
  /** How each path answers from now on (default 204 at once); a function decides per request. */
  behave(path: string, behaviour: Behaviour | ((n: number) => Behaviour)): void;
  /** Resolves once `predicate` holds for what has arrived, or fails after `timeoutMs`. */
  until(predicate: (received: Received[]) => boolean, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

/** A real HTTP receiver on localhost, scripted per path: fails, times out, answers slowly, recovers. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: Received[] = [];
  const behaviours = new Map<string, Behaviour | ((n: number) => Behaviour)>();
  const counts = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const path = request.url ?? '/';
      const n = (counts.get(path) ?? 0) + 1;
      counts.set(path, n);
      const rule = behaviours.get(path) ?? { status: 204 };
      const behaviour = typeof rule === 'function' ? rule(n) : rule;
      const status = behaviour === 'hang' ? undefined : behaviour.status;
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now(), status });
      if (behaviour === 'hang') return;
      setTimeout(() => response.writeHead(behaviour.status).end(), behaviour.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    behave: (path, behaviour) => behaviours.set(path, behaviour),
    async until(predicate, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(received)) {
        if (Date.now() > deadline) throw new Error(`the receiver did not get what was expected in ${timeoutMs} ms; it got ${received.length} request(s)`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return received;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
