import { useRef, useState } from 'preact/hooks';
import { newIdempotencyKey, post, seg } from '../api/client';
import type { WorkflowComment } from '../api/types';
import { formatInstant } from '../format';
import { ProblemView } from '../ui/problem.view';
import { useAction } from '../ui/use-action';

/** The discussion of a claim, oldest first, and a form to add to it (editors and up). */
export function CommentsSection({
  claimId,
  comments,
  canComment,
  onChange,
}: {
  claimId: string;
  comments: readonly WorkflowComment[];
  canComment: boolean;
  onChange: () => void;
}) {
  const [text, setText] = useState('');
  const { busy, problem, run } = useAction();
  // One key per draft: a comment sent twice (a double click, a retry after a lost answer) is
  // posted once, since the API names the comment after its Idempotency-Key.
  const draftKey = useRef<string | undefined>(undefined);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim() || busy) return;
    draftKey.current ??= newIdempotencyKey();
    const key = draftKey.current;
    await run(async () => {
      await post(`/v1/claims/${seg(claimId)}/comments`, { text: text.trim() }, { 'idempotency-key': key });
      draftKey.current = undefined;
      setText('');
      onChange();
    });
  };

  return (
    <>
      <h3 id="comments-title">Comments</h3>
      {comments.length === 0 ? (
        <p class="muted small">No comments yet.</p>
      ) : (
        <ol class="comments" aria-labelledby="comments-title" data-testid="comments">
          {comments.map((c) => (
            <li key={c.id}>
              <p class="small muted">
                <span class="author">{c.author ?? 'unknown'}</span>, <time dateTime={c.at}>{formatInstant(c.at)}</time>
              </p>
              <p class="comment-text">{c.text}</p>
            </li>
          ))}
        </ol>
      )}
      {canComment ? (
        <form class="stacked" onSubmit={submit}>
          <label for="comment">New comment</label>
          <textarea
            id="comment"
            rows={2}
            maxLength={4000}
            value={text}
            onInput={(e) => {
              // A changed text is a new comment, with a key of its own.
              draftKey.current = undefined;
              setText(e.currentTarget.value);
            }}
          />
          <div>
            <button type="submit" disabled={busy || !text.trim()}>
              Add comment
            </button>
          </div>
          {problem ? <ProblemView problem={problem} context="Comment not saved" /> : null}
        </form>
      ) : null}
    </>
  );
}
