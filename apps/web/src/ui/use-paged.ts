import { useEffect, useState } from 'preact/hooks';
import type { Page, Problem } from '../api/types';
import { toProblem } from './use-resource';

export interface Paged<T> {
  readonly items: readonly T[];
  /** The cursor of the next page; null once the last one is in. */
  readonly next: string | null;
  readonly problem?: Problem | undefined;
  readonly loading: boolean;
  /** Reads the next page and adds it to the items. */
  more(): Promise<void>;
}

interface Shown<T> {
  /** The keys the items were read for. */
  readonly key: string;
  readonly items: readonly T[];
  readonly next: string | null;
}

/**
 * A list read a page at a time from a paged endpoint: the first page again whenever a key
 * changes (only the latest answer is kept), the next one on `more`. `append` says how a page
 * joins what is already shown (by default, after it).
 *
 * Items read for other keys are never returned, not even for the one render before the new
 * read starts: a list filtered a moment ago must not pass for the answer to the new filter.
 */
export function usePaged<T>(
  load: (cursor: string | undefined) => Promise<Page<T>>,
  keys: readonly unknown[],
  append: (shown: readonly T[], page: readonly T[]) => T[] = (shown, page) => [...shown, ...page],
): Paged<T> {
  const key = JSON.stringify(keys);
  const [shown, setShown] = useState<Shown<T>>();
  const [problem, setProblem] = useState<{ key: string; problem: Problem }>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    load(undefined).then(
      (page) => current && setShown({ key, items: [...page.items], next: page.next }),
      (error: unknown) => current && setProblem({ key, problem: toProblem(error) }),
    );
    return () => {
      current = false;
    };
  }, [key]);

  const fresh = shown?.key === key ? shown : undefined;
  const failed = problem?.key === key ? problem.problem : undefined;

  const more = async () => {
    if (!fresh?.next) return;
    setBusy(true);
    try {
      const page = await load(fresh.next);
      setShown((s) => (s?.key === key ? { key, items: append(s.items, page.items), next: page.next } : s));
    } catch (error) {
      setProblem({ key, problem: toProblem(error) });
    } finally {
      setBusy(false);
    }
  };

  return {
    items: fresh?.items ?? [],
    next: fresh?.next ?? null,
    problem: failed,
    loading: busy || (!fresh && !failed),
    more,
  };
}
