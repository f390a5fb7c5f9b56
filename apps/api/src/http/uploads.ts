import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { roleAtLeast } from '#access';
import type { EndpointRouteConfig } from './endpoint.js';
import { ProblemError } from './problem.js';

/**
 * A file a client uploaded, kept on disk (never whole in memory) until the route that took it
 * is done with it. Written as JSON (by the idempotency check's fingerprint), it is its content's
 * hash and size, so the same file sent again with the same Idempotency-Key is the same request.
 */
export class Upload {
  /** Set by the route that takes the file over; an upload nobody claimed is deleted with its response. */
  claimed = false;
  constructor(
    readonly file: string,
    readonly mediaType: string,
    readonly bytes: number,
    readonly sha256: string,
  ) {}

  toJSON() {
    return { mediaType: this.mediaType, bytes: this.bytes, sha256: this.sha256 };
  }

  discard(): Promise<void> {
    return unlink(this.file).catch(() => {});
  }
}

/**
 * Takes files in these media types, on the routes that declare them (Endpoint's `upload`), as a
 * stream written to a temporary file: the route's bodyLimit holds (413 past it, the rest not
 * read), the bytes must be UTF-8 (400), and a key whose role may not use the route sends
 * nothing to disk (the auth guard answers 403). Any other route still takes JSON only (415).
 * `onUploadStart` is told as an accepted upload begins: the route's work can get ready while the
 * bytes arrive.
 */
export function acceptUploads(fastify: FastifyInstance, mediaTypes: readonly string[], { onUploadStart }: { readonly onUploadStart?: () => void } = {}): void {
  fastify.addContentTypeParser([...mediaTypes], async (request: FastifyRequest, payload: NodeJS.ReadableStream) => {
    const config = request.routeOptions.config as Partial<EndpointRouteConfig> | undefined;
    const mediaType = (request.headers['content-type'] ?? '').split(';', 1)[0]!.trim().toLowerCase();
    if (!config?.upload?.includes(mediaType)) {
      throw new ProblemError(415, 'Unsupported Media Type', `Unsupported Media Type: ${mediaType}: this route takes JSON`);
    }
    const access = config.access;
    if (!request.actor || !access || access === 'public' || !roleAtLeast(request.actor.role, access)) return undefined;
    const limit = request.routeOptions.bodyLimit ?? Number.POSITIVE_INFINITY;
    const file = path.join(tmpdir(), `factlog-upload-${randomUUID()}`);
    const hash = createHash('sha256');
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    let bytes = 0;
    const check = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        if (bytes > limit) return done(new ProblemError(413, 'Content Too Large', `the file is over ${limit} bytes, the most this route takes`));
        try {
          utf8.decode(chunk, { stream: true });
        } catch {
          return done(new ProblemError(400, 'Bad Request', `the file is not valid UTF-8 (near byte ${bytes - chunk.length})`));
        }
        hash.update(chunk);
        done(null, chunk);
      },
      flush(done) {
        try {
          utf8.decode();
          done();
        } catch {
          done(new ProblemError(400, 'Bad Request', 'the file is not valid UTF-8 (it ends within a character)'));
        }
      },
    });
    onUploadStart?.();
    try {
      await pipeline(payload, check, createWriteStream(file, { mode: 0o600 }));
    } catch (error) {
      await unlink(file).catch(() => {});
      throw error;
    }
    return new Upload(file, mediaType, bytes, hash.digest('hex'));
  });
  fastify.addHook('onResponse', async (request) => {
    if (request.body instanceof Upload && !request.body.claimed) await request.body.discard();
  });
}
