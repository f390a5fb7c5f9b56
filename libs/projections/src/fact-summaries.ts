import { Map as PersistentMap } from 'immutable';
import { type Kysely, type Selectable, sql } from 'kysely';
import {
  type Contradiction,
  extendSummary,
  type FactClaim,
  type FactSummary,
  latestReleases,
  newestReleases,
  retallyAll,
  reviseSummary,
  type SourceTally,
  summarizeFact,
  tallyFact,
} from '#claims';
import { type FactKey, factKey, loadActiveClaimsOfFacts, loadResolutionsOfFacts } from './fact-data.js';
import { type ClusterSearch, loadClusters, loadLatestReleases } from './fact-clusters.js';
import { type CopyData, copyData, copyRows } from './copy-rows.js';
import { type HistoryChange, writeContradictionHistory } from './contradiction-history.js';
import { type CacheBatch, type CachedSummary, MAX_INDEXED_CLAIMS } from './summary-cache.js';
import { ClaimIndex, clustersIn } from './claim-index.js';
import type { ReadModelTables, RmMetricsTable, StoredSummary } from './tables.js';

type Db = Kysely<ReadModelTables>;

/** A claim as it was before an event of the batch (absent for a new claim) and after it. */
export interface ClaimChange {
  readonly before?: FactClaim;
  readonly after: FactClaim;
}

/** A fact a batch changed, and how. */
export interface TouchedFact extends FactKey {
  /** The last event that changed it. */
  readonly position: number;
  /**
   * The claims the batch recorded on it, in log order, when that is all that happened to it;
   * absent when anything else changed it (a correction, a retraction, a resolution...).
   */
  readonly added?: readonly FactClaim[];
  /**
   * Every change the batch made to its claims, in log order, and the ids of claims whose
   * relations changed without a change of their own (their source restated, a resolution named
   * them): what the clusters around the change are found from. Absent when something else
   * changed the fact, which is then summarised from all its claims.
   */
  readonly changes?: readonly ClaimChange[];
  readonly restated?: readonly string[];
  /**
   * The recorded times of the first and last events of the batch on the fact: its
   * contradictions are known as they stood before the first and after the last, not between
   * (see contradiction-history.ts). Absent: the fact's past is not known at all.
   */
  readonly recorded?: { readonly first: Date; readonly last: Date };
  /** A change that also changes how the fact reads as of earlier times (its source restated, its metric defined late). */
  readonly retroactive?: boolean;
}

type Touch = {
  entityId: string;
  metricId: string;
  position: number;
  added?: FactClaim[];
  changes?: ClaimChange[];
  restated?: string[];
  recorded?: { first: Date; last: Date };
  retroactive?: boolean;
};

/** Collects, over a batch, the facts it changed and how. */
export class TouchedFacts {
  readonly #facts = new Map<string, Touch>();

  #touch(fact: FactKey, position: number, at?: Date): Touch {
    let known = this.#facts.get(factKey(fact));
    if (!known) this.#facts.set(factKey(fact), (known = { entityId: fact.entityId, metricId: fact.metricId, position, added: [], changes: [], restated: [] }));
    // Claims reach here when their batch is flushed, possibly after a later event on the fact.
    known.position = Math.max(known.position, position);
    if (at) {
      const r = known.recorded;
      known.recorded = r ? { first: r.first < at ? r.first : at, last: r.last > at ? r.last : at } : { first: at, last: at };
    }
    return known;
  }

  added(fact: FactKey, position: number, claim: FactClaim, at?: Date) {
    const known = this.#touch(fact, position, at);
    known.added?.push(claim);
    known.changes?.push({ after: claim });
  }

  /** A claim of the fact changed: corrected, retracted, restored, reviewed or ranked. */
  claimChanged(fact: FactKey, position: number, change: Required<ClaimChange>, at?: Date) {
    const known = this.#touch(fact, position, at);
    known.added = undefined;
    known.changes?.push(change);
  }

  /** Claims of the fact relate to the others differently: their source restated, or a resolution named them. */
  restated(fact: FactKey, position: number, claimIds: readonly string[], at?: Date, retroactive = false) {
    const known = this.#touch(fact, position, at);
    known.added = undefined;
    if (retroactive) known.retroactive = true;
    known.restated?.push(...claimIds);
  }

  /** Anything else: the fact is summarised from all its claims. */
  changed(fact: FactKey, position: number, at?: Date) {
    const known = this.#touch(fact, position, at);
    known.added = known.changes = known.restated = undefined;
  }

  list(): TouchedFact[] {
    return [...this.#facts.values()].map(({ added, changes, restated, ...fact }) => ({
      ...fact,
      ...(added ? { added } : {}),
      ...(changes ? { changes } : {}),
      ...(restated ? { restated } : {}),
    }));
  }
}

