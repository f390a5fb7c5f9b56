import { useEffect, useState } from 'preact/hooks';
import { get, seg } from '../api/client';
import type { Entity } from '../api/types';
import { metricName } from '../format';

// Entity names change only by gaining aliases: a name read once serves the whole session.
const names = new Map<string, Promise<string>>();

export function entityName(id: string): Promise<string> {
  let name = names.get(id);
  if (!name) {
    name = get<Entity>(`/v1/entities/${seg(id)}`).then(
      (e) => e.name,
      () => id,
    );
    names.set(id, name);
  }
  return name;
}

/** Remembers a name the page already has (an entity just created or listed). */
export const noteEntityName = (id: string, name: string) => names.set(id, Promise.resolve(name));

/** An entity's name, once read; undefined until then. */
export function useEntityName(id: string): string | undefined {
  const [name, setName] = useState<{ id: string; name: string }>();
  useEffect(() => {
    let current = true;
    void entityName(id).then((n) => current && setName({ id, name: n }));
    return () => {
      current = false;
    };
  }, [id]);
  return name?.id === id ? name.name : undefined;
}

/** An entity by its name rather than its slug; the slug until the name arrives. */
export function EntityName({ id }: { id: string }) {
  const name = useEntityName(id);
  return <span title={name && name !== id ? id : undefined}>{name ?? id}</span>;
}

/** A fact as people name it: "Global Coalition to Defeat ISIS / member count". */
export function FactName({ subject, metric }: { subject: string; metric: string }) {
  return (
    <>
      <EntityName id={subject} /> <span class="sep">/</span> {metricName(metric)}
    </>
  );
}
