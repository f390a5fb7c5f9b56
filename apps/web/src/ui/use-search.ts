import { useEffect, useState } from 'preact/hooks';
import type { Page } from '../api/types';

/** The first page of a search, read again a moment after the words stop changing. */
export function useSearch<T>(load: (q: string | undefined) => Promise<Page<T>>, q: string, enabled = true, delay = 200) {
  const [items, setItems] = useState<readonly T[]>();
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const timer = setTimeout(() => {
      load(q.trim() || undefined).then(
        (page) => current && setItems(page.items),
        () => current && setItems([]),
      );
    }, delay);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q, enabled]);
  return items;
}
