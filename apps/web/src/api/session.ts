import type { Me } from './types';

// The key lives in sessionStorage: it goes when the tab closes, and other sites cannot read it.
const KEY = 'factlog.apiKey';
const POSITION = 'factlog.position';

export function storedKey(): string | null {
  return sessionStorage.getItem(KEY);
}

export function storeKey(key: string): void {
  sessionStorage.setItem(KEY, key);
}

export function forgetKey(): void {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(POSITION);
}

/** The log position of this tab's last write: reads of the fact views wait until they include it. */
export function lastPosition(): number {
  return Number(sessionStorage.getItem(POSITION) ?? 0);
}

export function notePosition(position: unknown): void {
  if (typeof position === 'number' && position > lastPosition()) sessionStorage.setItem(POSITION, String(position));
}

type Listener = (me: Me | null) => void;
const listeners = new Set<Listener>();

/** Tells the shell that the key stopped working (revoked, or the session ended). */
export function onSignOut(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function signalSignOut(): void {
  forgetKey();
  for (const listener of listeners) listener(null);
}
