import { FLAG_TEXT } from '../format';

export function FlagList({ flags, empty = 'no flags' }: { flags: readonly string[]; empty?: string }) {
  if (flags.length === 0) return <span class="muted small">{empty}</span>;
  return (
    <ul class="flags" aria-label="flags">
      {flags.map((flag) => (
        <li key={flag} class={`flag flag-${flag}`} title={FLAG_TEXT[flag]?.help ?? flag} data-flag={flag}>
          {FLAG_TEXT[flag]?.label ?? flag}
        </li>
      ))}
    </ul>
  );
}
