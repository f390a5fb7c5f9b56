import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Fact summaries that the projector brings up to date from the previous summary when a fact's
// newest figure arrives, rather than from all of the fact's claims.
export async function up(db: Kysely<unknown>): Promise<void> {
  // How many active claims each source has on the fact, so that a new claim updates the source
  // count alone. Rows written before this column existed have none (null) and are summarised
  // from their claims the next time they change.
  await sql`alter table rm_facts add column source_claims jsonb`.execute(db);
  // A fact row is rewritten on every batch that touches the fact: room on each page lets
  // PostgreSQL update it in place (a HOT update) without touching its indexes.
  await sql`alter table rm_facts set (fillfactor = 50)`.execute(db);
  // The (entity, metric, recorded_from) index finds a fact's current rows as well; a second
  // index on every claim row written cost more than it saved.
  await sql`drop index rm_claims_current_idx`.execute(db);
  // The position of the last event a read model applied, written with each batch, and a random
  // lineage drawn when its tables were first written: together they tell a projector whether
  // what it remembers of the tables is still what they hold.
  await sql`
    create table rm_applied (
      projection      text primary key,
      lineage         uuid not null default gen_random_uuid(),
      global_position bigint not null
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rm_applied`.execute(db);
  await sql`create index rm_claims_current_idx on rm_claims (entity_id, metric_id) where recorded_to is null`.execute(db);
  await sql`alter table rm_facts reset (fillfactor)`.execute(db);
  await sql`alter table rm_facts drop column source_claims`.execute(db);
}
