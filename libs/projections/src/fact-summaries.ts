import { type Kysely, sql } from 'kysely';
import { extendSummary, type FactClaim, type FactSummary, type SourceTally, summarizeFact, tallySources } from '#claims';
import { type FactKey, factKey, loadActiveClaimsOfFacts, loadResolutionsOfFacts } from './fact-data.js';
import { rowsOf } from './json-rows.js';
import type { CacheBatch, CachedSummary } from './summary-cache.js';
import type { ReadModelTables } from './tables.js';

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
 */
export async function rewriteFacts(db: Db, facts: readonly TouchedFact[], cache?: CacheBatch): Promise<void> {
  if (facts.length === 0) return;
  const metricIds = [...new Set(facts.map((f) => f.metricId))];
  const metrics = new Map(
    (await db.selectFrom('rm_metrics').selectAll().where('metric_id', 'in', metricIds).execute()).map((m) => [m.metric_id, m]),
  );
  const known = facts.filter((f) => f.added && metrics.get(f.metricId)?.cumulative === false);
  const previous = new Map<string, CachedSummary>();
  const misses: TouchedFact[] = [];
  for (const fact of known) {
    const hit = cache?.get(factKey(fact));
    if (hit) previous.set(factKey(fact), hit);
    else misses.push(fact);
  }
  for (const [key, entry] of await loadSummaries(db, misses)) previous.set(key, entry);

  const rows: Row[] = [];
  const full: TouchedFact[] = [];
  for (const fact of facts) {
    const metric = metrics.get(fact.metricId);
    if (!metric) continue;
    let state: CachedSummary | undefined = previous.get(factKey(fact));
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
  await upsertFacts(db, rows);
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

async function upsertFacts(db: Db, rows: readonly Row[]) {
  if (rows.length === 0) return;
  await sql`
    insert into rm_facts select * from ${rowsOf('rm_facts', rows)}
    on conflict (entity_id, metric_id) do update
      set summary = excluded.summary, flags = excluded.flags, claim_count = excluded.claim_count,
          source_count = excluded.source_count, latest_valid_end = excluded.latest_valid_end,
          source_claims = excluded.source_claims, position = excluded.position`.execute(db);
}
