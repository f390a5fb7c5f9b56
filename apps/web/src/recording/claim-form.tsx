import { useEffect, useState } from 'preact/hooks';
import { api, post } from '../api/client';
import { lastPosition } from '../api/session';
import type { ClaimPreview, ClaimView, Problem, Quote, RecordClaim, Source } from '../api/types';
import { formatDate } from '../format';
import { ProblemView } from '../ui/problem.view';
import { useAction } from '../ui/use-action';
import { toProblem } from '../ui/use-resource';
import { type ChosenMetric, MetricPicker } from './metric.picker';
import type { ParsedValue } from './parse-value';
import { PreviewView } from './preview.view';
import { type Chosen, SubjectPicker } from './subject.picker';
import { suggestAttribution, suggestValidTime, type ValidTimeChoice } from './suggest';
import { type ValueDraft, valueBody, ValueField } from './value.field';
import { ValidTimeField } from './valid-time.field';

/** What the words (or the candidate chosen) give the form to start from. */
export interface ClaimStart {
  readonly quote: Quote;
  readonly value?: ParsedValue | undefined;
  readonly figureKind?: string | undefined;
  readonly validTime?: ValidTimeChoice | undefined;
  readonly subjectHint?: string | undefined;
}

const draftOf = (v: ParsedValue | undefined): ValueDraft => ({
  qualifier: v?.qualifier ?? 'exact',
  amount: v?.amount?.toString() ?? '',
  lowerBound: v?.lowerBound?.toString() ?? '',
  upperBound: v?.upperBound?.toString() ?? '',
});

const complete = (t: ValidTimeChoice) => ('at' in t ? /^\d{4}(-\d{2}){0,2}$/.test(t.at) : /^\d{4}/.test(t.from) && /^\d{4}/.test(t.to));

/** A claim from the words of a source: the quote fixed, the rest read from it and checked by the editor. */
export function ClaimForm({ source, start, onSaved, onCancel }: { source: Source; start: ClaimStart; onSaved: (c: ClaimView) => void; onCancel: () => void }) {
  const text = source.text ?? '';
  const [value, setValue] = useState(() => draftOf(start.value));
  const [subject, setSubject] = useState<Chosen>();
  const [metric, setMetric] = useState<ChosenMetric>();
  const [validTime, setValidTime] = useState(() => suggestValidTime(start.validTime ?? undefined, source.publishedAt));
  const suggestedBy = suggestAttribution(text, start.quote);
  const [attribution, setAttribution] = useState(suggestedBy ?? '');
  const [note, setNote] = useState('');
  const [preview, setPreview] = useState<{ key: string; answer?: ClaimPreview; problem?: Problem }>();
  const { busy, problem, run } = useAction();

  const body: RecordClaim | undefined =
    subject && metric && complete(validTime)
      ? {
          sourceId: source.id,
          subject: subject.id,
          metric: metric.id,
          value: valueBody(value),
          validTime,
          quote: { text: start.quote.text, start: start.quote.start, end: start.quote.end },
          ...(attribution.trim() ? { attribution: attribution.trim() } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        }
      : undefined;
  const key = body ? JSON.stringify({ ...body, note: undefined }) : '';

  // The preview follows the form: asked again a moment after the editor stops changing it.
  useEffect(() => {
    if (!body) return setPreview(undefined);
    let current = true;
    const timer = setTimeout(() => {
      const query = { minPosition: lastPosition() || undefined };
      api<ClaimPreview>('POST', '/v1/claims/preview', { body, query }).then(
        (answer) => current && setPreview({ key, answer }),
        (error: unknown) => current && setPreview({ key, problem: toProblem(error) }),
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);

  const save = (event: Event) => {
    event.preventDefault();
    if (!body) return;
    void run(async () => onSaved(await post<ClaimView>('/v1/claims', body)));
  };
  const validTimeNote = start.validTime
    ? 'Suggested from the dates near the figure.'
    : `Suggested from the publication date (${formatDate(source.publishedAt)}); change it if the text dates the figure.`;

  return (
    <form class="claim-form card" aria-labelledby="claim-form-title" onSubmit={save} data-testid="claim-form">
      <h2 id="claim-form-title">Record a claim</h2>
      <p class="quoted">
        <q data-testid="form-quote">{start.quote.text}</q>{' '}
        <span class="muted small">
          characters {start.quote.start}–{start.quote.end}
        </span>
      </p>
      <ValueField value={value} onChange={setValue} readUnit={start.value?.unit} metricUnit={metric?.unit} />
      <SubjectPicker hint={start.subjectHint} chosen={subject} onChoose={setSubject} />
      <MetricPicker unit={start.value?.unit} figureKind={start.figureKind} chosen={metric} onChoose={setMetric} />
      <ValidTimeField value={validTime} onChange={setValidTime} suggestion={validTimeNote} />
      <div class="field">
        <label for="claim-attribution">Said by (attribution)</label>
        <input id="claim-attribution" value={attribution} onInput={(e) => setAttribution(e.currentTarget.value)} aria-describedby="attribution-help" />
        <span id="attribution-help" class="small muted">
          {suggestedBy ? `Suggested from the sentence: “${suggestedBy}”.` : 'Nobody is named as saying it in the sentence; leave empty for the source itself.'}
        </span>
      </div>
      <div class="field">
        <label for="claim-note">Note (optional)</label>
        <textarea id="claim-note" rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </div>
      {!body ? <p class="small muted">Choose the subject and metric to see how the claim relates to what the fact holds.</p> : null}
      {preview?.key === key && preview.answer ? <PreviewView preview={preview.answer} /> : null}
      {preview?.key === key && preview.problem ? <ProblemView problem={preview.problem} context="The claim would be refused" /> : null}
      {problem ? <ProblemView problem={problem} context="Not recorded" /> : null}
      <div class="row">
        <button type="submit" class="primary" disabled={!body || busy}>
          Save claim
        </button>
        <button type="button" class="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
