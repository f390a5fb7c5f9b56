/**
 * SQLSTATEs that say the server went away or cannot take the session now, not that the
 * statement was wrong: every connection exception (class 08), a shutdown or crash of the server
 * or of this backend (57P01, 57P02), a server still starting or in recovery (57P03), and no
 * connection slot left (53300).
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** Socket errors on the way to the server. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);

/**
 * pg's own words for a connection that ended or never came: 'Connection terminated
 * (unexpectedly | due to connection timeout)', a client's connect timeout ('timeout expired'),
 * the pool's 'timeout exceeded when trying to connect', and a client that already lost its
 * connection ('... is not queryable').
 */
const CLIENT_MESSAGES =
  /^(Connection terminated|timeout expired$|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed)/;

/**
 * Whether an error means the database cannot be reached at the moment, rather than that the
 * request was at fault: the same request may succeed once the server is back.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, syscall, message, cause, errors } = error as { code?: unknown; syscall?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code) || SOCKET_CODES.has(code))) return true;
  // A Unix-domain socket that went away with its server.
  if (code === 'ENOENT' && syscall === 'connect') return true;
  if (typeof message === 'string' && CLIENT_MESSAGES.test(message)) return true;
  // A connection attempt to every address of a host fails as one AggregateError.
  if (Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
