import { useEffect, useRef, useState } from 'preact/hooks';
import type { Page, Problem } from '../api/types';
import { toProblem } from './use-resource';

export interface Paged<T> {
  readonly items: readonly T[];
  /** The cursor of the next page; null once the last one is in. */
  readonly next: string | null;
  readonly problem?: Problem | undefined;
  readonly loading: boolean;
  /** Reads the next page and adds it to the items. */
  more: () => Promise<void>;
}

export interface PagedOptions<T> {
  /** How a page joins what is already shown; by default, after it. */
  readonly append?: (shown: readonly T[], page: readonly T[]) => T[];
  /** A change reads the first page again but keeps the list shown until it arrives. */
  readonly refresh?: unknown;
}

/** What is shown, and for which keys: the items so far and, if the last read failed, why. */
interface Shown<T> {
  readonly key: string;
  readonly items: readonly T[];
  readonly next: string | null;
  readonly problem?: Problem;
}

/**
 * A list read a page at a time from a paged endpoint: the first page again whenever a key
 * changes (only the latest answer is kept), the next one on `more`.
 *
 * Items read for other keys are never returned, not even for the one render before the new
 * read starts: a list filtered a moment ago must not pass for the answer to the new filter.
 */
export function usePaged<T>(load: (cursor: string | undefined) => Promise<Page<T>>, keys: readonly unknown[], options: PagedOptions<T> = {}): Paged<T> {
  const { append = (shown, page) => [...shown, ...page], refresh } = options;
  const key = JSON.stringify(keys);
  const [shown, setShown] = useState<Shown<T>>();
  const [moreFor, setMoreFor] = useState<string>();
  const reading = useRef(false);

  useEffect(() => {
    let current = true;
    load(undefined).then(
      (page) => current && setShown({ key, items: [...page.items], next: page.next }),
      // A refresh that fails keeps the list it was to replace.
      (error: unknown) => current && setShown((s) => ({ ...(s?.key === key ? s : { key, items: [], next: null }), problem: toProblem(error) })),
    );
    return () => {
      current = false;
    };
  }, [key, refresh]);

  const fresh = shown?.key === key ? shown : undefined;

  const more = async () => {
    if (!fresh?.next || reading.current) return;
    reading.current = true;
    setMoreFor(key);
    try {
      const page = await load(fresh.next);
      setShown((s) => (s?.key === key ? { key, items: append(s.items, page.items), next: page.next } : s));
    } catch (error) {
      setShown((s) => (s?.key === key ? { ...s, problem: toProblem(error) } : s));
    } finally {
      reading.current = false;
      setMoreFor(undefined);
    }
  };

  return { items: fresh?.items ?? [], next: fresh?.next ?? null, problem: fresh?.problem, loading: moreFor === key || !fresh, more };
}
