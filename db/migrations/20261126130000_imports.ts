import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Bulk imports and how far each got: an import runs in the background after its request has
// been answered (or in the command line's own process), so its progress and its first errors
// live here, where any API process can answer for it. The claims themselves are events like
// any others, each naming its import in its metadata.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table imports (
      id           uuid primary key,
      status       text not null check (status in ('running', 'succeeded', 'completed_with_errors', 'failed')),
      phase        text not null default 'writing' check (phase in ('checking', 'writing')),
      format       text not null,
      options      jsonb not null,
      actor        text,
      rows_read    bigint not null default 0,
      recorded     bigint not null default 0,
      unchanged    bigint not null default 0,
      rejected     bigint not null default 0,
      position     bigint not null default 0,
      errors       jsonb not null default '[]',
      failure      text,
      started_at   timestamptz not null default now(),
      updated_at   timestamptz not null default now(),
      finished_at  timestamptz
    )`.execute(db);
  await sql`create index imports_started_idx on imports (started_at desc)`.execute(db);
  // The audit's filter by import: only imported events have the key, so the index is small.
  await sql`create index events_import_idx on events ((metadata ->> 'importId')) where metadata ->> 'importId' is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index events_import_idx`.execute(db);
  await sql`drop table imports`.execute(db);
}
