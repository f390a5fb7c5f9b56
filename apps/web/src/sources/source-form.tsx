import { useState } from 'preact/hooks';
import { patch, post, seg } from '../api/client';
import { type RegisterSource, type Source, SOURCE_KINDS, type SourceWritten, type UpdateSource } from '../api/types';
import { SOURCE_KIND_TEXT } from '../format';
import { ProblemView } from '../ui/problem.view';
import { useAction } from '../ui/use-action';
import { PublishedDateField } from './published-date.field';

type Draft = { title: string; publisher: string; url: string; publishedAt: string; kind: Source['kind']; language: string; text: string };

const draftOf = (s?: Source): Draft => ({
  title: s?.title ?? '',
  publisher: s?.publisher ?? '',
  url: s?.url ?? '',
  publishedAt: s?.publishedAt ?? '',
  kind: s?.kind ?? 'news_article',
  language: s && s.language !== 'und' ? s.language : 'en',
  text: s?.text ?? '',
});

/**
 * Registers a source, or edits one's details. The text is fixed once set (every quote's offsets
 * point into it): a changed article is registered again as a source of its own.
 */
export function SourceForm({ source, onSaved, onCancel }: { source?: Source; onSaved: (s: SourceWritten) => void; onCancel?: () => void }) {
  const [draft, setDraft] = useState(() => draftOf(source));
  const { busy, problem, run } = useAction();
  const textFixed = source?.text !== undefined;
  // Each change applies to the latest draft: several inputs may come before the next render.
  const set = (field: keyof Draft) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setDraft((d) => ({ ...d, [field]: value }));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const body: RegisterSource & UpdateSource = {
      title: draft.title.trim(),
      publishedAt: draft.publishedAt,
      kind: draft.kind,
      language: draft.language.trim(),
      ...(draft.publisher.trim() ? { publisher: draft.publisher.trim() } : {}),
      ...(draft.url.trim() ? { url: draft.url.trim() } : {}),
      ...(!textFixed && draft.text.trim() ? { text: draft.text } : {}),
    };
    await run(async () => {
      const saved = source
        ? await patch<SourceWritten>(`/v1/sources/${seg(source.id)}`, body, { 'if-match': `"${source.version}"` })
        : await post<SourceWritten>('/v1/sources', body);
      onSaved(saved);
    });
  };

  return (
    <form class="source-form card" onSubmit={submit} aria-label={source ? 'Edit the source' : 'Register a source'}>
      <div class="field">
        <label for="src-title">Title</label>
        <input id="src-title" required maxLength={500} value={draft.title} onInput={set('title')} />
      </div>
      <div class="row">
        <div class="field grow">
          <label for="src-publisher">Publisher</label>
          <input id="src-publisher" maxLength={200} value={draft.publisher} onInput={set('publisher')} />
        </div>
        <div class="field grow">
          <label for="src-url">URL</label>
          <input id="src-url" type="url" placeholder="https://" value={draft.url} onInput={set('url')} />
        </div>
      </div>
      <div class="row">
        <PublishedDateField id="src-published" value={draft.publishedAt} onChange={(publishedAt) => setDraft((d) => ({ ...d, publishedAt }))} />
        <div class="field">
          <label for="src-kind">Kind</label>
          <select
            id="src-kind"
            value={draft.kind}
            onChange={(e) => {
              const kind = e.currentTarget.value as Draft['kind'];
              setDraft((d) => ({ ...d, kind }));
            }}
          >
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {SOURCE_KIND_TEXT[k]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="src-language">Language</label>
          <input id="src-language" size={6} value={draft.language} onInput={set('language')} aria-describedby="src-language-help" />
          <span id="src-language-help" class="small muted">
            en, fr, pt-BR…
          </span>
        </div>
      </div>
      {textFixed ? (
        <p class="small muted" data-testid="text-fixed">
          The text is fixed once set: every quote points into it. For a changed article, register it again as a new source (with its own URL, or the same title
          and the new date) and record its figures there.
        </p>
      ) : (
        <div class="field">
          <label for="src-text">Text of the article</label>
          <textarea id="src-text" rows={source ? 8 : 14} value={draft.text} onInput={set('text')} aria-describedby="src-text-help" />
          <span id="src-text-help" class="small muted">
            Paste the article as published. Once saved the text cannot change; its figures are then offered for recording.
          </span>
        </div>
      )}
      {problem ? <ProblemView problem={problem} context="Not saved" /> : null}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {source ? 'Save details' : 'Register source'}
        </button>
        {onCancel ? (
          <button type="button" class="link-button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
