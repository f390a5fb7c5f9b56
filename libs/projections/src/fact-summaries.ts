import { type Kysely, type Selectable, sql } from 'kysely';
import { extendSummary, type FactClaim, type FactSummary, type SourceTally, summarizeFact, tallySources } from '#claims';
import { type FactKey, factKey, loadActiveClaimsOfFacts, loadResolutionsOfFacts } from './fact-data.js';
import { type CopyData, copyData, copyRows } from './copy-rows.js';
import type { CacheBatch, CachedSummary } from './summary-cache.js';
import type { ReadModelTables, RmMetricsTable } from './tables.js';

type Db = Kysely<ReadModelTables>;

/** A fact a batch changed, and how. */
export interface TouchedFact extends FactKey {
  /** The last event that changed it. */
  readonly position: number;
  /**
   * The claims the batch recorded on it, in log order, when that is all that happened to it;
   * absent when anything else changed it (a correction, a retraction, a resolution...).
   */
  readonly added?: readonly FactClaim[];
}

/** Collects, over a batch, the facts it changed and whether they only gained claims. */
export class TouchedFacts {
  readonly #facts = new Map<string, { entityId: string; metricId: string; position: number; added: FactClaim[] | undefined }>();

  added(fact: FactKey, position: number, claim: FactClaim) {
    const known = this.#facts.get(factKey(fact));
    if (!known) this.#facts.set(factKey(fact), { entityId: fact.entityId, metricId: fact.metricId, position, added: [claim] });
    else {
      // Claims reach here when their batch is flushed, possibly after a later event on the fact.
      known.position = Math.max(known.position, position);
      known.added?.push(claim);
    }
  }

  changed(fact: FactKey, position: number) {
    const known = this.#facts.get(factKey(fact));
    this.#facts.set(factKey(fact), { entityId: fact.entityId, metricId: fact.metricId, position: Math.max(position, known?.position ?? 0), added: undefined });
  }

  list(): TouchedFact[] {
    return [...this.#facts.values()].map(({ added, ...fact }) => (added ? { ...fact, added } : fact));
  }
}

/**
 * Rewrites the summary rows of the facts a batch touched. A fact that only gained claims
 * starting after all of its others is brought up to date from its previous summary alone
 * (`extendSummary`: the common case of a figure's newest value arriving), taken from the cache
 * when it holds it; any other fact is summarised from all of its current claims, read with one
 * index probe per fact.
 *
 * `writeClaims` writes the batch's last new claim rows. It runs while the summaries that are
 * only extended are computed, which do not read them: the server writes while this process
 * computes. The summaries made from all of a fact's claims wait for it. `metrics` are metric
 * rows the caller has already read; the others are looked up.
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
    if (!fact.added) continue;
    const hit = cache?.get(factKey(fact));
    if (hit) previous.set(factKey(fact), hit);
    else misses.push(fact);
  }
  const lookups = Promise.all([loadMetrics(db, metricIds), loadSummaries(db, misses)]);
  // Settled with a handler at once: a failed write is thrown below, not reported as unhandled.
  const writing = (writeClaims?.() ?? Promise.resolve()).then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
  const rows: Row[] = [];
  const full: TouchedFact[] = [];
  let metrics: Map<string, Metric>;
  let extended: CopyData;
  let failed: { error: unknown } | undefined;
  try {
    const [looked, loaded] = await lookups;
    metrics = new Map([...(options.metrics ?? []), ...looked]);
    for (const [key, entry] of loaded) previous.set(key, entry);
    for (const [i, fact] of facts.entries()) {
      // Lets the COPY's parts be encoded and sent as the computation goes on.
      if (i % 100 === 99) await new Promise(setImmediate);
      const metric = metrics.get(fact.metricId);
      if (!metric) continue;
      // A cumulative metric's summary also watches for falls across all claims: never extended.
      let state: CachedSummary | undefined = metric.cumulative ? undefined : previous.get(factKey(fact));
      for (const claim of (state && fact.added) || []) {
        state = extendSummary(state!.summary, state!.tally, claim, metric);
        if (!state) break;
      }
      if (!state) full.push(fact);
      else {
        rows.push(row(fact, state.summary, state.tally));
        cache?.set(factKey(fact), state);
      }
    }
    extended = copyData(rows);
  } finally {
    // Whatever happened, the COPY is over before this returns or throws: a statement still
    // queued when the transaction ends would run after its rollback, outside it.
    failed = await writing;
  }
  if (failed) throw failed.error;

  rows.length = 0;
  if (full.length > 0) {
    const claims = await loadActiveClaimsOfFacts(db, full);
    const resolutions = await loadResolutionsOfFacts(db, full, {});
    for (const fact of full) {
      const key = factKey(fact);
      const current = claims.get(key) ?? [];
      const summary = summarizeFact(fact.entityId, fact.metricId, current, metrics.get(fact.metricId)!, resolutions.get(key) ?? []);
      const tally = tallySources(current);
      rows.push(row(fact, summary, tally));
      cache?.set(key, { summary, tally });
    }
  }
  const summarised = copyData(rows);
  await upsertFacts(db, { columns: extended.columns.length > 0 ? extended.columns : summarised.columns, text: extended.text + summarised.text });
}

type Metric = Selectable<RmMetricsTable>;

/** The metric rows with these ids, by id. */
export async function loadMetrics(db: Db, ids: readonly string[]): Promise<Map<string, Metric>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  return new Map((await db.selectFrom('rm_metrics').selectAll().where('metric_id', 'in', unique).execute()).map((m) => [m.metric_id, m]));
}

type Row = ReturnType<typeof row>;

function row(fact: TouchedFact, summary: FactSummary, tally: SourceTally) {
  return {
    entity_id: fact.entityId,
    metric_id: fact.metricId,
    summary,
    flags: [...summary.flags],
    claim_count: summary.claimCount,
    source_count: summary.sourceCount,
    latest_valid_end: summary.latestValidEnd ?? null,
    source_claims: tally,
    position: fact.position,
  };
}

/** The stored summaries of facts that have one with its source tally; one probe per fact. */
async function loadSummaries(db: Db, facts: readonly FactKey[]) {
  const out = new Map<string, CachedSummary>();
  if (facts.length === 0) return out;
  const { rows } = await sql<{ entity_id: string; metric_id: string; summary: FactSummary; source_claims: SourceTally }>`
    select r.entity_id, r.metric_id, r.summary, r.source_claims
    from unnest(${facts.map((f) => f.entityId)}::text[], ${facts.map((f) => f.metricId)}::text[]) as f(entity_id, metric_id)
    join rm_facts r on r.entity_id = f.entity_id and r.metric_id = f.metric_id
    where r.source_claims is not null`.execute(db);
  for (const r of rows) out.set(factKey({ entityId: r.entity_id, metricId: r.metric_id }), { summary: r.summary, tally: r.source_claims });
  return out;
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
          source_claims = excluded.source_claims, position = excluded.position`.execute(db);
}
