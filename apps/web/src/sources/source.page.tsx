import { useMemo, useState } from 'preact/hooks';
import { get, seg } from '../api/client';
import type { ClaimListItem, ClaimView, Me, Page, Source } from '../api/types';
import { formatDate, formatQuantity, formatValidTime, metricName, SOURCE_KIND_TEXT } from '../format';
import { type Candidate, loadCandidates } from '../recording/candidates';
import { ClaimForm, type ClaimStart } from '../recording/claim-form';
import { parseValue } from '../recording/parse-value';
import { roleAtLeast } from '../roles';
import { claimHref, factHref } from '../router';
import { EntityName } from '../ui/entity-name.view';
import { Loading, ProblemView } from '../ui/problem.view';
import { useResource } from '../ui/use-resource';
import { ArticleView } from './article.view';
import { layoutMarks, type Span } from './marks';
import { SourceForm } from './source-form';
import './sources.css';

/** Every claim recorded from a source, whatever the number of pages. */
async function claimsOf(sourceId: string): Promise<ClaimListItem[]> {
  const all: ClaimListItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await get<Page<ClaimListItem>>('/v1/claims', { source: sourceId, limit: 200, cursor });
    all.push(...page.items);
    cursor = page.next ?? undefined;
  } while (cursor);
  return all;
}

/** The candidate over the selected words, if one lies within them: its reading of the value wins. */
const within = (c: Candidate, s: Span) => c.quote.start >= s.start && c.quote.end <= s.end;

