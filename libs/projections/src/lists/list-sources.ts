import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { ReadModelTables } from '../tables.js';
import { likeLiteral, pageOf } from './page.js';

export interface SourceListOptions {
  /** Words in the title or the publisher, in any case. */
  readonly q?: string;
  /** The publisher, whole, in any case. */
  readonly publisher?: string;
  readonly kind?: string;
  /** Published on or after this day (YYYY-MM-DD): a source's date counts from its first day. */
  readonly publishedFrom?: string;
  /** Published on or before this day. */
  readonly publishedTo?: string;
  readonly after?: { readonly publishedStart: string; readonly id: string };
  readonly limit: number;
}

export interface SourceListItem {
  readonly id: string;
  readonly title: string;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly publishedAt: string;
  readonly kind: string;
  readonly language: string;
}

/** What the text search reads, as the trigram index of the list_indexes migration is built. */
const searchText = sql`lower(coalesce(publisher, '') || E'\\n' || title)`;

/** Sources newest first (by the first day of their publication date), then by id. */
export async function listSources(db: Kysely<ReadModelTables>, options: SourceListOptions) {
  let query = db.selectFrom('rm_sources').selectAll();
  if (options.q) query = query.where(sql<boolean>`${searchText} like ${`%${likeLiteral(options.q.toLowerCase())}%`}`);
  if (options.publisher) query = query.where(sql<boolean>`lower(publisher) = ${options.publisher.toLowerCase()}`);
  if (options.kind) query = query.where('kind', '=', options.kind);
  if (options.publishedFrom) query = query.where('published_start', '>=', options.publishedFrom);
  if (options.publishedTo) query = query.where('published_start', '<=', options.publishedTo);
  if (options.after) {
    const { publishedStart, id } = options.after;
    query = query.where((eb) =>
      eb.or([eb('published_start', '<', publishedStart), eb.and([eb('published_start', '=', publishedStart), eb('source_id', '>', id)])]),
    );
  }
  const rows = await query
    .orderBy('published_start', 'desc')
    .orderBy('source_id')
    .limit(options.limit + 1)
    .execute();
  return pageOf(
    rows,
    options.limit,
    (r): SourceListItem => ({
      id: r.source_id,
      title: r.title,
      publisher: r.publisher,
      url: r.url,
      publishedAt: r.published_at,
      kind: r.kind,
      language: r.language,
    }),
    (r) => ({ publishedStart: r.published_start, id: r.source_id }),
  );
}
