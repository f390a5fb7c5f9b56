// The shared stylesheets first: each view's own rules come after them in the bundle.
import './ui/base.css';
import './ui/shell.css';
import './ui/components.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { get } from './api/client';
import { forgetKey, onSignOut, storedKey } from './api/session';
import type { Me } from './api/types';
import { AuditPage } from './audit/audit.page';
import { ClaimPage } from './claims/claim.page';
import { QueuePage } from './contradictions/queue.page';
import { FactListPage } from './facts/fact-list.page';
import { FactPage } from './facts/fact.page';
import { ReviewPage } from './review/review.page';
import { SearchBox } from './search/search.box';
import { SearchPage } from './search/search.page';
import { href, type Route, useRoute } from './router';
import { SignInPage } from './sign-in.page';
import { RegisterSourcePage } from './sources/register.page';
import { SourcePage } from './sources/source.page';
import { SourcesPage } from './sources/sources.page';
import { EntitiesPage } from './entities/entities.page';
import { MetricsPage } from './metrics/metrics.page';
import { Loading } from './ui/problem.view';
import { keepTableCellsLabelled } from './ui/table-cards';

function App() {
  const [me, setMe] = useState<Me | null | undefined>(storedKey() ? undefined : null);
  const [notice, setNotice] = useState<string>();
  const [menuOpen, setMenuOpen] = useState(false);
  const route = useRoute();
  // Going somewhere folds the phone's menu again.
  const where = route.path.join('/');
  useEffect(() => setMenuOpen(false), [where]);

  // A stored key is checked again on load: it may have been revoked since.
  useEffect(() => {
    if (me !== undefined) return;
    get<Me>('/v1/me').then(setMe, () => setMe(null));
  }, [me]);
  useEffect(
    () =>
      onSignOut(() => {
        setNotice('The API key is no longer accepted. Sign in again.');
        setMe(null);
      }),
    [],
  );

  if (me === undefined) return <Loading what="factlog" />;
  if (me === null) {
    return (
      <SignInPage
        notice={notice}
        onSignedIn={(who) => {
          setNotice(undefined);
          setMe(who);
        }}
      />
    );
  }
  const signOut = () => {
    forgetKey();
    setMe(null);
  };
  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <header
        class={menuOpen ? 'top menu-open' : 'top'}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && menuOpen) setMenuOpen(false);
        }}
      >
        <a class="brand" href="#/facts">
          factlog
        </a>
        {/* Shown on narrow screens only (shell.css): the sections and the account fold behind it. */}
        <button type="button" class="menu-button" aria-expanded={menuOpen} aria-controls="sections" onClick={() => setMenuOpen(!menuOpen)}>
          Menu
        </button>
        <nav id="sections" aria-label="Sections" onClick={(e) => (e.target as Element).closest('a') && setMenuOpen(false)}>
          <ul>
            <NavLink route={route} section="facts" label="Facts" />
            <NavLink route={route} section="sources" label="Sources" />
            <NavLink route={route} section="entities" label="Entities" />
            <NavLink route={route} section="metrics" label="Metrics" />
            <NavLink route={route} section="contradictions" label="Contradictions" />
            <NavLink route={route} section="review" label="Review" />
            <NavLink route={route} section="audit" label="Audit log" />
          </ul>
        </nav>
        <SearchBox route={route} />
        <div class="who">
          <span>
            {me.name} <span class={`role role-${me.role}`}>{me.role}</span>
          </span>
          <button type="button" class="link-button" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Page route={route} me={me} />
      </main>
    </>
  );
}

function NavLink({ route, section, label }: { route: Route; section: string; label: string }) {
  const current = (route.path[0] ?? 'facts') === section;
  return (
    <li>
      <a href={href([section])} aria-current={current ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
}

function Page({ route, me }: { route: Route; me: Me }) {
  const [section, a, b] = route.path;
  useEffect(() => {
    document.title = section ? `${[a, b].filter(Boolean).join(' / ') || section} · factlog` : 'factlog';
  }, [section, a, b]);
  switch (section) {
    case undefined:
    case 'facts':
      return a && b ? <FactPage subject={a} metric={b} me={me} route={route} /> : <FactListPage route={route} />;
    case 'sources':
      return a === 'new' ? <RegisterSourcePage me={me} /> : a ? <SourcePage id={a} me={me} /> : <SourcesPage route={route} me={me} />;
    case 'entities':
      return <EntitiesPage route={route} me={me} />;
    case 'metrics':
      return <MetricsPage route={route} me={me} />;
    case 'contradictions':
      return <QueuePage route={route} me={me} />;
    case 'review':
      return <ReviewPage route={route} me={me} />;
    case 'claims':
      return a ? <ClaimPage id={a} me={me} /> : <NotFound />;
    case 'audit':
      return <AuditPage route={route} />;
    case 'search':
      return <SearchPage route={route} />;
    default:
      return <NotFound />;
  }
}

function NotFound() {
  return (
    <section>
      <h1>Not found</h1>
      <p>
        There is no such page. <a href="#/facts">Back to the facts</a>.
      </p>
    </section>
  );
}

const root = document.getElementById('app')!;
root.replaceChildren();
render(<App />, root);
keepTableCellsLabelled(root);