/**
 * Rewrites the summary rows of the facts a batch touched, each in the cheapest way that gives
 * exactly its full summary:
 * - a fact that only gained claims starting after all of its others is brought up to date from
 *   its previous summary alone (`extendSummary`: a figure's newest value arriving);
 * - a fact whose claims were added, corrected, retracted, restored, reviewed, ranked, restated
 *   by their source or named by a resolution is brought up to date from its previous summary
 *   and the clusters of overlapping claims around those claims (`reviseSummary`), found in the
 *   fact's claim index or else with a few GiST probes (`clustersAround`): its cost follows the
 *   claims around the change, not those of the fact (and for a new release of a series, newer
 *   than all of its publisher's claims, only the live ones among them: `newestReleases`);
 * - any other fact (a cumulative metric, a previous summary unknown) is summarised from all of
 *   its current claims, read with one index probe per fact.
 * Previous summaries, and the claim indexes, come from the cache when it holds them.
 *
 * `writeClaims` writes the batch's last new claim rows. It runs while the summaries that are
 * only extended are computed, which do not read them: the server writes while this process
 * computes. The others wait for it. `metrics` are metric rows the caller has already read; the
 * others are looked up.
 */
export async function rewriteFacts(
  db: Db,
  facts: readonly TouchedFact[],
  options: { readonly cache?: CacheBatch; readonly metrics?: ReadonlyMap<string, Metric>; readonly writeClaims?: () => Promise<void> } = {},
): Promise<void> {
  const { cache, writeClaims } = options;
  // The fact rows go through a temporary table emptied at commit: only a transaction sees them.
  if (!db.isTransaction) throw new Error('rewriteFacts runs inside a transaction');
  if (facts.length === 0) {
    await writeClaims?.();
    return;
  }
  // The lookups and the claims' COPY are queued together on the transaction's connection, and
  // the summaries are computed as soon as the lookups are back, while the server is still
  // writing the claims.
  const metricIds = facts.map((f) => f.metricId).filter((id) => !options.metrics?.has(id));
  const previous = new Map<string, CachedSummary>();
  const misses: TouchedFact[] = [];
  for (const fact of facts) {
    if (!fact.changes) continue;
    const hit = cache?.get(factKey(fact));
    if (hit) previous.set(factKey(fact), hit);
    else misses.push(fact);
  }
  const lookups = Promise.all([loadMetrics(db, metricIds), loadStoredSummaries(db, misses)]);
  // Settled with a handler at once: a failed write is thrown below, not reported as unhandled.
  const writing = (writeClaims?.() ?? Promise.resolve()).then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
  const rows: Row[] = [];
  // Every summary written, for its contradictions and revisions.
  const written: Written[] = [];
  const revise: TouchedFact[] = [];
  const full: TouchedFact[] = [];
  let metrics: Map<string, Metric>;
  let extended: CopyData;
  let failed: { error: unknown } | undefined;
  try {
    const [looked, loaded] = await lookups;
    metrics = new Map([...(options.metrics ?? []), ...looked]);
    for (const [key, entry] of loaded.summaries) previous.set(key, entry);
    for (const [i, fact] of facts.entries()) {
      // Lets the COPY's parts be encoded and sent as the computation goes on.
      if (i % 100 === 99) await new Promise(setImmediate);
      const metric = metrics.get(fact.metricId);
      if (!metric) continue;
      // A cumulative metric's summary also watches for falls across all claims: never extended.
      const before = metric.cumulative ? undefined : previous.get(factKey(fact));
      let state: CachedSummary | undefined = before;
      for (const claim of (state && fact.added) || []) {
        const next = extendSummary(state!.summary, state!.tally, claim, metric);
        state = next && { ...next, ...(state!.unreviewed === undefined ? {} : { unreviewed: state!.unreviewed + (claim.verdict ? 0 : 1) }) };
        if (!state) break;
      }
      if (state && fact.added) {
        if (before?.latest) state = { ...state, latest: latestReleases(fact.added, before.latest) };
        if (before?.claims) state = { ...state, claims: before.claims.with(fact.added.map((after) => ({ after }))) };
        rows.push(row(fact, state, written));
        cache?.set(factKey(fact), state);
      } else if (fact.added && !previous.has(factKey(fact)) && !loaded.untallied.has(factKey(fact))) {
        // A fact seen for the first time: its claims are the ones just added, and nothing
        // resolved anything on it yet.
        const state = summarise(fact, fact.added, metric, [], !metric.cumulative && indexable(cache, factKey(fact)));
        rows.push(row(fact, state, written));
        cache?.set(factKey(fact), state);
      } else if (before?.unreviewed !== undefined && fact.changes) revise.push(fact);
      else full.push(fact);
    }
    extended = copyData(rows);
  } finally {
    // Whatever happened, the COPY is over before this returns or throws: a statement still
    // queued when the transaction ends would run after its rollback, outside it.
    failed = await writing;
  }
  if (failed) throw failed.error;

  rows.length = 0;
  if (revise.length > 0) {
    const { clusters, indexes, resolutions } = await clustersAround(db, revise, previous, cache);
    for (const fact of revise) {
      const key = factKey(fact);
      const before = previous.get(key)!;
      const tally = retallyAll({ sources: before.tally, unreviewed: before.unreviewed! }, fact.changes!);
      const ids = [...fact.changes!.map((c) => c.after.id), ...fact.restated!];
      const summary = reviseSummary(
        fact.entityId,
        fact.metricId,
        before.summary,
        tally,
        clusters.get(key)!,
        ids,
        metrics.get(fact.metricId)!,
        resolutions.get(key) ?? [],
      );
      if (!summary) {
        full.push(fact);
        continue;
      }
      // Brought up to date through additions only; any other change leaves it to be read again.
      const known = fact.added && before.latest ? { latest: latestReleases(fact.added, before.latest) } : {};
      // The revisions changed only among the claims around the change: their marks follow.
      const index = indexes.get(key)?.marked(clusters.get(key)!, (id) => summary.supersededBy.has(id));
      const state = { summary, tally: tally.sources, unreviewed: tally.unreviewed, ...known, ...(index ? { claims: index } : {}) };
      // What reviseSummary replaced: the changed claims and those of the clusters around them.
      rows.push(row(fact, state, written, new Set([...ids, ...clusters.get(key)!.map((c) => c.id)])));
      cache?.set(key, state);
    }
  }
  if (full.length > 0) {
    const claims = await loadActiveClaimsOfFacts(db, full);
    const resolutions = await loadResolutionsOfFacts(db, full, {});
    for (const fact of full) {
      const key = factKey(fact);
      const current = claims.get(key) ?? [];
      const metric = metrics.get(fact.metricId)!;
      const state = summarise(fact, current, metric, resolutions.get(key) ?? [], !metric.cumulative && indexable(cache, key));
      rows.push(row(fact, state, written));
      cache?.set(key, state);
    }
  }
  const summarised = copyData(rows);
  await upsertFacts(db, { columns: extended.columns.length > 0 ? extended.columns : summarised.columns, text: extended.text + summarised.text });
  await writeDetails(db, written, previous);
}

