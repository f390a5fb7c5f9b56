import { hash } from 'node:crypto';

/**
 * A UUID (version 8, name-based) from the parts that make a thing what it is, so that the same
 * input always names the same thing: a retried command finds what its first attempt made.
 */
export function deterministicUuid(...parts: ReadonlyArray<string | number>): string {
  const hex = hash('sha256', JSON.stringify(parts), 'hex');
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isSlug = (s: string) => SLUG.test(s) && s.length <= 100;

/**
 * A metric id: lower-case letters and digits in words joined by single dashes or underscores
 * (`member-count`, `member_count`), up to 100 characters. Every character is safe in a URL path
 * and a stream id, and ids are compared as written, so `member_count` and `member-count` are two
 * metrics.
 */
export const METRIC_ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
export const METRIC_ID_RULE = 'lower-case letters and digits, words joined by single - or _ (member-count, member_count)';
export const isMetricId = (s: string) => METRIC_ID.test(s) && s.length <= 100;

/** 'Global Coalition to Defeat ISIS' -> 'global-coalition-to-defeat-isis'. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

/** How names are compared: case, accents and spacing do not make two entities. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
