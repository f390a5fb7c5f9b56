import { type Kysely, sql } from 'kysely';
import { likeLiteral, pageOf } from '../lists/page.js';
import type { SearchKind, SearchTables } from './search-tables.js';

export interface SearchOptions {
  /** Words as a person types them: "quoted phrases", -excluded, or; see websearch_to_tsquery. */
  readonly q: string;
  readonly kinds?: readonly SearchKind[];
  readonly entityId?: string;
  readonly metricId?: string;
  /** The publisher, whole, in any case. */
  readonly publisher?: string;
  /** Published on or after this day (YYYY-MM-DD). */
  readonly publishedFrom?: string;
  /** Published on or before this day. */
  readonly publishedTo?: string;
  readonly after?: SearchCursor;
  readonly limit: number;
}

/** Where the next page starts: the last hit's score and id (scores are float4, which print exactly). */
export interface SearchCursor {
  readonly score: number;
  readonly id: string;
}

/** A text and the parts of it that matched, as [start, end) offsets in UTF-16 code units. */
export interface MarkedText {
  readonly text: string;
  readonly marks: ReadonlyArray<readonly [number, number]>;
}

export interface SearchHit {
  readonly id: string;
  readonly kind: SearchKind;
  readonly score: number;
  readonly title: MarkedText;
  readonly snippet: MarkedText | null;
  readonly claimId: string | null;
  readonly sourceId: string | null;
  readonly entityId: string | null;
  readonly metricId: string | null;
  readonly commentId: string | null;
  readonly publisher: string | null;
  readonly publishedOn: string | null;
}

/** Marks in ts_headline's output: private-use characters, taken out of the texts beforehand. */
const START = '\uE000';
const STOP = '\uE001';
const HEADLINE = `StartSel=${START}, StopSel=${STOP}`;

/**
 * The words of a query for partial names: three characters or more each (what a trigram index
 * can look up), without the query syntax around them. A query with a shorter word is not matched
 * by partial names (the full-text match still applies): "over 60" would otherwise find every
 * "government".
 */