/**
 * Keeps rm_contradictions and rm_revisions equal to the contradictions and revisions of the
 * summaries just written. A fact whose previous summary is known gets only what changed: a
 * revised summary shares the contradictions it kept with the previous one, so the comparison is
 * by identity first and by content only for the others. A batch's cost then follows its changes,
 * not the thousands of contradictions and revisions a statistical series may hold. Any other fact
 * has its rows replaced.
 */
async function writeDetails(db: Db, written: readonly Written[], previous: ReadonlyMap<string, CachedSummary>) {
  const contradictions: Array<{ contradiction_id: string; entity_id: string; metric_id: string; claim_ids: readonly string[]; contradiction: Contradiction }> =
    [];
  const revisions: Array<{ claim_id: string; entity_id: string; metric_id: string; superseded_by: string }> = [];
  const goneContradictions: string[] = [];
  const goneRevisions: string[] = [];
  const replaced: Written[] = [];
  const history: HistoryChange[] = [];
  for (const w of written) {
    const fact = { entity_id: w.fact.entityId, metric_id: w.fact.metricId };
    const now = w.summary;
    const before = previous.get(factKey(w.fact))?.summary;
    if (!before) replaced.push(w);
    const was = new Map(before?.contradictions.map((c) => [c.id, c]));
    const counted = contradictions.length + goneContradictions.length;
    for (const c of now.contradictions) {
      const old = was.get(c.id);
      if (old !== c && (!old || JSON.stringify(old) !== JSON.stringify(c))) {
        contradictions.push({ contradiction_id: c.id, ...fact, claim_ids: c.claimIds, contradiction: c });
      }
      was.delete(c.id);
    }
    goneContradictions.push(...was.keys());
    history.push({
      fact: w.fact,
      ...(w.fact.recorded ? { recorded: w.fact.recorded } : {}),
      ...(w.fact.retroactive ? { retroactive: true } : {}),
      replaced: !before,
      changed: contradictions.length + goneContradictions.length > counted,
    });
    const revised = before?.supersededBy;
    // A revised summary changed only the revisions of the claims around its change (see
    // reviseSummary); any other is compared whole.
    for (const claimId of w.around ?? now.supersededBy.keys()) {
      const by = now.supersededBy.get(claimId);
      if (by !== undefined && revised?.get(claimId) !== by) revisions.push({ claim_id: claimId, ...fact, superseded_by: by });
    }
    if (revised) for (const claimId of w.around ?? revised.keys()) if (revised.has(claimId) && !now.supersededBy.has(claimId)) goneRevisions.push(claimId);
  }
  await writeContradictionHistory(db, history, contradictions, goneContradictions);
  if (contradictions.length + goneContradictions.length + revisions.length + goneRevisions.length + replaced.length === 0) return;
  // A claim corrected onto another fact leaves one and joins the other in the same batch.
  const rewritten = new Set(revisions.map((r) => r.claim_id));
  const leaving = goneRevisions.filter((id) => !rewritten.has(id));
  // A replaced fact loses the rows it no longer has: those not written again now.
  const replacedFacts = replaced.map((w) => w.fact);
  await sql`
    with gone as (
      delete from rm_contradictions r
      where r.contradiction_id in (${goneRows(CONTRADICTION_ROWS, {
        named: goneContradictions,
        facts: replacedFacts,
        kept: contradictions.map((c) => c.contradiction_id),
      })})
    )
    insert into rm_contradictions (contradiction_id, entity_id, metric_id, claim_ids, contradiction)
    select * from json_to_recordset(${JSON.stringify(contradictions)}::json)
      as c(contradiction_id uuid, entity_id text, metric_id text, claim_ids text[], contradiction json)
    on conflict (contradiction_id) do update set claim_ids = excluded.claim_ids, contradiction = excluded.contradiction`.execute(db);
  await sql`
    with gone as (
      delete from rm_revisions r
      where r.claim_id in (${goneRows(REVISION_ROWS, { named: leaving, facts: replacedFacts, kept: revisions.map((r) => r.claim_id) })})
    )
    insert into rm_revisions (claim_id, entity_id, metric_id, superseded_by)
    select * from json_to_recordset(${JSON.stringify(revisions)}::json) as r(claim_id text, entity_id text, metric_id text, superseded_by text)
    on conflict (claim_id) do update set entity_id = excluded.entity_id, metric_id = excluded.metric_id, superseded_by = excluded.superseded_by`.execute(db);
}

