import type { ClaimPreview } from '../api/types';
import { FLAG_TEXT, formatDate, formatQuantity, formatValidTime } from '../format';
import { claimHref } from '../router';

type Relation = ClaimPreview['relations'][number];

const KIND_TEXT: Record<Relation['kind'], string> = {
  agreement: 'agrees with',
  change: 'a change from',
  anomaly: 'an anomaly against (a cumulative figure falls)',
  revision: 'a revision of',
  contradiction: 'contradicts',
};

const ORDER: Relation['kind'][] = ['contradiction', 'anomaly', 'revision', 'agreement', 'change'];

/** What saving would do to the fact: each claim it meets and how, contradictions first. */
export function PreviewView({ preview }: { preview: ClaimPreview }) {
  const relations = [...preview.relations].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  // The severest of the new claim's own contradictions (its group may hold older, other ones).
  const own = relations.filter((r) => r.kind === 'contradiction');
  const worst = (['high', 'medium', 'low'] as const).find((s) => own.some((r) => r.severity === s));
  return (
    <section class={`preview card${worst ? ' preview-alert' : ''}`} aria-labelledby="preview-title" data-testid="relation-preview" aria-live="polite">
      <h3 id="preview-title">Against what the fact holds</h3>
      {preview.alreadyRecorded ? <p class="notice">This claim is already recorded: saving it again changes nothing.</p> : null}
      {worst ? (
        <p class="preview-summary" data-testid="preview-summary">
          <strong>Saving creates a {worst}-severity contradiction</strong> with {own.length} {own.length === 1 ? 'claim' : 'claims'}
          {preview.contradictions.some((c) => c.claimIds.length > own.length + 1) ? ', joining the sources that already disagree' : ''}.
        </p>
      ) : (
        <p class="preview-summary" data-testid="preview-summary">
          {relations.length === 0
            ? 'The fact has no claims yet: this will be its first.'
            : `No contradiction: ${count(relations, 'agreement')} agreeing, ${count(relations, 'change')} at other times.`}
          {preview.current ? ' It would be the current value.' : ''}
        </p>
      )}
      {relations.length ? (
        <ul class="relations">
          {relations.map((r) => (
            <li key={r.claim.id} class={`relation relation-${r.kind}`}>
              <span class={`badge relation-badge relation-${r.kind}`}>
                {r.kind}
                {r.severity ? ` · ${r.severity}` : ''}
              </span>{' '}
              {KIND_TEXT[r.kind]}{' '}
              <a href={claimHref(r.claim.id)} target="_blank" rel="noopener">
                {formatQuantity(r.claim.value)}
              </a>{' '}
              <span class="muted small">
                ({formatValidTime(r.claim.validTime)}; {r.claim.source.publisher ?? r.claim.source.title}, {formatDate(r.claim.source.publishedAt)})
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {preview.flagsAfter.length ? (
        <p class="small muted">
          The fact would be flagged: {preview.flagsAfter.map((f) => FLAG_TEXT[f]?.label ?? f).join(', ')}
          {preview.flagsBefore.includes('contradicted') || !preview.flagsAfter.includes('contradicted') ? '' : ' (newly contradicted)'}.
        </p>
      ) : null}
    </section>
  );
}

const count = (relations: readonly Relation[], kind: Relation['kind']) => relations.filter((r) => r.kind === kind).length;
