/**
 * Most JSON serialisers write a missing value as `null` (`"upperBound": null` for "more than
 * 60"). In a request body a member whose value is null is taken as absent, for every route at
 * once: an optional field is left out, and a required one is refused as missing, naming it.
 * Nulls inside arrays stay, and are refused by the schema like any other wrong element.
 */
export function withoutNulls(body: unknown): { readonly value: unknown; readonly nulls: ReadonlySet<string> } {
  const nulls = new Set<string>();
  const walk = (value: unknown, path: readonly (string | number)[]): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => walk(item, [...path, i]));
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      if (member === null) nulls.add(pathKey([...path, key]));
      // Defined rather than assigned, so that no key (`__proto__`) reaches the prototype.
      else Object.defineProperty(out, key, { value: walk(member, [...path, key]), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  return { value: walk(body, []), nulls };
}

/** How a field's path is written in a problem's `errors` (`value.upperBound`, `aliases.0`). */
export const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('.');
