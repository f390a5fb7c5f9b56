import { request as httpRequest } from 'node:http';

export interface RawReply {
  readonly status: number;
  readonly contentType: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly text: string;
  /** The body as JSON, or the text when it is not JSON. */
  readonly body: any;
}

export interface RawRequest {
  readonly method: string;
  /** Sent exactly as given: no encoding, no normalising (fetch would do both). */
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
  /** Give up (and reject) after this long; default 20 s. */
  readonly timeoutMs?: number;
}

/**
 * One HTTP request with its path and body bytes untouched, on a connection of its own: what
 * hostile input needs. A `text/event-stream` answer is closed once its headers arrive.
 */
export function rawRequest(baseUrl: string, options: RawRequest): Promise<RawReply> {
  const url = new URL(baseUrl);
  // Node frames a GET or DELETE body with neither length nor chunks unless told the length.
  const headers = { ...(options.body !== undefined ? { 'content-length': String(Buffer.byteLength(options.body)) } : {}), ...options.headers };
  return new Promise<RawReply>((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method: options.method, path: options.path, headers, agent: false }, (res) => {
      const contentType = String(res.headers['content-type'] ?? '');
      if (contentType.startsWith('text/event-stream')) {
        res.destroy();
        resolve({ status: res.statusCode!, contentType, headers: res.headers, text: '', body: undefined });
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          // not JSON: keep the text
        }
        resolve({ status: res.statusCode!, contentType, headers: res.headers, text, body });
      });
    });
    req.setTimeout(options.timeoutMs ?? 20_000, () => req.destroy(new Error(`no answer within ${options.timeoutMs ?? 20_000} ms`)));
    req.on('error', reject);
    req.end(options.body);
  });
}