/** The fact-detail tables whose rows a batch replaces, each with its key. */
const CONTRADICTION_ROWS = { table: 'rm_contradictions', key: 'contradiction_id', type: 'uuid' } as const;
const REVISION_ROWS = { table: 'rm_revisions', key: 'claim_id', type: 'text' } as const;

/**
 * The keys of a fact-detail table's rows a batch deletes: those named, and those of the replaced
 * facts that are not kept. A union of lookups by key rather than an OR: under an OR the subquery
 * over the replaced facts could only be planned as a read of the whole table, at every batch.
 */
function goneRows(
  { table, key, type }: typeof CONTRADICTION_ROWS | typeof REVISION_ROWS,
  { named, facts, kept }: { readonly named: readonly string[]; readonly facts: readonly FactKey[]; readonly kept: readonly string[] },
) {
  const k = sql.ref(`o.${key}`);
  return sql`
    select unnest(${named}::${sql.raw(type)}[])
    union all
    select ${k}
    from unnest(${facts.map((f) => f.entityId)}::text[], ${facts.map((f) => f.metricId)}::text[]) as f(entity_id, metric_id)
    join ${sql.table(table)} o on o.entity_id = f.entity_id and o.metric_id = f.metric_id
    where ${k} <> all (${kept}::${sql.raw(type)}[])`;
}

