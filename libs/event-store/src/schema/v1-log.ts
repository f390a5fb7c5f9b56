import { type Kysely, sql } from 'kysely';

// Frozen in time: db/migrations/20261124090000_event_store.ts runs this version, and a shipped migration never
// changes what it does. A new version of the event store's SQL is a new file here, called by a new
// migration.
//
// The append function does the whole write in one round trip, in this order:
//  1. a per-stream advisory lock, taken before the transaction has an xid, so that two writers of
//     one stream get their xids in the order they write it (readers order by xid, see below);
//  2. the expected-version check on the stream row;
//  3. only then the event inserts, so a losing writer never takes a global position.
// A retried append (all its event ids stored) is answered with the original result.
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

  await sql`
    create function factlog_event_ids(p_events jsonb) returns uuid[] language sql immutable as $$
      select array(select (e ->> 'id')::uuid from jsonb_array_elements(p_events) e)
    $$`.execute(db);

  // The outcome of an append whose events are all stored already: a retry, answered with the
  // original result. Ids that are stored only in part, or on another stream, are an error.
  await sql`
    create function factlog_appended(p_stream_id text, p_ids uuid[])
    returns table (
      outcome text,
      stream_version bigint,
      positions bigint[],
      actual_version bigint,
      stream_existed boolean
    ) language plpgsql stable as $$
    #variable_conflict use_column
    begin
      if (select count(*) from events ev where ev.event_id = any (p_ids) and ev.stream_id = p_stream_id)
         <> cardinality(p_ids) then
        raise exception 'some of these event ids are already stored, but not all of them on this stream'
          using errcode = 'FL002';
      end if;
      return query
        select 'duplicate', max(ev.stream_version), array_agg(ev.global_position order by ev.stream_version),
               (select s.version from streams s where s.stream_id = p_stream_id), true
        from events ev
        where ev.event_id = any (p_ids);
    end $$`.execute(db);

  // p_expected_kind is 'any', 'no_stream', 'stream_exists' or 'exact' (then p_expected_version).
  // A missing stream is at version 0, so exact 0 accepts a missing or an empty stream.
  // p_events is a jsonb array of {id, type, schemaVersion, data, metadata}: one parameter that
  // costs a single JSON.stringify on the client, whatever the batch size.
  // p_in_transaction: the caller owns the transaction. Then the NOTIFY is sent from here (it
  // leaves at that transaction's commit) and retried ids are looked for before writing, since a
  // unique violation would abort the caller's work. A standalone append skips that look-up: a
  // retry fails on the unique event id, rolls back whole, and the client asks factlog_appended.
  await sql`
    create function factlog_append(
      p_stream_id text,
      p_stream_type text,
      p_expected_kind text,
      p_expected_version bigint,
      p_events jsonb,
      p_in_transaction boolean
    ) returns table (
      outcome text,
      stream_version bigint,
      positions bigint[],
      actual_version bigint,
      stream_existed boolean
    ) language plpgsql as $$
    #variable_conflict use_column
    declare
      v_count     bigint := jsonb_array_length(p_events);
      v_had_xid   boolean := pg_current_xact_id_if_assigned() is not null;
      v_current   bigint;
      v_positions bigint[];
      v_ids       uuid[];
    begin
      if v_count = 0 then
        raise exception 'an append needs at least one event' using errcode = 'FL003';
      end if;

      -- Conditions with a subquery cost an executor start even when a plain flag before them is
      -- false, so the flags get IFs of their own.
      if p_in_transaction then
        v_ids := factlog_event_ids(p_events);
        if exists (select 1 from events ev where ev.event_id = any (v_ids)) then
          return query select * from factlog_appended(p_stream_id, v_ids);
          return;
        end if;
      end if;

      -- Few statements on purpose: each costs an executor start. The stream lock is the row
      -- source of the stream write, so it is held before the write gives this transaction an xid.
      if p_expected_kind in ('any', 'no_stream') or (p_expected_kind = 'exact' and p_expected_version = 0) then
        insert into streams as s (stream_id, stream_type, version)
        select p_stream_id, p_stream_type, v_count
        from (select pg_advisory_xact_lock(hashtextextended(p_stream_id, 0))) as stream_lock
        on conflict (stream_id) do update set version = s.version + v_count, updated_at = now()
          where p_expected_kind = 'any' or s.version = 0 and p_expected_kind = 'exact'
        returning s.version - v_count into v_current;
      elsif p_expected_kind in ('stream_exists', 'exact') then
        update streams s set version = s.version + v_count, updated_at = now()
        from (select pg_advisory_xact_lock(hashtextextended(p_stream_id, 0))) as stream_lock
        where s.stream_id = p_stream_id
          and (p_expected_kind = 'stream_exists' or s.version = p_expected_version)
        returning s.version - v_count into v_current;
      else
        raise exception 'unknown expected version kind %', p_expected_kind using errcode = 'FL003';
      end if;

      if v_current is null then
        -- A retry of an append that went through carries an expectation that is stale by now.
        v_ids := coalesce(v_ids, factlog_event_ids(p_events));
        if exists (select 1 from events ev where ev.event_id = any (v_ids)) then
          return query select * from factlog_appended(p_stream_id, v_ids);
          return;
        end if;
        return query
          select 'conflict', null::bigint, null::bigint[],
                 coalesce((select s.version from streams s where s.stream_id = p_stream_id), 0),
                 exists (select 1 from streams s where s.stream_id = p_stream_id);
        return;
      end if;

      if v_had_xid and v_current > 0 then
        if exists (
          select 1 from events ev
          where ev.stream_id = p_stream_id and ev.stream_version = v_current
            and ev.transaction_id > pg_current_xact_id()
        ) then
          raise exception 'stream % has an event from a younger transaction; retry the transaction', p_stream_id
            using errcode = '40001';
        end if;
      end if;

      with inserted as (
        insert into events (stream_id, stream_version, event_id, event_type, schema_version, data, metadata)
        select p_stream_id, v_current + e.ord, (e.ev ->> 'id')::uuid, e.ev ->> 'type',
               coalesce((e.ev ->> 'schemaVersion')::integer, 1), e.ev -> 'data',
               coalesce(e.ev -> 'metadata', '{}'::jsonb)
        from jsonb_array_elements(p_events) with ordinality as e(ev, ord)
        order by e.ord
        returning global_position
      )
      select array_agg(global_position order by global_position) into v_positions from inserted;

      if p_in_transaction then
        perform pg_notify('factlog_events', '');
      end if;

      outcome := 'appended';
      stream_version := v_current + v_count;
      positions := v_positions;
      actual_version := v_current + v_count;
      stream_existed := true;
      return next;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function factlog_append`.execute(db);
  await sql`drop function factlog_appended`.execute(db);
  await sql`drop function factlog_event_ids`.execute(db);
  await sql`drop table checkpoints`.execute(db);
  await sql`drop table events`.execute(db);
  await sql`drop function events_reject_change`.execute(db);
  await sql`drop table streams`.execute(db);
}
