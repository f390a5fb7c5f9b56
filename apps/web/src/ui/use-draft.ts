import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * What a form holds before it is applied: it starts as what is applied, and starts over when that
 * changes (a link, back or forward), keyed by `key`. Not on the first render, though: effects run
 * after the page is painted, and resetting then would wipe what was typed in between.
 */
export function useDraft<T>(applied: T, key: string) {
  const [draft, setDraft] = useState(applied);
  const seen = useRef(key);
  useEffect(() => {
    if (seen.current === key) return;
    seen.current = key;
    setDraft(applied);
  }, [key]);
  return [draft, setDraft] as const;
}