/** Where the clusters around a fact's changes are: the old and new valid times of its changed claims, the claims restated, and its latest valid end. */
function searchAround(fact: TouchedFact, previous: CachedSummary): ClusterSearch {
  const spans = fact.changes!.flatMap((c) => (c.before ? [c.before.span, c.after.span] : [c.after.span]));
  const latest = previous.summary.latestValidEnd;
  if (latest !== undefined) spans.push({ start: latest, end: latest });
  const liveOnly = fact.added !== undefined && previous.latest !== undefined && newestReleases(fact.added, previous.latest);
  return { entityId: fact.entityId, metricId: fact.metricId, spans, ids: fact.restated!, liveOnly };
}

type Metric = Selectable<RmMetricsTable>;

/** The metric rows with these ids, by id. */
export async function loadMetrics(db: Db, ids: readonly string[]): Promise<Map<string, Metric>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  return new Map((await db.selectFrom('rm_metrics').selectAll().where('metric_id', 'in', unique).execute()).map((m) => [m.metric_id, m]));
}

/** A fact's summary from all of its current claims, with their index if `indexed`. */
function summarise(
  fact: FactKey,
  claims: readonly FactClaim[],
  metric: Metric,
  resolutions: Parameters<typeof summarizeFact>[4],
  indexed: boolean,
): CachedSummary {
  const summary = summarizeFact(fact.entityId, fact.metricId, claims, metric, resolutions);
  const tally = tallyFact(claims);
  return {
    summary,
    tally: tally.sources,
    unreviewed: tally.unreviewed,
    latest: latestReleases(claims),
    ...(indexed ? { claims: ClaimIndex.of(claims, (id) => summary.supersededBy.has(id)) } : {}),
  };
}

/** Whether a batch keeps the claims of a fact it read whole in an index: only with a cache, and while it has room. */
const indexable = (cache: CacheBatch | undefined, key: string) => cache?.indexable(key) === true;

/**
 * The clusters of active claims around each revised fact's changes (see `reviseSummary`), the
 * facts' resolutions, and the claim index of each fact that has one after the batch.
 * - A fact this process has indexed is searched in memory, its index first brought up to date
 *   with the batch's changes.
 * - A fact it has not indexed yet, and may, is read whole once (one probe), and indexed.
 * - The others, and any fact whose claims' sources were restated (their rows' publisher and
 *   date changed under the index), are searched in rm_claims (`loadClusters`).
 * A fact that only gained claims is searched among its live claims when each new one is its
 * publisher's newest release; what its publishers had published before comes from the index,
 * from memory, or failing both from rm_claims.
 */
async function clustersAround(db: Db, revise: readonly TouchedFact[], previous: Map<string, CachedSummary>, cache: CacheBatch | undefined) {
  const indexes = new Map<string, ClaimIndex>();
  const whole: TouchedFact[] = [];
  for (const fact of revise) {
    const key = factKey(fact);
    const before = previous.get(key)!;
    if (fact.retroactive) continue;
    if (before.claims) indexes.set(key, before.claims.with(fact.changes!));
    else if (indexable(cache, key) && before.summary.claimCount <= MAX_INDEXED_CLAIMS / 4) whole.push(fact);
    if (fact.added && !before.latest && before.claims) previous.set(key, { ...before, latest: latestReleases(before.claims.claims) });
  }
  const [latest, read] = await Promise.all([
    loadLatestReleases(
      db,
      revise.filter((f) => f.added && !previous.get(factKey(f))!.latest),
    ),
    loadActiveClaimsOfFacts(db, whole),
  ]);
  for (const [key, releases] of latest) previous.set(key, { ...previous.get(key)!, latest: releases });
  // Read after the batch's rows were written: already up to date, and marked as the revisions
  // stood before the batch, as a search among the live claims reads them.
  for (const fact of whole) {
    const { supersededBy } = previous.get(factKey(fact))!.summary;
    indexes.set(
      factKey(fact),
      ClaimIndex.of(read.get(factKey(fact)) ?? [], (id) => supersededBy.has(id)),
    );
  }
  const searches = revise.map((f) => searchAround(f, previous.get(factKey(f))!));
  const [stored, resolutions] = await Promise.all([
    loadClusters(
      db,
      searches.filter((s) => !indexes.has(factKey(s))),
    ),
    loadResolutionsOfFacts(db, revise, {}),
  ]);
  const clusters = new Map(stored);
  for (const search of searches) {
    const index = indexes.get(factKey(search));
    if (index) clusters.set(factKey(search), clustersIn(index, search));
  }
  return { clusters, indexes, resolutions };
}

