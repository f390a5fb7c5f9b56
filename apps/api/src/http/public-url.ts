import type { FastifyRequest } from 'fastify';
import type { AppSettings } from '../settings.js';

/**
 * The public URL of a path, for links that leave factlog (a ClaimReview's `url`): from
 * FACTLOG_BASE_URL, else from the address this server was reached at. Never from the request's
 * Host header, which the client chooses.
 */
export function publicUrl(settings: AppSettings, request: FastifyRequest, path: string): string {
  if (settings.baseUrl) return `${settings.baseUrl}${path}`;
  const { localAddress = '127.0.0.1', localPort } = request.socket;
  const host = localAddress.startsWith('::ffff:') ? localAddress.slice(7) : localAddress;
  return `http://${host.includes(':') ? `[${host}]` : host}:${localPort}${path}`;
}
