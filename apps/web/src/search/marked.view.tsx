import type { MarkedText } from '../api/types';

/**
 * A text with the words a search matched in <mark>. The API sends plain text and offsets, never
 * markup: every part is rendered as text, so a source that holds HTML shows it as written.
 */
export function Marked({ text }: { text: MarkedText }) {
  const parts = [];
  let at = 0;
  for (const [start = 0, end = 0] of text.marks) {
    if (start < at || end > text.text.length || end <= start) continue;
    if (start > at) parts.push(text.text.slice(at, start));
    parts.push(<mark key={start}>{text.text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.text.length) parts.push(text.text.slice(at));
  return <>{parts}</>;
}