export function partialWords(q: string): string[] {
  const words = q
    .toLowerCase()
    .split(/\s+/)
    // A word to leave out (-word) is no part of a name to look for.
    .filter((w) => !w.startsWith('-'))
    .map((w) => w.replace(/^["']+|["']+$/g, ''))
    .filter((w) => w && w !== 'or');
  return words.length > 0 && words.every((w) => w.length >= 3) ? [...new Set(words)].slice(0, 8) : [];
}

/**
 * Everything found by the words, best first: full-text matches (weighted: names and titles,
 * then quotes, attributions, publishers and comments, then long texts), plus entities, metrics
 * and sources whose names hold every word, even in part ("coalit" finds the coalition). The
 * score adds the full-text rank, a bonus for a partial-name match and one for the words as
 * typed appearing together in the name or quote. Rows with a long text (sources, noted claims)
 * have their rank divided by the log of their length, so that a long text does not win by
 * repetition; names, with all their aliases, count every mention.
 */
export async function search(db: Kysely<SearchTables>, options: SearchOptions) {
  const words = partialWords(options.q);
  const typed = options.q.toLowerCase().replace(/["]/g, '').trim();
  const byName =
    words.length === 0
      ? sql<boolean>`false`
      : sql<boolean>`(s.names is not null and ${sql.join(
          words.map((w) => sql`s.names like ${`%${likeLiteral(w)}%`}`),
          sql` and `,
        )})`;
  const filters = [
    options.kinds ? sql`s.kind in (${sql.join(options.kinds)})` : undefined,
    options.entityId !== undefined ? sql`s.entity_id = ${options.entityId}` : undefined,
    options.metricId !== undefined ? sql`s.metric_id = ${options.metricId}` : undefined,
    options.publisher !== undefined ? sql`lower(s.publisher) = ${options.publisher.toLowerCase()}` : undefined,
    options.publishedFrom !== undefined ? sql`s.published_start >= ${options.publishedFrom}::date` : undefined,
    options.publishedTo !== undefined ? sql`s.published_start <= ${options.publishedTo}::date` : undefined,
  ].filter((f) => f !== undefined);
  const after = options.after
    ? sql`where h.score < ${options.after.score}::real or (h.score = ${options.after.score}::real and h.doc_id > ${options.after.id})`
    : sql``;
  const clean = (text: ReturnType<typeof sql>) => sql`translate(${text}, ${START + STOP}, '')`;
  const { rows } = await sql<Row>`
    with q as (select websearch_to_tsquery('english', ${options.q}) as tsq),
    hits as (
      select s.doc_id, s.kind, s.claim_id, s.source_id, s.entity_id, s.metric_id, s.comment_id, s.publisher,
             s.published_start::text as published_on, s.heading, s.detail, s.body, ${byName} as by_name,
             (case when s.document @@ q.tsq then ts_rank(s.document, q.tsq, case when s.body is null then 0 else 1 end) else 0 end
              + case when ${byName} then 0.3 + 0.3 * word_similarity(${typed}, s.names) else 0 end
              + case when strpos(lower(s.heading || ' ' || coalesce(s.detail, '')), ${typed}) > 0 then 0.1 else 0 end)::real as score
      from rm_search s, q
      where (s.document @@ q.tsq or ${byName}) ${filters.length > 0 ? sql`and ${sql.join(filters, sql` and `)}` : sql``}
    ),
    page as (select * from hits h ${after} order by h.score desc, h.doc_id limit ${options.limit + 1})
    select p.doc_id, p.kind, p.claim_id, p.source_id, p.entity_id, p.metric_id, p.comment_id, p.publisher, p.published_on, p.score, p.by_name,
           ts_headline('english', ${clean(sql`case when p.heading <> '' then p.heading else coalesce(p.detail, '') end`)}, q.tsq,
                       ${`HighlightAll=true, ${HEADLINE}`}) as title,
           case when p.heading <> '' and p.detail is null and p.body is null then null
                when p.heading = '' and p.body is null then null
                else ts_headline('english', ${clean(sql`concat_ws(E'\n', case when p.heading <> '' then p.detail end, p.body)`)}, q.tsq,
                                 ${`MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … ", ${HEADLINE}`}) end as snippet
    from page p, q
    order by p.score desc, p.doc_id`.execute(db);
  return pageOf(
    rows,
    options.limit,
    (r): SearchHit => {
      const title = unmark(r.title);
      return {
        id: r.doc_id,
        kind: r.kind,
        score: Number(r.score),
        title: r.by_name ? { text: title.text, marks: merge([...title.marks, ...occurrences(title.text, words)]) } : title,
        snippet: r.snippet === null ? null : unmark(r.snippet),
        claimId: r.claim_id,
        sourceId: r.source_id,
        entityId: r.entity_id,
        metricId: r.metric_id,
        commentId: r.comment_id,
        publisher: r.publisher,
        publishedOn: r.published_on,
      };
    },
    (r): SearchCursor => ({ score: Number(r.score), id: r.doc_id }),
  );
}

interface Row {
  doc_id: string;
  kind: SearchKind;
  claim_id: string | null;
  source_id: string | null;
  entity_id: string | null;
  metric_id: string | null;
  comment_id: string | null;
  publisher: string | null;
  published_on: string | null;
  score: number;
  by_name: boolean;
  title: string;
  snippet: string | null;
}

/** ts_headline's output as plain text and the ranges it marked. */
export function unmark(marked: string): MarkedText {
  let text = '';
  const marks: Array<[number, number]> = [];
  let from = -1;
  for (const part of marked.split(/([\uE000\uE001])/)) {
    if (part === START) from = text.length;
    else if (part === STOP) {
      if (from >= 0 && text.length > from) marks.push([from, text.length]);
      from = -1;
    } else text += part;
  }
  return { text, marks: merge(marks) };
}

/** Where the words occur in the text, in any case: the parts a partial-name match found. */
function occurrences(text: string, words: readonly string[]): Array<[number, number]> {
  const lower = text.toLowerCase();
  const found: Array<[number, number]> = [];
  // toLowerCase keeps the length of almost every text; where it does not, offsets would drift.
  if (lower.length !== text.length) return found;
  for (const word of words) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) found.push([at, at + word.length]);
  }
  return found;
}

/** Sorted ranges, overlapping or touching ones joined. */
function merge(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
