import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// The append function does the whole write in one round trip, in this order:
//  1. a per-stream advisory lock, taken before the transaction has an xid, so that two writers of
//     one stream get their xids in the order they write it (readers order by xid, see below);
//  2. the idempotency check (all event ids already stored: return the original result);
//  3. the expected-version check on the stream row;
//  4. only then the event inserts, so a losing writer never takes a global position.
// A caller's transaction that already had an xid before appending could land before an event of
// the same stream that a younger transaction committed; the function refuses that append with a
// serialization failure (40001) rather than let readers see the stream out of order.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table streams (
      stream_id   text primary key,
      stream_type text not null,
      version     bigint not null check (version >= 0),
      created_at  timestamptz not null default now(),
      updated_at  timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table events (
      global_position bigint generated always as identity primary key,
      transaction_id  xid8 not null default pg_current_xact_id(),
      stream_id       text not null,
      stream_version  bigint not null check (stream_version > 0),
      event_id        uuid not null,
      event_type      text not null,
      schema_version  integer not null default 1 check (schema_version > 0),
      data            jsonb not null,
      metadata        jsonb not null default '{}',
      recorded_at     timestamptz not null default now(),
      constraint events_event_id_key unique (event_id),
      constraint events_stream_version_key unique (stream_id, stream_version)
    )`.execute(db);
  await sql`create index events_transaction_order_idx on events (transaction_id, global_position)`.execute(db);

  await sql`
    create table checkpoints (
      consumer        text primary key,
      transaction_id  xid8 not null,
      global_position bigint not null,
      updated_at      timestamptz not null default now()
    )`.execute(db);

  // The log is append-only, whoever connects: the application role gets no UPDATE/DELETE grants
  // in production, and this trigger covers the owner and superusers too.
  await sql`
    create function events_reject_change() returns trigger language plpgsql as $$
    begin
      raise exception 'events are immutable: % is not allowed', tg_op
        using errcode = 'FL001', hint = 'record a new event that corrects the old one';
    end $$`.execute(db);
  await sql`
    create trigger events_immutable_rows before update or delete on events
    for each row execute function events_reject_change()`.execute(db);
  await sql`
    create trigger events_immutable_table before truncate on events
    for each statement execute function events_reject_change()`.execute(db);

  // p_expected_kind is 'any', 'no_stream', 'stream_exists' or 'exact' (then p_expected_version).
  // A missing stream is at version 0, so exact 0 accepts a missing or an empty stream.
  // p_events is a jsonb array of {id, type, schemaVersion, data, metadata}: one parameter that
  // costs a single JSON.stringify on the client, whatever the batch size.
  await sql`
    create function factlog_append(
      p_stream_id text,
      p_stream_type text,
      p_expected_kind text,
      p_expected_version bigint,
      p_events jsonb,
      p_notify boolean
    ) returns table (
      outcome text,
      stream_version bigint,
      positions bigint[],
      actual_version bigint,
      stream_existed boolean
    ) language plpgsql as $$
    #variable_conflict use_column
    declare
      v_count   bigint := jsonb_array_length(p_events);
      v_ids     uuid[];
      v_found   bigint;
      v_current bigint;
      v_had_xid boolean := pg_current_xact_id_if_assigned() is not null;
    begin
      if v_count = 0 then
        raise exception 'an append needs at least one event' using errcode = 'FL003';
      end if;

      perform pg_advisory_xact_lock(hashtextextended(p_stream_id, 0));

      select array_agg((e ->> 'id')::uuid) into v_ids from jsonb_array_elements(p_events) e;
      select count(*) into v_found from events where event_id = any (v_ids);
      if v_found > 0 then
        if v_found = v_count and not exists (
          select 1 from events where event_id = any (v_ids) and events.stream_id <> p_stream_id
        ) then
          return query
            select 'duplicate', max(ev.stream_version), array_agg(ev.global_position order by ev.stream_version),
                   (select s.version from streams s where s.stream_id = p_stream_id), true
            from events ev where ev.event_id = any (v_ids);
          return;
        end if;
        raise exception 'some but not all of these event ids are already stored, or stored on another stream'
          using errcode = 'FL002';
      end if;

      if p_expected_kind = 'any' then
        insert into streams as s (stream_id, stream_type, version) values (p_stream_id, p_stream_type, v_count)
        on conflict (stream_id) do update set version = s.version + v_count, updated_at = now()
        returning s.version - v_count into v_current;
      elsif p_expected_kind = 'no_stream' or (p_expected_kind = 'exact' and p_expected_version = 0) then
        insert into streams as s (stream_id, stream_type, version) values (p_stream_id, p_stream_type, v_count)
        on conflict (stream_id) do update set version = s.version + v_count, updated_at = now()
          where p_expected_kind = 'exact' and s.version = 0
        returning s.version - v_count into v_current;
      elsif p_expected_kind = 'stream_exists' then
        update streams s set version = s.version + v_count, updated_at = now()
        where s.stream_id = p_stream_id
        returning s.version - v_count into v_current;
      elsif p_expected_kind = 'exact' then
        update streams s set version = s.version + v_count, updated_at = now()
        where s.stream_id = p_stream_id and s.version = p_expected_version
        returning s.version - v_count into v_current;
      else
        raise exception 'unknown expected version kind %', p_expected_kind using errcode = 'FL003';
      end if;

      if v_current is null then
        return query
          select 'conflict', null::bigint, null::bigint[],
                 coalesce((select s.version from streams s where s.stream_id = p_stream_id), 0),
                 exists (select 1 from streams s where s.stream_id = p_stream_id);
        return;
      end if;

      if v_had_xid and v_current > 0 and exists (
        select 1 from events ev
        where ev.stream_id = p_stream_id and ev.stream_version = v_current
          and ev.transaction_id > pg_current_xact_id()
      ) then
        raise exception 'stream % has an event from a younger transaction; retry the transaction', p_stream_id
          using errcode = '40001';
      end if;

      return query
        with inserted as (
          insert into events (stream_id, stream_version, event_id, event_type, schema_version, data, metadata)
          select p_stream_id, v_current + e.ord, (e.ev ->> 'id')::uuid, e.ev ->> 'type',
                 coalesce((e.ev ->> 'schemaVersion')::integer, 1), e.ev -> 'data',
                 coalesce(e.ev -> 'metadata', '{}'::jsonb)
          from jsonb_array_elements(p_events) with ordinality as e(ev, ord)
          order by e.ord
          returning global_position
        )
        select 'appended', v_current + v_count, array_agg(global_position order by global_position), v_current + v_count, true
        from inserted;

      if p_notify then
        perform pg_notify('factlog_events', '');
      end if;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function factlog_append`.execute(db);
  await sql`drop table checkpoints`.execute(db);
  await sql`drop table events`.execute(db);
  await sql`drop function events_reject_change`.execute(db);
  await sql`drop table streams`.execute(db);
}
