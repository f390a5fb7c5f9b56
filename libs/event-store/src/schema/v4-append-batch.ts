import { type Kysely, sql } from 'kysely';

// Frozen in time: db/migrations/20261126101000_append_batch.ts runs this version, and a shipped migration never
// changes what it does. A new version of the event store's SQL is a new file here, called by a new
// migration.
//
// Group commit: the appends that a process has waiting at one moment go to the server as one
// statement and commit together, so a burst of writes costs one round trip and one WAL flush per
// group rather than per append (see the event store's GroupCommit). Each append is checked and
// written by factlog_append as a standalone one is, and its outcome comes back in its own row;
// but the appends after the first already hold the group's transaction id, so one whose stream
// another writer appended to meanwhile (a younger transaction) fails the whole group with 40001,
// and GroupCommit then sends each of its appends again alone.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function factlog_append_batch(p_appends jsonb)
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
      -- The caller orders the appends by stream id: two groups lock their streams in one order.
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
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function factlog_append_batch`.execute(db);
}