/** A source: its details, its article with what is recorded and what could be, and the claim form. */
export function SourcePage({ id, me }: { id: string; me: Me }) {
  const canRecord = roleAtLeast(me.role, 'editor');
  const source = useResource(() => get<Source>(`/v1/sources/${seg(id)}`), [id]);
  const claims = useResource(() => claimsOf(id), [id]);
  const candidates = useResource(() => (canRecord ? loadCandidates(id) : Promise.resolve([])), [id, canRecord]);
  const [editing, setEditing] = useState(false);
  const [start, setStart] = useState<ClaimStart>();
  const [saved, setSaved] = useState<ClaimView>();

  const marks = useMemo(() => layoutMarks(claims.data ?? [], candidates.data ?? []), [claims.data, candidates.data]);
  if (source.problem) return <ProblemView problem={source.problem} context="Could not load the source" />;
  if (!source.data) return <Loading what="the source" />;
  const s = source.data;
  const text = s.text ?? '';

  const open = (next: ClaimStart) => {
    setSaved(undefined);
    setStart(next);
    // The form takes the place of the list beside the text: focus goes to it.
    requestAnimationFrame(() => document.getElementById('claim-form-title')?.closest('form')?.querySelector<HTMLElement>('select, input')?.focus());
  };
  const fromWords = (span: Span) => {
    const words = text.slice(span.start, span.end);
    const candidate = (candidates.data ?? []).find((c) => within(c, span));
    open({
      quote: { text: words, ...span },
      value: candidate ? clean(candidate.value) : parseValue(words),
      figureKind: candidate?.kind,
      validTime: candidate?.validTime ?? undefined,
      subjectHint: candidate?.subjectHint ?? undefined,
    });
  };
  const fromCandidate = (c: Candidate) =>
    open({ quote: c.quote, value: clean(c.value), figureKind: c.kind, validTime: c.validTime ?? undefined, subjectHint: c.subjectHint ?? undefined });

  return (
    <article class="source-page" aria-labelledby="source-title">
      <p class="crumbs">
        <a href="#/sources">Sources</a> <span aria-hidden="true">›</span> {s.publisher ?? 'source'}
      </p>
      <header class="fact-head">
        <div>
          <h1 id="source-title">{s.title}</h1>
          <p class="muted source-meta" data-testid="source-meta">
            {[s.publisher, `published ${formatDate(s.publishedAt)}`, SOURCE_KIND_TEXT[s.kind], s.language !== 'und' ? s.language : undefined]
              .filter(Boolean)
              .join(' · ')}
            {s.url ? (
              <>
                {' · '}
                <a href={s.url} target="_blank" rel="noreferrer noopener">
                  original
                </a>
              </>
            ) : null}
          </p>
        </div>
        {canRecord && !editing ? (
          <button type="button" onClick={() => setEditing(true)}>
            Edit details
          </button>
        ) : null}
      </header>
      {editing ? (
        <SourceForm
          source={s}
          onSaved={() => {
            setEditing(false);
            source.reload();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : null}
      {saved ? <SavedNotice claim={saved} /> : null}
      {claims.problem ? <ProblemView problem={claims.problem} context="Could not load the claims of this source" /> : null}
      {candidates.problem ? <ProblemView problem={candidates.problem} context="Could not read the figures in the text" /> : null}
      <div class={`source-columns${start ? ' recording' : ''}`}>
        <section aria-label="Article">
          {text ? (
            <ArticleView text={text} marks={marks} canRecord={canRecord} selected={start?.quote} onSelect={fromWords} onCandidate={fromCandidate} />
          ) : (
            <p class="empty">This source has no text: its claims carry their quotes without offsets into it.</p>
          )}
        </section>
        <aside>
          {start ? (
            <ClaimForm
              key={`${start.quote.start}-${start.quote.end}`}
              source={s}
              start={start}
              onCancel={() => setStart(undefined)}
              onSaved={(claim) => {
                setStart(undefined);
                setSaved(claim);
                claims.reload();
                candidates.reload();
              }}
            />
          ) : (
            <SourceClaims claims={claims.data} candidates={canRecord && candidates.data ? candidates.data.filter((c) => !c.recordedAs).length : undefined} />
          )}
        </aside>
      </div>
    </article>
  );
}

/** A candidate's value as the form reads it: the API may send null for what is absent. */
function clean(v: Candidate['value']) {
  return {
    qualifier: v.qualifier,
    ...(v.amount != null ? { amount: v.amount } : {}),
    ...(v.lowerBound != null ? { lowerBound: v.lowerBound } : {}),
    ...(v.upperBound != null ? { upperBound: v.upperBound } : {}),
    ...(v.unit != null ? { unit: v.unit } : {}),
  };
}

function SavedNotice({ claim }: { claim: ClaimView }) {
  return (
    <p class="notice" role="status" data-testid="saved-notice">
      Recorded {formatQuantity(claim.value)} for {formatValidTime(claim.validTime)}. <a href={claimHref(claim.id)}>Open the claim</a> ·{' '}
      <a href={factHref(claim.subject, claim.metric)}>See it on the fact page</a>
    </p>
  );
}

function SourceClaims({ claims, candidates }: { claims?: readonly ClaimListItem[] | undefined; candidates?: number | undefined }) {
  return (
    <section class="card" aria-labelledby="source-claims-title">
      <h2 id="source-claims-title">Recorded from this source</h2>
      {candidates !== undefined ? (
        <p class="small muted" data-testid="candidate-count">
          {candidates === 0 ? 'No figure in the text waits to be recorded.' : `${candidates} figures in the text are not recorded yet (dashed).`} Select words
          in the text to record any other.
        </p>
      ) : null}
      {!claims ? <Loading what="claims" /> : null}
      {claims?.length === 0 ? <p class="empty">No claim yet.</p> : null}
      <ul class="source-claims">
        {(claims ?? []).map((c) => (
          <li key={c.id} class={c.status === 'retracted' ? 'inactive' : undefined}>
            <a href={claimHref(c.id)}>{formatQuantity(c.value)}</a> <span class="muted small">{formatValidTime(c.validTime)}</span>
            <div class="small">
              <a href={factHref(c.subject, c.metric)}>
                <EntityName id={c.subject} /> / {metricName(c.metric)}
              </a>
              {c.status === 'retracted' ? ' · retracted' : ''}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
