import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Every contradiction of the fact summaries over recorded time, as claim rows are kept: a row
// per version of a contradiction, open from the event that made it until the event that changed
// or ended it. "What was disputed on 1 March?" then reads the rows of that instant rather than
// summarising every fact again from its claims of then. A row with no contradiction marks an
// interval in which the fact's contradictions are not kept (between two events of one batch, or
// before a change that rewrote its past): a read summarises those facts as before.
//
// Facts summarised before this migration have no kept past: their history until now is such an
// interval, and their current contradictions are open rows from now.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rm_contradiction_history (
      entity_id        text not null,
      metric_id        text not null,
      contradiction_id uuid,
      contradiction    json,
      recorded_from    timestamptz not null,
      recorded_to      timestamptz
    )`.execute(db);
  // The projector closes a fact's open rows; an as-of read scans the rows of an instant.
  await sql`create index rm_contradiction_history_open_idx on rm_contradiction_history (entity_id, metric_id) where recorded_to is null`.execute(db);
  await sql`
    insert into rm_contradiction_history (entity_id, metric_id, contradiction_id, contradiction, recorded_from, recorded_to)
    select entity_id, metric_id, null, null, '-infinity', now() from rm_facts`.execute(db);
  await sql`
    insert into rm_contradiction_history (entity_id, metric_id, contradiction_id, contradiction, recorded_from, recorded_to)
    select entity_id, metric_id, contradiction_id, contradiction, now(), null from rm_contradictions`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rm_contradiction_history`.execute(db);
}
