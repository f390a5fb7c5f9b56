import { useState } from 'preact/hooks';
import { api } from './api/client';
import { storeKey } from './api/session';
import type { Me } from './api/types';
import { ProblemView } from './ui/problem.view';
import { useAction } from './ui/use-action';

/** Sign-in with an API key: the key is checked against /v1/me and kept for this tab only. */
export function SignInPage({ onSignedIn, notice }: { onSignedIn: (me: Me) => void; notice?: string | undefined }) {
  const [key, setKey] = useState('');
  const { busy, problem, run } = useAction();

  const submit = async (event: Event) => {
    event.preventDefault();
    await run(async () => {
      const me = await api<Me>('GET', '/v1/me', { key: key.trim() });
      storeKey(key.trim());
      onSignedIn(me);
    });
  };

  return (
    <main id="main" class="sign-in">
      <form class="card" onSubmit={submit}>
        <h1>factlog</h1>
        <p class="muted">Every claim every source makes about a figure. Sign in with the API key your administrator gave you.</p>
        {notice ? (
          <p class="notice" role="status">
            {notice}
          </p>
        ) : null}
        <label for="api-key">API key</label>
        <input
          id="api-key"
          name="api-key"
          type="password"
          autoComplete="off"
          spellcheck={false}
          required
          value={key}
          onInput={(e) => setKey(e.currentTarget.value)}
        />
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        {problem ? <ProblemView problem={problem} context="Sign-in failed" /> : null}
        <p class="muted small">
          The key is kept in this tab until you sign out or close it. API documentation: <a href="docs">/docs</a>.
        </p>
      </form>
    </main>
  );
}