type Row = ReturnType<typeof row>;
interface Written {
  readonly fact: TouchedFact;
  readonly summary: FactSummary;
  /** For a revised summary: the ids of the claims around its change, the only ones whose revisions it changed. */
  readonly around?: ReadonlySet<string>;
}

/** The fact's row; its contradictions and revisions go to `written`, for rows of their own. */
function row(fact: TouchedFact, { summary: full, tally, unreviewed }: CachedSummary, written: Written[], around?: ReadonlySet<string>) {
  written.push({ fact, summary: full, ...(around ? { around } : {}) });
  const { contradictions: _, supersededBy: __, ...summary } = full;
  return {
    entity_id: fact.entityId,
    metric_id: fact.metricId,
    summary,
    flags: [...summary.flags],
    claim_count: summary.claimCount,
    source_count: summary.sourceCount,
    latest_valid_end: summary.latestValidEnd ?? null,
    source_claims: tally,
    unreviewed_claims: unreviewed ?? null,
    position: fact.position,
  };
}

/**
 * The stored summaries of facts that have one with its source tally, whole (their contradictions
 * and revisions read from their rows), and the facts whose row has no tally (written before tallies were kept); one probe per fact. A fact with no row at all has no claims yet: every batch
 * that writes a fact's claims writes its row in the same transaction.
 */
export async function loadStoredSummaries(db: Db, facts: readonly FactKey[]) {
  const summaries = new Map<string, CachedSummary>();
  const untallied = new Set<string>();
  if (facts.length === 0) return { summaries, untallied };
  const { rows } = await sql<{
    entity_id: string;
    metric_id: string;
    summary: StoredSummary | null;
    contradictions: Contradiction[];
    superseded_by: Record<string, string>;
    source_claims: SourceTally | null;
    unreviewed_claims: number | null;
  }>`
    select r.entity_id, r.metric_id, r.summary, r.source_claims, r.unreviewed_claims,
           coalesce(c.contradictions, '[]') as contradictions, coalesce(v.superseded_by, '{}') as superseded_by
    from unnest(${facts.map((f) => f.entityId)}::text[], ${facts.map((f) => f.metricId)}::text[]) as f(entity_id, metric_id)
    join rm_facts r on r.entity_id = f.entity_id and r.metric_id = f.metric_id
    left join lateral (
      select json_agg(c.contradiction order by c.contradiction_id) as contradictions
      from rm_contradictions c where c.entity_id = r.entity_id and c.metric_id = r.metric_id and r.source_claims is not null
    ) c on true
    left join lateral (
      select json_object_agg(v.claim_id, v.superseded_by) as superseded_by
      from rm_revisions v where v.entity_id = r.entity_id and v.metric_id = r.metric_id and r.source_claims is not null
    ) v on true`.execute(db);
  for (const r of rows) {
    const key = factKey({ entityId: r.entity_id, metricId: r.metric_id });
    if (r.source_claims === null || r.summary === null) {
      untallied.add(key);
      continue;
    }
    const summary: FactSummary = { ...r.summary, contradictions: r.contradictions, supersededBy: PersistentMap(r.superseded_by) };
    summaries.set(key, { summary, tally: r.source_claims, ...(r.unreviewed_claims === null ? {} : { unreviewed: r.unreviewed_claims }) });
  }
  return { summaries, untallied };
}

/**
 * The rows go by COPY into a temporary table of the session, emptied at every commit, and from
 * there over the live rows in one statement: COPY has no ON CONFLICT.
 */
async function upsertFacts(db: Db, rows: CopyData) {
  if (rows.text === '') return;
  await sql`create temp table if not exists rm_facts_incoming (like rm_facts) on commit delete rows`.execute(db);
  await copyRows(db, 'rm_facts_incoming', rows);
  // Taken out as they go in: a transaction that applies several batches (a rebuild's switch)
  // upserts each batch's rows once.
  const columns = sql.join(rows.columns.map((c) => sql.id(c)));
  await sql`
    with incoming as (delete from rm_facts_incoming returning *)
    insert into rm_facts (${columns}) select ${columns} from incoming
    on conflict (entity_id, metric_id) do update
      set summary = excluded.summary, flags = excluded.flags, claim_count = excluded.claim_count,
          source_count = excluded.source_count, latest_valid_end = excluded.latest_valid_end,
          source_claims = excluded.source_claims, unreviewed_claims = excluded.unreviewed_claims, position = excluded.position`.execute(db);
}
