import { type Kysely, sql } from 'kysely';
import * as appendInGivenOrderV6 from './v6-append-in-given-order.js';

// Frozen in time: db/migrations/20261129090000_new_streams_metadata_once.ts runs this version,
// and a shipped migration never changes what it does. A new version of the event store's SQL is
// a new file here, called by a new migration.
//
// factlog_append_new_streams, as v6 left it, with two changes that make a bulk write cheaper
// and change nothing it stores:
// - the metadata its events share (an import's: who, which request, which import) may come once,
//   as p_metadata, where each event would otherwise carry its own copy over the wire and through
//   the parser (an event's own metadata still wins);
// - the streams are inserted plainly, a stream that exists failing the insert on its key, where
//   ON CONFLICT DO NOTHING took a speculative insertion per stream; the error is FL004 as before.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop function factlog_append_new_streams(jsonb)`.execute(db);
  await sql`
    create function factlog_append_new_streams(p_appends jsonb, p_metadata jsonb default null)
    returns table (
      ord            integer,
      outcome        text,
      stream_version bigint,
      positions      bigint[],
      actual_version bigint,
      stream_existed boolean
    ) language plpgsql as $$
    #variable_conflict use_column
    begin
      if exists (select 1 from jsonb_array_elements(p_appends) a where jsonb_array_length(a -> 'events') <> 1) then
        raise exception 'factlog_append_new_streams takes appends of one event each' using errcode = 'FL003';
      end if;
      -- Every stream's lock in stream order, as factlog_append_batch takes them; the events then
      -- go in the order given, which is the order of the log.
      perform pg_advisory_xact_lock(hashtextextended(x.a ->> 'streamId', 0))
      from jsonb_array_elements(p_appends) as x(a) order by x.a ->> 'streamId' collate "C";

      begin
        insert into streams (stream_id, stream_type, version)
        select x.a ->> 'streamId', x.a ->> 'streamType', 1
        from jsonb_array_elements(p_appends) as x(a);
      exception when unique_violation then
        raise exception 'a stream of this batch exists already' using errcode = 'FL004';
      end;

      return query
      with appends as (
        select x.o::integer as o, x.a ->> 'streamId' as stream_id, x.a -> 'events' -> 0 as ev
        from jsonb_array_elements(p_appends) with ordinality as x(a, o)
      ), inserted as (
        insert into events (stream_id, stream_version, event_id, event_type, schema_version, data, metadata,
                            recorded_at, event_hash)
        select a.stream_id, 1, (a.ev ->> 'id')::uuid, a.ev ->> 'type', coalesce((a.ev ->> 'schemaVersion')::integer, 1),
               a.ev -> 'data', coalesce(a.ev -> 'metadata', p_metadata, '{}'::jsonb), now(),
               factlog_event_hash(''::bytea, a.stream_id, 1, (a.ev ->> 'id')::uuid, a.ev ->> 'type',
                 coalesce((a.ev ->> 'schemaVersion')::integer, 1), a.ev -> 'data', coalesce(a.ev -> 'metadata', p_metadata, '{}'::jsonb), now())
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
  await sql`drop function factlog_append_new_streams(jsonb, jsonb)`.execute(db);
  await appendInGivenOrderV6.up(db);
}
