import type { JSX } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { ClaimListItem } from '../api/types';
import { formatQuantity, formatValidTime, humanize, metricName, singular } from '../format';
import type { Candidate } from '../recording/candidates';
import { claimHref } from '../router';
import { EntityName } from '../ui/entity-name.view';
import { type Mark, pieces, type Span, trimSpan, wordsOf } from './marks';
import { useKeyboardSelection } from './keyboard-selection';

export interface ArticleProps {
  readonly text: string;
  readonly marks: readonly Mark<ClaimListItem, Candidate>[];
  /** Editors select words and choose candidates; readers only read. */
  readonly canRecord: boolean;
  /** The span the claim form is open on, shown selected. */
  readonly selected?: Span | undefined;
  readonly onSelect: (span: Span) => void;
  readonly onCandidate: (candidate: Candidate) => void;
}

/**
 * Where a DOM point (a selection's end) lies in the text. Each piece of the text carries its
 * offset (data-s); the point may be in a piece, between two, or in a mark's tooltip, so it is
 * placed before the first piece that does not end before it.
 */
function offsetOf(container: HTMLElement, node: Node, offset: number, length: number): number {
  const range = container.ownerDocument.createRange();
  for (const piece of container.querySelectorAll<HTMLElement>('[data-s]')) {
    const text = piece.firstChild;
    if (!text) continue;
    range.selectNodeContents(text);
    const where = range.comparePoint(node, offset);
    if (where > 0) continue;
    return Number(piece.dataset.s) + (where === 0 && node === text ? offset : 0);
  }
  return length;
}

/** The article as a reader sees it, with recorded quotes and candidate figures marked. */
export function ArticleView({ text, marks, canRecord, selected, onSelect, onCandidate }: ArticleProps) {
  const words = useMemo(() => wordsOf(text), [text]);
  // The selected span's ends cut too, so that exactly its words show selected.
  const cut = useMemo(() => pieces(text, selected ? [...marks, selected] : marks, words), [text, marks, words, selected?.start, selected?.end]);
  const container = useRef<HTMLDivElement>(null);
  const keyboard = useKeyboardSelection(words, container, (span) => {
    const trimmed = trimSpan(text, span);
    if (trimmed) onSelect(trimmed);
  });
  const [hint, setHint] = useState(false);

  const mouseUp = () => {
    if (!canRecord) return;
    const selection = getSelection();
    if (!selection || selection.isCollapsed || !container.current) return;
    const range = selection.getRangeAt(0);
    if (!container.current.contains(range.startContainer) || !container.current.contains(range.endContainer)) return;
    const start = offsetOf(container.current, range.startContainer, range.startOffset, text.length);
    const end = offsetOf(container.current, range.endContainer, range.endOffset, text.length);
    if (end <= start) return;
    const trimmed = trimSpan(text, { start, end });
    if (trimmed) onSelect(trimmed);
  };

  // Pieces grouped by the mark they lie in (or none), in text order.
  const out: JSX.Element[] = [];
  let wordIndex = 0;
  let markIndex = 0;
  let group: JSX.Element[] = [];
  let groupMark: Mark<ClaimListItem, Candidate> | undefined;
  const flush = () => {
    if (groupMark) out.push(<MarkView key={`m${groupMark.start}`} mark={groupMark} canRecord={canRecord} onCandidate={onCandidate} children={group} />);
    else out.push(...group);
    group = [];
  };
  for (const piece of cut) {
    while (wordIndex < words.length && words[wordIndex]!.end <= piece.start) wordIndex++;
    while (markIndex < marks.length && marks[markIndex]!.end <= piece.start) markIndex++;
    const m = marks[markIndex];
    const mark = m && m.start <= piece.start && piece.end <= m.end ? m : undefined;
    if (mark !== groupMark) {
      flush();
      groupMark = mark;
    }
    const word = words[wordIndex];
    const inWord = word && word.start <= piece.start && piece.end <= word.end ? wordIndex : undefined;
    const classes = [
      selected && selected.start <= piece.start && piece.end <= selected.end ? 'selected' : '',
      inWord !== undefined && keyboard.inSelection(inWord) ? 'kbd-selected' : '',
      inWord !== undefined && inWord === keyboard.cursor ? 'kbd-cursor' : '',
    ].filter(Boolean);
    group.push(
      <span key={piece.start} data-s={piece.start} data-e={piece.end} data-w={inWord} class={classes.join(' ') || undefined}>
        {text.slice(piece.start, piece.end)}
      </span>,
    );
  }
  flush();

  return (
    <div class="article-wrap">
      {canRecord ? (
        <p id="article-help" class={`small muted article-help${hint ? ' shown' : ''}`}>
          Select words with the mouse, or from the keyboard: focus the text, move word by word with the left and right arrow keys, hold Shift to select, press
          Enter to record, Escape to clear.
        </p>
      ) : null}
      <div
        ref={container}
        class="article"
        data-testid="article"
        tabIndex={canRecord ? 0 : undefined}
        role={canRecord ? 'textbox' : undefined}
        aria-readonly={canRecord ? true : undefined}
        aria-multiline={canRecord ? true : undefined}
        aria-label={canRecord ? 'Article text' : undefined}
        aria-describedby={canRecord ? 'article-help article-selection' : undefined}
        onMouseUp={mouseUp}
        onKeyDown={canRecord ? keyboard.onKeyDown : undefined}
        onFocus={() => setHint(true)}
        onBlur={() => setHint(false)}
      >
        {out}
      </div>
      <p id="article-selection" class="visually-hidden" aria-live="polite">
        {keyboard.cursor !== undefined ? `Selected: ${text.slice(keyboard.span()!.start, keyboard.span()!.end)}` : ''}
      </p>
    </div>
  );
}

