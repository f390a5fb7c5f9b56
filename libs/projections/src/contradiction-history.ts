import { type Kysely, sql } from 'kysely';
import type { Contradiction } from '#claims';
import { afterKnownAt, type FactKey } from './fact-data.js';
import type { ReadModelTables } from './tables.js';

type Db = Kysely<ReadModelTables>;

/** What one batch did to one fact's contradictions. */
export interface HistoryChange {
  readonly fact: FactKey;
  /** The recorded times of the batch's first and last events on the fact; absent: unknown. */
  readonly recorded?: { readonly first: Date; readonly last: Date };
  /** The change also rewrote how the fact reads as of earlier times. */
  readonly retroactive?: boolean;
  /** Its previous contradictions were not compared one by one: every open row is checked. */
  readonly replaced: boolean;
  /** Some contradiction of it changed, appeared or went. */
  readonly changed: boolean;
}

/**
 * Keeps rm_contradiction_history in step with rm_contradictions, in one statement per batch and
 * none for a batch that changed no contradiction and left no gap: the rows of contradictions
 * that changed or went are closed at the first event of the batch on their fact, the new
 * versions opened at its last. Between the two the fact may have passed through states the
 * batch never computed: that interval gets a row without a contradiction, and a read as of a
 * time in it summarises the fact from its claims of then. So does a read before a retroactive
 * change (a source's new publisher or date, which claim rows of every time carry).
 */
export async function writeContradictionHistory(
  db: Db,
  changes: readonly HistoryChange[],
  written: readonly { readonly contradiction_id: string; readonly entity_id: string; readonly metric_id: string; readonly contradiction: Contradiction }[],
  gone: readonly string[],
): Promise<void> {
  const facts = changes
    .filter((c) => c.replaced || c.changed || c.retroactive || !c.recorded || c.recorded.first < c.recorded.last)
    .map((c) => ({
      entity_id: c.fact.entityId,
      metric_id: c.fact.metricId,
      first: c.recorded?.first.toISOString() ?? null,
      last: c.recorded?.last.toISOString() ?? null,
      gap: Boolean(c.retroactive || !c.recorded || c.recorded.first < c.recorded.last),
      from_start: Boolean(c.retroactive || !c.recorded),
      replaced: c.replaced,
    }));
  if (facts.length === 0) return;
  const news = written.map(({ contradiction_id, entity_id, metric_id, contradiction }) => ({ contradiction_id, entity_id, metric_id, contradiction }));
  // A contradiction's id names its fact (it is derived from the fact and its first claim), so
  // the rows to close and the rows already open are found by id: a batch on a fact with
  // thousands of contradictions reads the few it changed, not all of them. Only a fact whose
  // contradictions were not compared one by one (replaced) has every open row checked.
  const ids = [...gone, ...news.map((n) => n.contradiction_id)];
  await sql`
    with f as (
      select * from json_to_recordset(${JSON.stringify(facts)}::json)
        as f(entity_id text, metric_id text, first timestamptz, last timestamptz, gap boolean, from_start boolean, replaced boolean)
    ), n as (
      select * from json_to_recordset(${JSON.stringify(news)}::json) as n(contradiction_id uuid, entity_id text, metric_id text, contradiction json)
    ), closed_in_replaced as (
      update rm_contradiction_history h set recorded_to = coalesce(f.first, now())
      from f
      where f.replaced and h.entity_id = f.entity_id and h.metric_id = f.metric_id and h.recorded_to is null and h.contradiction_id is not null
        and not exists (select 1 from n where n.contradiction_id = h.contradiction_id and n.contradiction::jsonb = h.contradiction::jsonb)
    ), closed_by_id as (
      update rm_contradiction_history h
      set recorded_to = coalesce((select f.first from f where f.entity_id = h.entity_id and f.metric_id = h.metric_id), now())
      where h.contradiction_id = any (${ids}::uuid[]) and h.recorded_to is null
        and exists (select 1 from f where f.entity_id = h.entity_id and f.metric_id = h.metric_id and not f.replaced)
        and not exists (select 1 from n where n.contradiction_id = h.contradiction_id and n.contradiction::jsonb = h.contradiction::jsonb)
    )
    insert into rm_contradiction_history (entity_id, metric_id, contradiction_id, contradiction, recorded_from, recorded_to)
    select n.entity_id, n.metric_id, n.contradiction_id, n.contradiction, coalesce(f.last, now()), null
    from n join f on f.entity_id = n.entity_id and f.metric_id = n.metric_id
    where not exists (select 1 from rm_contradiction_history h
                      where h.contradiction_id = n.contradiction_id and h.recorded_to is null and h.contradiction::jsonb = n.contradiction::jsonb)
    union all
    select f.entity_id, f.metric_id, null, null, case when f.from_start then '-infinity' else f.first end, coalesce(f.last, now())
    from f where f.gap`.execute(db);
}

/**
 * The contradictions kept for an instant of recorded time, by fact, and the facts whose
 * contradictions of that instant are not kept (to be summarised from their claims).
 */
export async function contradictionsKnownAt(db: Db, knownAt: Date, filter: { readonly subject?: string; readonly metric?: string }) {
  const after = afterKnownAt(knownAt);
  let query = db
    .selectFrom('rm_contradiction_history')
    .select(['entity_id', 'metric_id', 'contradiction'])
    .where('recorded_from', '<', after)
    .where((eb) => eb.or([eb('recorded_to', 'is', null), eb('recorded_to', '>=', after)]));
  if (filter.subject) query = query.where('entity_id', '=', filter.subject);
  if (filter.metric) query = query.where('metric_id', '=', filter.metric);
  const kept: Array<FactKey & { contradiction: Contradiction }> = [];
  const unknown = new Map<string, FactKey>();
  for (const r of await query.execute()) {
    const fact = { entityId: r.entity_id, metricId: r.metric_id };
    if (r.contradiction === null) unknown.set(`${r.entity_id}\u0000${r.metric_id}`, fact);
    else kept.push({ ...fact, contradiction: r.contradiction });
  }
  return { kept: kept.filter((k) => !unknown.has(`${k.entityId}\u0000${k.metricId}`)), unknown: [...unknown.values()] };
}
