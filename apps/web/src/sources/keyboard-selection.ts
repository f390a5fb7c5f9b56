import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { Span } from './marks';

/**
 * Selecting words without a mouse: a cursor steps over the words of the text (← →, Home, End),
 * Shift extends the selection from where it started, Enter hands the selected words on.
 */
export function useKeyboardSelection(words: readonly Span[], container: RefObject<HTMLElement | null>, onChoose: (span: Span) => void) {
  const [cursor, setCursor] = useState<number>();
  const [anchor, setAnchor] = useState<number>();

  const span = (): Span | undefined => {
    if (cursor === undefined) return undefined;
    const [lo, hi] = [Math.min(cursor, anchor ?? cursor), Math.max(cursor, anchor ?? cursor)];
    return { start: words[lo]!.start, end: words[hi]!.end };
  };
  const move = (to: number, extend: boolean) => {
    const next = Math.max(0, Math.min(words.length - 1, to));
    setCursor(next);
    if (!extend || anchor === undefined) setAnchor(extend ? (cursor ?? next) : next);
    container.current?.querySelector(`[data-w="${next}"]`)?.scrollIntoView({ block: 'nearest' });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys pressed on a mark inside the text (a link, a candidate) are the mark's own.
    if (event.target !== container.current || words.length === 0) return;
    const at = cursor ?? -1;
    switch (event.key) {
      case 'ArrowRight':
        move(cursor === undefined ? 0 : at + 1, event.shiftKey);
        break;
      case 'ArrowLeft':
        move(cursor === undefined ? 0 : at - 1, event.shiftKey);
        break;
      case 'Home':
        move(0, event.shiftKey);
        break;
      case 'End':
        move(words.length - 1, event.shiftKey);
        break;
      case 'Enter': {
        const chosen = span();
        if (!chosen) return;
        // The claim form shows the chosen words from here on; the next selection starts afresh.
        setCursor(undefined);
        setAnchor(undefined);
        onChoose(chosen);
        break;
      }
      case 'Escape':
        setCursor(undefined);
        setAnchor(undefined);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const inSelection = (word: number) => cursor !== undefined && word >= Math.min(cursor, anchor ?? cursor) && word <= Math.max(cursor, anchor ?? cursor);
  return { cursor, span, onKeyDown, inSelection };
}
