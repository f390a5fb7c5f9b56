import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Read models, built from the log by the projector. Claims are system-versioned: each change
// closes the row that held until then (recorded_to) and opens a new one (recorded_from), both
// at the recorded time of the event, so "what did we know at T" is a range query, not a replay.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rm_claims (
      claim_id      uuid not null,
      row_version   integer not null,
      entity_id     text not null,
      metric_id     text not null,
      source_id     text not null,
      -- Copied from the source, so that summarising a fact reads one table.
      publisher     text,
      published_start date not null,
      status        text not null,
      rank          text not null,
      verdict       text,
      value         jsonb not null,
      valid_time    jsonb not null,
      valid_start   date not null,
      valid_end     date not null,
      quote         jsonb,
      attribution   text,
      note          text,
      recorded_by   text,
      first_recorded_at timestamptz not null,
      recorded_from timestamptz not null,
      recorded_to   timestamptz,
      position      bigint not null,
      primary key (claim_id, row_version)
    )`.execute(db);
  await sql`create index rm_claims_fact_idx on rm_claims (entity_id, metric_id, recorded_from)`.execute(db);
  await sql`create index rm_claims_current_idx on rm_claims (entity_id, metric_id) where recorded_to is null`.execute(db);
  await sql`create index rm_claims_source_idx on rm_claims (source_id)`.execute(db);

  await sql`
    create table rm_sources (
      source_id       text primary key,
      title           text not null,
      publisher       text,
      url             text,
      published_at    text not null,
      published_start date not null,
      kind            text not null,
      language        text not null
    )`.execute(db);

  await sql`
    create table rm_metrics (
      metric_id  text primary key,
      unit       text not null,
      kind       text not null,
      cumulative boolean not null,
      tolerance  double precision not null
    )`.execute(db);

  await sql`
    create table rm_entities (
      entity_id text primary key,
      name      text not null,
      aliases   jsonb not null
    )`.execute(db);

  // One row per fact (entity, metric) with what the fact view shows now; rewritten from the
  // fact's current claims whenever one of them changes.
  await sql`
    create table rm_facts (
      entity_id     text not null,
      metric_id     text not null,
      summary       jsonb not null,
      flags         text[] not null,
      claim_count   integer not null,
      source_count  integer not null,
      latest_valid_end date,
      position      bigint not null,
      primary key (entity_id, metric_id)
    )`.execute(db);
  await sql`create index rm_facts_flags_idx on rm_facts using gin (flags)`.execute(db);

  // Editors' resolutions of contradictions, by the set of claims they settled.
  await sql`
    create table rm_resolutions (
      contradiction_id uuid not null,
      entity_id    text not null,
      metric_id    text not null,
      claim_ids    uuid[] not null,
      preferred    uuid[] not null,
      reason       text not null,
      resolved_by  text,
      resolved_at  timestamptz not null,
      position     bigint not null,
      primary key (contradiction_id, position)
    )`.execute(db);
  await sql`create index rm_resolutions_fact_idx on rm_resolutions (entity_id, metric_id)`.execute(db);

  // The audit reads the log itself, by actor and by time.
  await sql`create index events_actor_idx on events ((metadata ->> 'actor'), recorded_at)`.execute(db);
  await sql`create index events_recorded_at_idx on events (recorded_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index events_recorded_at_idx`.execute(db);
  await sql`drop index events_actor_idx`.execute(db);
  for (const table of ['rm_resolutions', 'rm_facts', 'rm_entities', 'rm_metrics', 'rm_sources', 'rm_claims']) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
