import { type Kysely, sql } from 'kysely';

// Frozen in time: db/migrations/20261127090000_append_new_streams.ts runs this version, and a shipped migration never
// changes what it does. A new version of the event store's SQL is a new file here, called by a new
// migration.
//
// A bulk write starts hundreds of streams at once (an import's claims, one stream each). For
// them factlog_append's checks come down to "the stream does not exist yet", so this function
// takes them as sets: every stream lock, then one insert into streams and one into events,
// rather than a function call with its statements per stream. Each event opens its stream's hash
// chain, as factlog_append would hash it. Should any of the streams exist by now (another writer,
// a retried append), it refuses the whole batch with FL004 and writes nothing: the caller then
// sends the appends through factlog_append_batch, which answers each on its own. A retried
// event id fails the batch on the unique event id the same way.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function factlog_append_new_streams(p_appends jsonb)
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
      -- The caller orders the appends by stream id: two batches lock their streams in one order.
      perform pg_advisory_xact_lock(hashtextextended(x.a ->> 'streamId', 0))
      from jsonb_array_elements(p_appends) with ordinality as x(a, o) order by x.o;

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
  await sql`drop function factlog_append_new_streams`.execute(db);
}
