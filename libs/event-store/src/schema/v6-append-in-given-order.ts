import { type Kysely, sql } from 'kysely';
import * as appendBatchV4 from './v4-append-batch.js';
import * as appendNewStreamsV5 from './v5-append-new-streams.js';

// Frozen in time: db/migrations/20261128100000_append_in_given_order.ts runs this version, and a
// shipped migration never changes what it does. A new version of the event store's SQL is a new
// file here, called by a new migration.
//
// A multi-stream append writes its events to the log in the order its caller gave them (an
// import's rows in the order of its file), where it used to write them in the order of their
// stream ids: both functions now take every stream's lock first, in stream order (two batches
// still never wait on each other in a circle), and then append in the order given.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function factlog_append_batch(p_appends jsonb)
    returns table (
      ord            integer,
      outcome        text,
      stream_version bigint,
      positions      bigint[],
      actual_version bigint,
      stream_existed boolean
    ) language plpgsql as $$
    #variable_conflict use_column
    declare
      v_append jsonb;
      v_ord    bigint;
      r        record;
    begin
      -- Every stream's lock first, in stream order, so that two batches never wait on each other
      -- in a circle; then the appends in the order given, which is the order of the log.
      perform pg_advisory_xact_lock(hashtextextended(x.a ->> 'streamId', 0))
      from jsonb_array_elements(p_appends) as x(a) order by x.a ->> 'streamId' collate "C";
      for v_append, v_ord in select a, o from jsonb_array_elements(p_appends) with ordinality as x(a, o) loop
        select * into r from factlog_append(v_append ->> 'streamId', v_append ->> 'streamType', v_append ->> 'kind',
          (v_append ->> 'version')::bigint, v_append -> 'events', false);
        ord := v_ord;
        outcome := r.outcome;
        stream_version := r.stream_version;
        positions := r.positions;
        actual_version := r.actual_version;
        stream_existed := r.stream_existed;
        return next;
      end loop;
    end $$`.execute(db);
  await sql`
    create or replace function factlog_append_new_streams(p_appends jsonb)
    returns table (
      ord            integer,
      outcome        text,
      stream_version bigint,
      positions      bigint[],
      actual_version bigint,
      stream_existed boolean
    ) language plpgsql as $$
    #variable_conflict use_column
    declare
      v_created bigint;
    begin
      if exists (select 1 from jsonb_array_elements(p_appends) a where jsonb_array_length(a -> 'events') <> 1) then
        raise exception 'factlog_append_new_streams takes appends of one event each' using errcode = 'FL003';
      end if;
      -- Every stream's lock in stream order, as factlog_append_batch takes them; the events then
      -- go in the order given, which is the order of the log.
      perform pg_advisory_xact_lock(hashtextextended(x.a ->> 'streamId', 0))
      from jsonb_array_elements(p_appends) as x(a) order by x.a ->> 'streamId' collate "C";

      with created as (
        insert into streams (stream_id, stream_type, version)
        select x.a ->> 'streamId', x.a ->> 'streamType', 1
        from jsonb_array_elements(p_appends) as x(a)
        on conflict (stream_id) do nothing
        returning 1
      )
      select count(*) into v_created from created;
      if v_created <> jsonb_array_length(p_appends) then
        raise exception 'a stream of this batch exists already' using errcode = 'FL004';
      end if;

      return query
      with appends as (
        select x.o::integer as o, x.a ->> 'streamId' as stream_id, x.a -> 'events' -> 0 as ev
        from jsonb_array_elements(p_appends) with ordinality as x(a, o)
      ), inserted as (
        insert into events (stream_id, stream_version, event_id, event_type, schema_version, data, metadata,
                            recorded_at, event_hash)
        select a.stream_id, 1, (a.ev ->> 'id')::uuid, a.ev ->> 'type', coalesce((a.ev ->> 'schemaVersion')::integer, 1),
               a.ev -> 'data', coalesce(a.ev -> 'metadata', '{}'::jsonb), now(),
               factlog_event_hash(''::bytea, a.stream_id, 1, (a.ev ->> 'id')::uuid, a.ev ->> 'type',
                 coalesce((a.ev ->> 'schemaVersion')::integer, 1), a.ev -> 'data', coalesce(a.ev -> 'metadata', '{}'::jsonb), now())
        from appends a
        order by a.o
        returning events.stream_id, events.global_position
      )
      select a.o, 'appended', 1::bigint, array[i.global_position], 1::bigint, true
      from appends a join inserted i on i.stream_id = a.stream_id
      order by a.o;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function factlog_append_batch`.execute(db);
  await sql`drop function factlog_append_new_streams`.execute(db);
  await appendBatchV4.up(db);
  await appendNewStreamsV5.up(db);
}
