import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Push delivery of the change feed. A subscription names a receiver and what it wants; the
// dispatcher (a consumer of the log with its own checkpoint) writes one message per matching
// event, in the transaction that moves its checkpoint; the sender delivers each subscription's
// messages in log order and records every attempt. A message holds the event as the feed shows
// it, read once by the dispatcher rather than again at each attempt. The secret is kept because signing needs it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table webhook_subscriptions (
      id uuid primary key,
      url text not null,
      event_types text[] not null,
      subjects text[],
      metrics text[],
      description text not null,
      secret text not null,
      status text not null check (status in ('active', 'paused')),
      paused_reason text,
      consecutive_dead int not null default 0,
      created_by text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table webhook_messages (
      id uuid primary key,
      subscription_id uuid not null references webhook_subscriptions (id) on delete cascade,
      event_id uuid not null,
      -- The event's place in the log: transactions in commit order, then positions.
      transaction_id xid8 not null,
      global_position bigint not null,
      event_type text not null,
      event jsonb not null,
      subject text,
      metric text,
      state text not null check (state in ('pending', 'delivered', 'dead')),
      attempts int not null default 0,
      next_attempt_at timestamptz not null default now(),
      created_at timestamptz not null default now(),
      delivered_at timestamptz,
      unique (subscription_id, event_id)
    )`.execute(db);
  // The sender's question: each subscription's first pending message in log order.
  await sql`create index webhook_messages_pending on webhook_messages (subscription_id, transaction_id, global_position) where state = 'pending'`.execute(db);
  await sql`
    create table webhook_attempts (
      id bigint generated always as identity primary key,
      message_id uuid not null references webhook_messages (id) on delete cascade,
      subscription_id uuid not null references webhook_subscriptions (id) on delete cascade,
      attempt int not null,
      started_at timestamptz not null,
      latency_ms int not null,
      response_status int,
      error text,
      outcome text not null check (outcome in ('delivered', 'failed', 'dead')),
      next_retry_at timestamptz
    )`.execute(db);
  await sql`create index webhook_attempts_by_subscription on webhook_attempts (subscription_id, id)`.execute(db);
  // The dispatcher starts at the head of the log as it stands: a subscription registered later
  // gets what happens after it, not the history of a database that had no webhooks before.
  await sql`
    insert into checkpoints (consumer, transaction_id, global_position)
    select 'webhook-dispatcher', transaction_id, global_position from events
    order by transaction_id desc, global_position desc limit 1
    on conflict (consumer) do nothing`.execute(db);
  // The key that signs change-feed stream tokens, shared by every API process.
  await sql`create table signing_keys (name text primary key, secret text not null, created_at timestamptz not null default now())`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table signing_keys`.execute(db);
  await sql`drop table webhook_attempts`.execute(db);
  await sql`drop table webhook_messages`.execute(db);
  await sql`drop table webhook_subscriptions`.execute(db);
}
