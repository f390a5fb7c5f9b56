import type { Quantity } from '../api/types';
import { formatQuantity, humanize } from '../format';

/** An event's data, folded away: most are long. */
export function EventData({ data }: { data: unknown }) {
  const summary = summarize(data);
  return (
    <details class="event-data">
      <summary>{summary || 'data'}</summary>
      <pre>{JSON.stringify(data, null, 2)}</pre>
    </details>
  );
}

function summarize(data: unknown): string {
  if (!data || typeof data !== 'object') return '';
  const d = data as Record<string, unknown>;
  const parts = [
    typeof d.from === 'string' && typeof d.to === 'string' ? `${humanize(d.from)} → ${humanize(d.to)}` : undefined,
    typeof d.assignee === 'string' ? `assignee: ${d.assignee}` : undefined,
    typeof d.note === 'string' ? `note: ${d.note}` : undefined,
    typeof d.text === 'string' ? `“${d.text}”` : undefined,
    typeof d.reason === 'string' ? `reason: ${d.reason}` : undefined,
    typeof d.verdict === 'string' ? `verdict: ${d.verdict}` : undefined,
    typeof d.rank === 'string' ? `rank: ${d.rank}` : undefined,
    d.value && typeof d.value === 'object' ? formatQuantity(d.value as Quantity) : undefined,
  ].filter(Boolean);
  const text = parts.join(' · ');
  return text.length > 90 ? `${text.slice(0, 88)}…` : text;
}
