import { type Kysely, sql } from 'kysely';

// Frozen in time: db/migrations/20261126092000_parked_events.ts runs this version, and a shipped migration never
// changes what it does. A new version of the event store's SQL is a new file here, called by a new
// migration.
//
// Events a consumer of the log could not apply, set aside so that it goes on with the rest
// (see the event store's Subscription). A row is written in the transaction that moves the
// consumer's checkpoint past the event, and deleted in the one that applies it at last. Later
// events of the same stream wait here too (`blocked_by`), so that each stream is applied in
// order.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table parked_events (
      consumer           text not null,
      global_position    bigint not null,
      transaction_id     xid8 not null,
      stream_id          text not null,
      stream_version     bigint not null,
      event_id           uuid not null,
      event_type         text not null,
      error              text not null,
      blocked_by         bigint,
      attempts           integer not null,
      parked_at          timestamptz not null default now(),
      last_attempt_at    timestamptz not null default now(),
      retry_requested_at timestamptz,
      primary key (consumer, global_position)
    )`.execute(db);
  await sql`create index parked_events_stream_idx on parked_events (consumer, stream_id)`.execute(db);
  await sql`create index parked_events_retry_idx on parked_events (consumer) where retry_requested_at is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table parked_events`.execute(db);
}
