import { useState } from 'preact/hooks';
import { get, post, seg } from '../api/client';
import type { EntityListItem, EntityWritten, Me, Page } from '../api/types';
import { roleAtLeast } from '../roles';
import { replaceQuery, type Route } from '../router';
import { Loading, ProblemView } from '../ui/problem.view';
import { slugify } from '../ui/slug';
import { useAction } from '../ui/use-action';
import { usePaged } from '../ui/use-paged';
import { useDraft } from '../ui/use-draft';

/** What claims are about, under every name sources use for them. */
export function EntitiesPage({ route, me }: { route: Route; me: Me }) {
  const q = route.query.get('q') ?? undefined;
  const [words, setWords] = useDraft(q ?? '', q ?? '');
  const [changed, setChanged] = useState(0);
  const { items, next, problem, loading, more } = usePaged((cursor) => get<Page<EntityListItem>>('/v1/entities', { q, cursor, limit: 50 }), [q], {
    refresh: changed,
  });
  const canEdit = roleAtLeast(me.role, 'editor');
  return (
    <section aria-labelledby="entities-title">
      <h1 id="entities-title">Entities</h1>
      <form
        class="toolbar"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          replaceQuery(route, { q: words.trim() || undefined });
        }}
      >
        <div class="field grow">
          <label for="entity-search">Name or alias starts with</label>
          <input id="entity-search" type="search" value={words} onInput={(e) => setWords(e.currentTarget.value)} />
        </div>
        <button type="submit">Search</button>
      </form>
      {canEdit ? <NewEntityForm onCreated={() => setChanged((n) => n + 1)} /> : null}
      {problem ? <ProblemView problem={problem} context="Could not load the entities" /> : null}
      {items.length === 0 && !loading ? <p class="empty">No entity matches.</p> : null}
      <table data-testid="entity-table">
        <caption class="visually-hidden">Entities with their names</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Also called</th>
            <th scope="col">Id</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <th scope="row">{e.name}</th>
              <td>
                {e.aliases.join(' · ') || <span class="muted">—</span>}
                {canEdit ? <AddAlias entity={e} onAdded={() => setChanged((n) => n + 1)} /> : null}
              </td>
              <td>
                <code>{e.id}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {loading ? <Loading what="entities" /> : null}
      {!loading && next ? (
        <button type="button" onClick={() => void more()}>
          Load more entities
        </button>
      ) : null}
    </section>
  );
}

function NewEntityForm({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState('');
  const [aliases, setAliases] = useState('');
  const { busy, problem, run } = useAction();
  return (
    <form
      class="card stacked"
      aria-label="Define an entity"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          const list = aliases
            .split(';')
            .map((a) => a.trim())
            .filter(Boolean);
          await post<EntityWritten>('/v1/entities', { id: slugify(name), name: name.trim(), aliases: list });
          setName('');
          setAliases('');
          onCreated();
        });
      }}
    >
      <div class="row">
        <div class="field grow">
          <label for="new-entity-name">New entity's name</label>
          <input id="new-entity-name" required value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div class="field grow">
          <label for="new-entity-aliases">Other names (separated by ;)</label>
          <input id="new-entity-aliases" value={aliases} onInput={(e) => setAliases(e.currentTarget.value)} />
        </div>
        <button type="submit" disabled={busy}>
          Create entity
        </button>
      </div>
      {name ? (
        <span class="small muted">
          Its id: <code>{slugify(name)}</code>
        </span>
      ) : null}
      {problem ? <ProblemView problem={problem} context="Not created" /> : null}
    </form>
  );
}

function AddAlias({ entity, onAdded }: { entity: EntityListItem; onAdded: () => void }) {
  const [alias, setAlias] = useState('');
  const { busy, problem, run } = useAction();
  const id = `alias-${entity.id}`;
  return (
    <form
      class="row add-alias"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await post<EntityWritten>(`/v1/entities/${seg(entity.id)}/aliases`, { alias: alias.trim() });
          setAlias('');
          onAdded();
        });
      }}
    >
      <label for={id} class="visually-hidden">
        New alias for {entity.name}
      </label>
      <input id={id} placeholder="add an alias" size={16} value={alias} onInput={(e) => setAlias(e.currentTarget.value)} />
      <button type="submit" disabled={busy || !alias.trim()}>
        Add alias
      </button>
      {problem ? <ProblemView problem={problem} context="Not added" /> : null}
    </form>
  );
}