function MarkView({
  mark,
  canRecord,
  onCandidate,
  children,
}: {
  mark: Mark<ClaimListItem, Candidate>;
  canRecord: boolean;
  onCandidate: (c: Candidate) => void;
  children: JSX.Element[];
}) {
  const tip = `tip-${mark.start}-${mark.end}`;
  if (mark.claims.length) {
    const first = mark.claims[0]!;
    const retracted = mark.claims.every((c) => c.status === 'retracted');
    return (
      <a
        href={claimHref(first.id)}
        class={`mark mark-claim${retracted ? ' retracted' : ''}`}
        aria-describedby={tip}
        data-testid="recorded-mark"
        // Dragging over a recorded quote selects its words rather than dragging the link away.
        draggable={false}
      >
        {children}
        <span role="tooltip" id={tip} class="mark-tip">
          {mark.claims.map((c) => (
            <span key={c.id} class="tip-line">
              <strong>{formatQuantity(c.value)}</strong> · <EntityName id={c.subject} /> / {metricName(c.metric)} · {formatValidTime(c.validTime)} · {c.status}
              {c.verdict ? ` · ${humanize(c.verdict)}` : ''}
            </span>
          ))}
        </span>
      </a>
    );
  }
  const candidate = mark.candidate!;
  if (!canRecord) return <span class="mark mark-candidate-quiet">{children}</span>;
  // Units are written in the singular (formatQuantity adds the plural); a counted noun is read as written.
  const value = { ...candidate.value, unit: singular(candidate.value.unit ?? '') };
  return (
    // A span acting as a button, not a <button>: the words inside a button cannot be selected
    // with the mouse, and a selection may well run through a figure.
    <span
      role="button"
      tabIndex={0}
      class="mark mark-candidate"
      aria-describedby={tip}
      data-testid="candidate-mark"
      onClick={() => {
        if (String(getSelection() ?? '').length === 0) onCandidate(candidate);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        onCandidate(candidate);
      }}
    >
      {children}
      <span role="tooltip" id={tip} class="mark-tip">
        Figure found: <strong>{formatQuantity(value)}</strong> — choose to record it
      </span>
    </span>
  );
}
