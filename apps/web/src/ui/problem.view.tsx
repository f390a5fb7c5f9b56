import type { Problem } from '../api/types';

/** An error of the API as an editor can read it: what went wrong, which field, and the request id to quote. */
export function ProblemView({ problem, context }: { problem: Problem; context?: string }) {
  return (
    <div class="problem" role="alert">
      <p class="problem-title">
        {context ? `${context}: ` : ''}
        {problem.title}
        {problem.status ? <span class="problem-status"> ({problem.status})</span> : null}
      </p>
      {problem.detail ? <p>{problem.detail}</p> : null}
      {problem.errors?.length ? (
        <ul>
          {problem.errors.map((e) => (
            <li key={e.field}>
              <code>{e.field}</code>: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
      {problem.requestId ? <p class="muted small">Request id {problem.requestId}</p> : null}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status">
      Loading {what}…
    </p>
  );
}
