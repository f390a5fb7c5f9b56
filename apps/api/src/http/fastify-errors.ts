import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { type FieldError, RequestValidationError, toProblem } from './problem.js';

/**
 * What Fastify answers before any route runs, in problem+json like every other error. These go
 * into the adapter's options: they act before Nest's exception filter can see the request.
 */

/**
 * The longest path parameter taken, before decoding: ids are at most 200 characters, and
 * names (aliases) 300, which percent-encoded as 3-byte UTF-8 come to 2,700. Longer: 414.
 */
export const MAX_PARAM_LENGTH = 4096;

/**
 * The router's refusals: bad percent-encoding in the path (400), an over-long parameter (414).
 * They come before the body is read, so the connection is closed rather than left to parse
 * the unread body as the next request.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const detail =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? `a path parameter is longer than ${MAX_PARAM_LENGTH} characters`
      : error.code === 'FST_ERR_BAD_URL'
        ? 'the path is not valid percent-encoded UTF-8'
        : error.message;
  const problem = toProblem({ statusCode: error.statusCode ?? 400, message: detail });
  void reply
    .code(problem.status)
    .header('x-request-id', request.id)
    .header('connection', 'close')
    .header('content-type', 'application/problem+json')
    // No hook has run (helmet among them): the headers that matter for an error body are set here.
    .header('x-content-type-options', 'nosniff')
    .send({ ...problem, instance: request.url.slice(0, 300), requestId: request.id });
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them: a request line or headers over
 * the 16 KiB Node allows (a huge query string among them: 431), a timeout (408), anything else
 * malformed (400). Written to the socket, which is then closed, as Node itself does.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  // Bytes after a request answered with `Connection: close` (an unread body, say) are not a
  // request: the client already has its answer, and a second one would corrupt it. Nor may an
  // answer go out in the middle of another one.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'HPE_CLOSED_CONNECTION' || inFlight?.headersSent) {
    socket.destroy(error);
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const detail = {
    431: 'the request line and headers are larger than the 16 KiB the server reads; send a shorter query string',
    408: 'the request took too long to arrive',
    400: 'the request is not valid HTTP',
  }[status];
  const body = JSON.stringify({ ...toProblem({ statusCode: status, message: detail }), detail });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\nX-Content-Type-Options: nosniff\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/**
 * Path parameters and query values with NUL (`%00`, which no PostgreSQL text can hold) or
 * percent-encoding that is not UTF-8 (which would otherwise reach a query half-decoded) are
 * refused with 400 naming the parameter. An onRequest hook: it runs before anything else.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- Fastify calls a hook without a done callback only when it is async
export async function refuseUnusableUrl(request: FastifyRequest): Promise<void> {
  const inPath: FieldError[] = [];
  for (const [name, value] of Object.entries((request.params ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string' && value.includes('\0')) inPath.push({ field: name, message: 'holds a NUL character (%00)' });
  }
  if (inPath.length) throw new RequestValidationError(inPath, 'path');
  const errors: FieldError[] = [];
  const at = request.url.indexOf('?');
  if (at >= 0) {
    for (const pair of request.url.slice(at + 1).split('&')) {
      const [rawName = '', rawValue = ''] = pair.split(/=(.*)/s);
      const name = decode(rawName);
      const value = decode(rawValue);
      const field = name ?? rawName;
      if (name === undefined || value === undefined) errors.push({ field, message: 'is not valid percent-encoded UTF-8' });
      else if (name.includes('\0') || value.includes('\0')) errors.push({ field: field.replaceAll('\0', '\\u0000'), message: 'holds a NUL character (%00)' });
    }
  }
  if (errors.length) throw new RequestValidationError(errors, 'query');
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}
