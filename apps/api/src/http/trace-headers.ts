import type { IncomingHttpHeaders } from 'node:http';
import type { FieldError } from './problem.js';

// Request and correlation ids are stored in every event's metadata and written to the logs, so
// they are kept to what tracing systems send: UUIDs, W3C traceparent, AWS trace ids and the like.
const TRACE_ID = /^[A-Za-z0-9._~:;=/+@-]{1,128}$/;
const MESSAGE = 'use 1 to 128 characters: letters, digits and . _ ~ : ; = / + @ -';

export const TRACE_HEADERS = ['X-Request-Id', 'X-Correlation-Id'] as const;

/** The header's value when it is a well-formed trace id. */
export function validTraceId(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && TRACE_ID.test(value) ? value : undefined;
}

/**
 * The trace headers a request sent in a form factlog does not keep. Such a request is refused
 * rather than given an id of factlog's own: a client that retries with the same id (a comment
 * takes its id from X-Request-Id) must learn that it was not used.
 */
export function traceHeaderErrors(headers: IncomingHttpHeaders): FieldError[] {
  return TRACE_HEADERS.filter((name) => {
    const value = headers[name.toLowerCase()];
    return value !== undefined && !validTraceId(value);
  }).map((field) => ({ field, message: MESSAGE }));
}
