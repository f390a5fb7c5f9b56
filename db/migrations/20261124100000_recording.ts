import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Every name an entity answers to, written in the transaction that appends the entity's
  // events: the primary key is what keeps one alias from naming two entities.
  await sql`
    create table entity_names (
      name_key  text primary key,
      name      text not null,
      entity_id text not null
    )`.execute(db);
  await sql`create index entity_names_entity_idx on entity_names (entity_id)`.execute(db);

  // API keys are stored as SHA-256 hashes: they are long random secrets, so a fast hash is
  // enough, and a leaked table gives no usable key.
  await sql`
    create table api_keys (
      id         uuid primary key,
      name       text not null,
      role       text not null check (role in ('reader', 'editor', 'reviewer', 'admin')),
      key_hash   text not null unique,
      created_by text,
      created_at timestamptz not null default now(),
      revoked_at timestamptz
    )`.execute(db);

  // Responses to requests sent with an Idempotency-Key, replayed to retries of the same request.
  await sql`
    create table idempotency_keys (
      actor        text not null,
      key          text not null,
      fingerprint  text not null,
      status       integer,
      body         jsonb,
      headers      jsonb,
      created_at   timestamptz not null default now(),
      completed_at timestamptz,
      primary key (actor, key)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table idempotency_keys`.execute(db);
  await sql`drop table api_keys`.execute(db);
  await sql`drop table entity_names`.execute(db);
}
