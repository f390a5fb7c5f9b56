import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// A projection split into slices by fact: each slice of the fact views keeps its own copy of the
// sources, as they stood at its own position in the log. Slices move at their own pace, and the
// claim rows a slice writes take the publisher and date of the source as of the claim's event,
// which the shared rm_sources (written by the first slice) may be ahead of or behind.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rm_slice_sources (
      slice           text not null,
      source_id       text not null,
      title           text not null,
      publisher       text,
      url             text,
      published_at    text not null,
      published_start date not null,
      kind            text not null,
      language        text not null,
      primary key (slice, source_id)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rm_slice_sources`.execute(db);
}
