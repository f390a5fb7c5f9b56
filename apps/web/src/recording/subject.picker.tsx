import { useState } from 'preact/hooks';
import { get, post } from '../api/client';
import type { EntityListItem, EntityWritten, Page } from '../api/types';
import { noteEntityName } from '../ui/entity-name.view';
import { ProblemView } from '../ui/problem.view';
import { slugify } from '../ui/slug';
import { useAction } from '../ui/use-action';
import { useSearch } from '../ui/use-search';

export interface Chosen {
  readonly id: string;
  readonly name: string;
}

/** Which name of an entity matched the words typed: its name, or the alias that did. */
function matchedName(entity: EntityListItem, words: string): string | undefined {
  const w = words.trim().toLowerCase();
  if (!w || entity.name.toLowerCase().startsWith(w) || entity.id.startsWith(w)) return undefined;
  return entity.aliases.find((a) => a.toLowerCase().startsWith(w));
}

/** The claim's subject: found by any of its names or aliases, or defined here. */
export function SubjectPicker({
  hint,
  chosen,
  onChoose,
}: {
  hint?: string | undefined;
  chosen?: Chosen | undefined;
  onChoose: (c: Chosen | undefined) => void;
}) {
  const [words, setWords] = useState(hint ?? '');
  const [creating, setCreating] = useState(false);
  const found = useSearch((q) => get<Page<EntityListItem>>('/v1/entities', { q, limit: 8 }), words, !chosen);

  if (chosen) {
    return (
      <div class="picked" data-testid="chosen-subject">
        <span class="field-label">Subject</span> <strong>{chosen.name}</strong> <span class="muted small">({chosen.id})</span>{' '}
        <button type="button" class="link-button" onClick={() => onChoose(undefined)}>
          Change subject
        </button>
      </div>
    );
  }
  return (
    <div class="picker">
      <div class="field">
        <label for="subject-search">Subject (any name or alias)</label>
        <input
          id="subject-search"
          type="search"
          autoComplete="off"
          value={words}
          onInput={(e) => setWords(e.currentTarget.value)}
          aria-describedby="subject-results"
        />
      </div>
      <ul id="subject-results" class="choices" aria-label="Matching entities">
        {(found ?? []).map((e) => {
          const alias = matchedName(e, words);
          return (
            <li key={e.id}>
              <button
                type="button"
                class="choice"
                onClick={() => {
                  noteEntityName(e.id, e.name);
                  onChoose({ id: e.id, name: e.name });
                }}
              >
                {e.name}
                {alias ? <span class="muted small"> — also “{alias}”</span> : null}
              </button>
            </li>
          );
        })}
        {found && found.length === 0 ? <li class="muted small">No entity is called that.</li> : null}
      </ul>
      {creating ? (
        <NewEntity name={words} onCreated={onChoose} onCancel={() => setCreating(false)} />
      ) : (
        <button type="button" class="link-button" onClick={() => setCreating(true)}>
          New entity…
        </button>
      )}
    </div>
  );
}

function NewEntity({ name: initial, onCreated, onCancel }: { name: string; onCreated: (c: Chosen) => void; onCancel: () => void }) {
  const [name, setName] = useState(initial.trim());
  const [id, setId] = useState<string>();
  const [aliases, setAliases] = useState('');
  const { busy, problem, run } = useAction();
  const slug = id ?? slugify(name);
  const create = () =>
    run(async () => {
      const aliasList = aliases
        .split(/[;\n]/)
        .map((a) => a.trim())
        .filter(Boolean);
      const made = await post<EntityWritten>('/v1/entities', { id: slug, name: name.trim(), aliases: aliasList });
      noteEntityName(made.id, made.name);
      onCreated({ id: made.id, name: made.name });
    });
  return (
    <fieldset class="inline-create">
      <legend>New entity</legend>
      <div class="row">
        <div class="field grow">
          <label for="entity-new-name">Name</label>
          <input id="entity-new-name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="entity-new-id">Id</label>
          <input id="entity-new-id" value={slug} onInput={(e) => setId(e.currentTarget.value)} />
        </div>
      </div>
      <div class="field">
        <label for="entity-new-aliases">Other names (separated by ;)</label>
        <input id="entity-new-aliases" value={aliases} onInput={(e) => setAliases(e.currentTarget.value)} />
      </div>
      {problem ? <ProblemView problem={problem} context="Not created" /> : null}
      <div class="row">
        <button type="button" disabled={busy || !name.trim()} onClick={() => void create()}>
          Create entity
        </button>
        <button type="button" class="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
