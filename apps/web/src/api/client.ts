import { lastPosition, notePosition, signalSignOut, storedKey } from './session';
import type { Problem } from './types';

/** An answer of the API that is not a success, with its problem details. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

export interface RequestOptions {
  readonly body?: unknown;
  readonly query?: Readonly<Record<string, string | number | undefined | null>>;
  readonly headers?: Readonly<Record<string, string>>;
  /** Use this key rather than the stored one (signing in). */
  readonly key?: string;
}

// These reads come from read models (the fact views, the editorial list, the lists of what was
// recorded), which the projector fills after a write: they take `minPosition` to see this tab's own writes.
const PROJECTED = /^\/v1\/((facts|contradictions|review)(\/|$|\?)|(sources|entities|metrics|claims)$|sources\/[^/]+\/candidates$)/;

export function apiUrl(path: string, query: RequestOptions['query'] = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function toProblem(response: Response): Promise<Problem> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as Partial<Problem>;
    if (typeof body.title === 'string') return { ...body, title: body.title, status: body.status ?? response.status };
  } catch {
    // not problem+json: describe the status instead
  }
  return { title: response.statusText || 'Error', status: response.status, ...(text ? { detail: text.slice(0, 300) } : {}) };
}

/** Calls the API with the session's key; failures become an ApiError carrying the problem. */
export async function fetchApi(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const key = options.key ?? storedKey();
  const query = { ...options.query };
  if (method === 'GET' && PROJECTED.test(path) && lastPosition() > 0) query.minPosition ??= lastPosition();
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      method,
      headers: {
        accept: 'application/json, application/problem+json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
  } catch {
    throw new ApiError({ title: 'No answer', status: 0, detail: 'the factlog server could not be reached' });
  }
  if (!response.ok) {
    const problem = await toProblem(response);
    // A key that stopped working mid-session sends the user back to sign in.
    if (response.status === 401 && !options.key) signalSignOut();
    throw new ApiError(problem);
  }
  return response;
}

export async function api<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await fetchApi(method, path, options);
  if (response.status === 204) return undefined as T;
  const body = (await response.json()) as T;
  if (method !== 'GET') notePosition((body as { position?: unknown } | undefined)?.position);
  return body;
}

export const get = <T>(path: string, query?: RequestOptions['query']) => api<T>('GET', path, { query });
export const post = <T>(path: string, body: unknown, headers?: Record<string, string>) => api<T>('POST', path, { body, ...(headers ? { headers } : {}) });
export const patch = <T>(path: string, body: unknown, headers?: Record<string, string>) => api<T>('PATCH', path, { body, ...(headers ? { headers } : {}) });

/** Path segments as the API expects them: subjects may hold spaces, slashes or any letter. */
export const seg = (value: string) => encodeURIComponent(value);

/** Fetches a file with the session's key and hands it to the browser as a download. */
export async function download(path: string, filename: string): Promise<void> {
  const response = await fetchApi('GET', path, { headers: { accept: '*/*' } });
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A fresh Idempotency-Key. randomUUID exists only on HTTPS and localhost; random bytes do everywhere. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
