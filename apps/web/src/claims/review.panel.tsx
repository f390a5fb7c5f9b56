import { useState } from 'preact/hooks';
import { post, seg } from '../api/client';
import { type ClaimView, type Me, RANKS, VERDICTS } from '../api/types';
import { roleAtLeast } from '../roles';
import { ProblemView } from '../ui/problem.view';
import { useAction } from '../ui/use-action';
import { LockedNote } from './locked.view';

/** The fact-check verdict and the rank of a claim: reviewers set them, everyone sees them. */
export function ReviewPanel({ claim, me, onChange }: { claim: ClaimView; me: Me; onChange: () => void }) {
  const [verdict, setVerdict] = useState(claim.verdict ?? 'accurate');
  const [note, setNote] = useState('');
  const [rank, setRank] = useState(claim.rank);
  const [reason, setReason] = useState('');
  const { busy, problem, run } = useAction();
  const canReview = roleAtLeast(me.role, 'reviewer');
  // The API refuses a verdict or a rank on a published claim (409): the controls say so first.
  const locked = claim.workflow.status === 'published';

  // If-Match carries the version on screen: a claim changed meanwhile answers 412, not a silent overwrite.
  const send = async (path: string, body: unknown) => {
    await run(async () => {
      await post(`/v1/claims/${seg(claim.id)}/${path}`, body, { 'if-match': `"${claim.version}"` });
      setNote('');
      setReason('');
      onChange();
    });
  };

  return (
    <section class="card" aria-labelledby="review-title">
      <h2 id="review-title">Fact-check</h2>
      <p>
        Verdict: <strong>{claim.verdict ?? 'none yet'}</strong>
        {claim.verdictOutdated ? (
          <span class="badge badge-warn" data-testid="verdict-outdated" title="The claim was corrected after this verdict: it judged an earlier version">
            out of date
          </span>
        ) : null}{' '}
        · rank: <strong>{claim.rank}</strong>
      </p>
      {canReview && locked ? <LockedNote id="review-locked" what="verdict and rank" canReopen /> : null}
      {canReview ? (
        <fieldset class="plain" disabled={locked} aria-describedby={locked ? 'review-locked' : undefined}>
          <legend class="visually-hidden">Verdict and rank</legend>
          <form
            class="stacked"
            onSubmit={(e) => {
              e.preventDefault();
              void send('reviews', { verdict, ...(note.trim() ? { note: note.trim() } : {}) });
            }}
          >
            <div class="row">
              <div class="field">
                <label for="verdict">Verdict</label>
                <select id="verdict" value={verdict} onChange={(e) => setVerdict(e.currentTarget.value)}>
                  {VERDICTS.map((v) => (
                    <option key={v} value={v}>
                      {v}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field grow">
                <label for="verdict-note">Note on the verdict (optional)</label>
                <input id="verdict-note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
              </div>
              <button type="submit" disabled={busy}>
                Record verdict
              </button>
            </div>
          </form>
          <form
            class="stacked"
            onSubmit={(e) => {
              e.preventDefault();
              void send('rank', { rank, reason: reason.trim() });
            }}
          >
            <div class="row">
              <div class="field">
                <label for="rank">Rank</label>
                <select id="rank" value={rank} onChange={(e) => setRank(e.currentTarget.value)}>
                  {RANKS.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field grow">
                <label for="rank-reason">Reason</label>
                <input id="rank-reason" required value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
              </div>
              <button type="submit" disabled={busy}>
                Set rank
              </button>
            </div>
          </form>
        </fieldset>
      ) : null}
      {problem ? <ProblemView problem={problem} context="Not saved" /> : null}
    </section>
  );
}
