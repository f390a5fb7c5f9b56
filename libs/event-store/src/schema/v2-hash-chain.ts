import { type Kysely, sql } from 'kysely';

// Frozen in time: db/migrations/20261126090000_event_hash_chain.ts runs this version, and a shipped migration never
// changes what it does. A new version of the event store's SQL is a new file here, called by a new
// migration.
//
// Every event carries a SHA-256 hash over the hash of the event before it in its stream and its
// own stored columns, so a change made behind the trigger's back (a superuser disabling it) shows
// up when the chain is computed again (`npm run verify-log`). The chain is per stream: the
// stream's advisory lock, which factlog_append already holds, orders its links, so no append
// waits for another stream's. The hash input is one JSON array, unambiguous whatever the text in
// it, and the same function computes it on append and on verification.
export async function up(db: Kysely<unknown>): Promise<void> {
  // recorded_at as whole microseconds since the epoch: the same whatever the session's TimeZone.
  await sql`
    create function factlog_event_hash(
      p_previous bytea, p_stream_id text, p_stream_version bigint, p_event_id uuid, p_event_type text,
      p_schema_version integer, p_data jsonb, p_metadata jsonb, p_recorded_at timestamptz
    ) returns bytea language sql stable parallel safe as $$
      select sha256(p_previous || convert_to(jsonb_build_array(
        p_stream_id, p_stream_version, p_event_id, p_event_type, p_schema_version,
        (extract(epoch from p_recorded_at) * 1000000)::bigint, p_data, p_metadata)::text, 'UTF8'))
    $$`.execute(db);

  // Events written before this migration are hashed here, each stream in version order, as if
  // they had been appended with the chain. The trigger is off for this transaction's UPDATE only;
  // the ALTER holds the table's exclusive lock until the migration commits.
  await sql`alter table events add column event_hash bytea`.execute(db);
  await sql`alter table events disable trigger events_immutable_rows`.execute(db);
  await sql`
    do $$
    declare
      r      record;
      v_hash bytea;
      v_last text;
    begin
      for r in select * from events order by stream_id, stream_version loop
        if r.stream_id is distinct from v_last then
          v_hash := ''::bytea;
          v_last := r.stream_id;
        end if;
        v_hash := factlog_event_hash(v_hash, r.stream_id, r.stream_version, r.event_id, r.event_type,
          r.schema_version, r.data, r.metadata, r.recorded_at);
        update events set event_hash = v_hash where global_position = r.global_position;
      end loop;
    end $$`.execute(db);
  await sql`alter table events enable trigger events_immutable_rows`.execute(db);
  await sql`alter table events alter column event_hash set not null`.execute(db);

  // As in 20261124090000_event_store, plus the chain: the stream's last event is read once the
  // version check holds the stream (its xid check reuses the row), and the hashes are computed
  // before the single insert.
  await sql`
    create or replace function factlog_append(
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
      v_prev_hash bytea;
      v_prev_xid  xid8;
      v_hash      bytea;
      v_hashes    bytea[] := '{}';
      v_event     jsonb;
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

      -- The stream's last event: its hash starts this append's links of the chain (the stream lock
      -- held since the version check keeps it the last), and its xid is checked as before.
      if v_current > 0 then
        select ev.event_hash, ev.transaction_id into v_prev_hash, v_prev_xid
        from events ev where ev.stream_id = p_stream_id and ev.stream_version = v_current;
        if v_had_xid and v_prev_xid > pg_current_xact_id() then
          raise exception 'stream % has an event from a younger transaction; retry the transaction', p_stream_id
            using errcode = '40001';
        end if;
      end if;

      -- Expressions only (no statement per event): each event's hash covers the one before it.
      v_hash := coalesce(v_prev_hash, ''::bytea);
      for i in 1 .. v_count loop
        v_event := p_events -> (i - 1)::integer;
        v_hash := factlog_event_hash(v_hash, p_stream_id, v_current + i, (v_event ->> 'id')::uuid, v_event ->> 'type',
          coalesce((v_event ->> 'schemaVersion')::integer, 1), v_event -> 'data',
          coalesce(v_event -> 'metadata', '{}'::jsonb), now());
        v_hashes := v_hashes || v_hash;
      end loop;

      with inserted as (
        insert into events (stream_id, stream_version, event_id, event_type, schema_version, data, metadata,
                            recorded_at, event_hash)
        select p_stream_id, v_current + e.ord, (e.ev ->> 'id')::uuid, e.ev ->> 'type',
               coalesce((e.ev ->> 'schemaVersion')::integer, 1), e.ev -> 'data',
               coalesce(e.ev -> 'metadata', '{}'::jsonb), now(), v_hashes[e.ord]
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

// eslint-disable-next-line @typescript-eslint/require-await -- as shipped: an async down that refuses
export async function down(db: Kysely<unknown>): Promise<void> {
  // Dropping the chain would let a changed event pass unseen: going back is a restore from backup.
  void db;
  throw new Error('20261126090000_event_hash_chain cannot be undone: restore a backup instead');
}
