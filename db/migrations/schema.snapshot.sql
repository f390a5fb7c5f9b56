-- constraint api_keys.api_keys_created_at_not_null
NOT NULL created_at

-- constraint api_keys.api_keys_id_not_null
NOT NULL id

-- constraint api_keys.api_keys_key_hash_key
UNIQUE (key_hash)

-- constraint api_keys.api_keys_key_hash_not_null
NOT NULL key_hash

-- constraint api_keys.api_keys_name_not_null
NOT NULL name

-- constraint api_keys.api_keys_pkey
PRIMARY KEY (id)

-- constraint api_keys.api_keys_role_check
CHECK ((role = ANY (ARRAY['reader'::text, 'editor'::text, 'reviewer'::text, 'admin'::text])))

-- constraint api_keys.api_keys_role_not_null
NOT NULL role

-- constraint checkpoints.checkpoints_consumer_not_null
NOT NULL consumer

-- constraint checkpoints.checkpoints_global_position_not_null
NOT NULL global_position

-- constraint checkpoints.checkpoints_pkey
PRIMARY KEY (consumer)

-- constraint checkpoints.checkpoints_transaction_id_not_null
NOT NULL transaction_id

-- constraint checkpoints.checkpoints_updated_at_not_null
NOT NULL updated_at

-- constraint entity_names.entity_names_entity_id_not_null
NOT NULL entity_id

-- constraint entity_names.entity_names_name_key_not_null
NOT NULL name_key

-- constraint entity_names.entity_names_name_not_null
NOT NULL name

-- constraint entity_names.entity_names_pkey
PRIMARY KEY (name_key)

-- constraint events.events_data_not_null
NOT NULL data

-- constraint events.events_event_hash_not_null
NOT NULL event_hash

-- constraint events.events_event_id_key
UNIQUE (event_id)

-- constraint events.events_event_id_not_null
NOT NULL event_id

-- constraint events.events_event_type_not_null
NOT NULL event_type

-- constraint events.events_global_position_not_null
NOT NULL global_position

-- constraint events.events_metadata_not_null
NOT NULL metadata

-- constraint events.events_pkey
PRIMARY KEY (global_position)

-- constraint events.events_recorded_at_not_null
NOT NULL recorded_at

-- constraint events.events_schema_version_check
CHECK ((schema_version > 0))

-- constraint events.events_schema_version_not_null
NOT NULL schema_version

-- constraint events.events_stream_id_not_null
NOT NULL stream_id

-- constraint events.events_stream_version_check
CHECK ((stream_version > 0))

-- constraint events.events_stream_version_key
UNIQUE (stream_id, stream_version)

-- constraint events.events_stream_version_not_null
NOT NULL stream_version

-- constraint events.events_transaction_id_not_null
NOT NULL transaction_id

-- constraint idempotency_keys.idempotency_keys_actor_not_null
NOT NULL actor

-- constraint idempotency_keys.idempotency_keys_created_at_not_null
NOT NULL created_at

-- constraint idempotency_keys.idempotency_keys_fingerprint_not_null
NOT NULL fingerprint

-- constraint idempotency_keys.idempotency_keys_key_not_null
NOT NULL key

-- constraint idempotency_keys.idempotency_keys_pkey
PRIMARY KEY (actor, key)

-- constraint imports.imports_errors_not_null
NOT NULL errors

-- constraint imports.imports_format_not_null
NOT NULL format

-- constraint imports.imports_id_not_null
NOT NULL id

-- constraint imports.imports_options_not_null
NOT NULL options

-- constraint imports.imports_phase_check
CHECK ((phase = ANY (ARRAY['checking'::text, 'writing'::text])))

-- constraint imports.imports_phase_not_null
NOT NULL phase

-- constraint imports.imports_pkey
PRIMARY KEY (id)

-- constraint imports.imports_position_not_null
NOT NULL "position"

-- constraint imports.imports_recorded_not_null
NOT NULL recorded

-- constraint imports.imports_rejected_not_null
NOT NULL rejected

-- constraint imports.imports_rows_read_not_null
NOT NULL rows_read

-- constraint imports.imports_started_at_not_null
NOT NULL started_at

-- constraint imports.imports_status_check
CHECK ((status = ANY (ARRAY['running'::text, 'succeeded'::text, 'completed_with_errors'::text, 'failed'::text])))

-- constraint imports.imports_status_not_null
NOT NULL status

-- constraint imports.imports_unchanged_not_null
NOT NULL unchanged

-- constraint imports.imports_updated_at_not_null
NOT NULL updated_at

-- constraint parked_events.parked_events_attempts_not_null
NOT NULL attempts

-- constraint parked_events.parked_events_consumer_not_null
NOT NULL consumer

-- constraint parked_events.parked_events_error_not_null
NOT NULL error

-- constraint parked_events.parked_events_event_id_not_null
NOT NULL event_id

-- constraint parked_events.parked_events_event_type_not_null
NOT NULL event_type

-- constraint parked_events.parked_events_global_position_not_null
NOT NULL global_position

-- constraint parked_events.parked_events_last_attempt_at_not_null
NOT NULL last_attempt_at

-- constraint parked_events.parked_events_parked_at_not_null
NOT NULL parked_at

-- constraint parked_events.parked_events_pkey
PRIMARY KEY (consumer, global_position)

-- constraint parked_events.parked_events_stream_id_not_null
NOT NULL stream_id

-- constraint parked_events.parked_events_stream_version_not_null
NOT NULL stream_version

-- constraint parked_events.parked_events_transaction_id_not_null
NOT NULL transaction_id

-- constraint rm_applied.rm_applied_global_position_not_null
NOT NULL global_position

-- constraint rm_applied.rm_applied_lineage_not_null
NOT NULL lineage

-- constraint rm_applied.rm_applied_pkey
PRIMARY KEY (projection)

-- constraint rm_applied.rm_applied_projection_not_null
NOT NULL projection

-- constraint rm_claim_comments.rm_claim_comments_claim_id_not_null
NOT NULL claim_id

-- constraint rm_claim_comments.rm_claim_comments_comment_id_not_null
NOT NULL comment_id

-- constraint rm_claim_comments.rm_claim_comments_created_at_not_null
NOT NULL created_at

-- constraint rm_claim_comments.rm_claim_comments_pkey
PRIMARY KEY (claim_id, comment_id)

-- constraint rm_claim_comments.rm_claim_comments_position_not_null
NOT NULL "position"

-- constraint rm_claim_comments.rm_claim_comments_text_not_null
NOT NULL text

-- constraint rm_claim_workflow.rm_claim_workflow_assignees_not_null
NOT NULL assignees

-- constraint rm_claim_workflow.rm_claim_workflow_changed_at_not_null
NOT NULL changed_at

-- constraint rm_claim_workflow.rm_claim_workflow_claim_id_not_null
NOT NULL claim_id

-- constraint rm_claim_workflow.rm_claim_workflow_claim_status_not_null
NOT NULL claim_status

-- constraint rm_claim_workflow.rm_claim_workflow_comment_count_not_null
NOT NULL comment_count

-- constraint rm_claim_workflow.rm_claim_workflow_entity_id_not_null
NOT NULL entity_id

-- constraint rm_claim_workflow.rm_claim_workflow_metric_id_not_null
NOT NULL metric_id

-- constraint rm_claim_workflow.rm_claim_workflow_pkey
PRIMARY KEY (claim_id)

-- constraint rm_claim_workflow.rm_claim_workflow_position_not_null
NOT NULL "position"

-- constraint rm_claim_workflow.rm_claim_workflow_source_id_not_null
NOT NULL source_id

-- constraint rm_claim_workflow.rm_claim_workflow_status_not_null
NOT NULL status

-- constraint rm_claim_workflow.rm_claim_workflow_valid_time_not_null
NOT NULL valid_time

-- constraint rm_claim_workflow.rm_claim_workflow_value_not_null
NOT NULL value

-- constraint rm_claim_workflow.rm_claim_workflow_verdict_outdated_not_null
NOT NULL verdict_outdated

-- constraint rm_claims.rm_claims_claim_id_not_null
NOT NULL claim_id

-- constraint rm_claims.rm_claims_entity_id_not_null
NOT NULL entity_id

-- constraint rm_claims.rm_claims_first_recorded_at_not_null
NOT NULL first_recorded_at

-- constraint rm_claims.rm_claims_metric_id_not_null
NOT NULL metric_id

-- constraint rm_claims.rm_claims_pkey
PRIMARY KEY (claim_id, row_version)

-- constraint rm_claims.rm_claims_position_not_null
NOT NULL "position"

-- constraint rm_claims.rm_claims_published_start_not_null
NOT NULL published_start

-- constraint rm_claims.rm_claims_rank_not_null
NOT NULL rank

-- constraint rm_claims.rm_claims_recorded_from_not_null
NOT NULL recorded_from

-- constraint rm_claims.rm_claims_row_version_not_null
NOT NULL row_version

-- constraint rm_claims.rm_claims_source_id_not_null
NOT NULL source_id

-- constraint rm_claims.rm_claims_status_not_null
NOT NULL status

-- constraint rm_claims.rm_claims_valid_end_not_null
NOT NULL valid_end

-- constraint rm_claims.rm_claims_valid_start_not_null
NOT NULL valid_start

-- constraint rm_claims.rm_claims_valid_time_not_null
NOT NULL valid_time

-- constraint rm_claims.rm_claims_value_not_null
NOT NULL value

-- constraint rm_claims.rm_claims_verdict_outdated_not_null
NOT NULL verdict_outdated

-- constraint rm_contradiction_history.rm_contradiction_history_entity_id_not_null
NOT NULL entity_id

-- constraint rm_contradiction_history.rm_contradiction_history_metric_id_not_null
NOT NULL metric_id

-- constraint rm_contradiction_history.rm_contradiction_history_recorded_from_not_null
NOT NULL recorded_from

-- constraint rm_contradictions.rm_contradictions_claim_ids_not_null
NOT NULL claim_ids

-- constraint rm_contradictions.rm_contradictions_contradiction_id_not_null
NOT NULL contradiction_id

-- constraint rm_contradictions.rm_contradictions_contradiction_not_null
NOT NULL contradiction

-- constraint rm_contradictions.rm_contradictions_entity_id_not_null
NOT NULL entity_id

-- constraint rm_contradictions.rm_contradictions_metric_id_not_null
NOT NULL metric_id

-- constraint rm_contradictions.rm_contradictions_pkey
PRIMARY KEY (contradiction_id)

-- constraint rm_editorial_sources.rm_editorial_sources_pkey
PRIMARY KEY (source_id)

-- constraint rm_editorial_sources.rm_editorial_sources_source_id_not_null
NOT NULL source_id

-- constraint rm_editorial_sources.rm_editorial_sources_title_not_null
NOT NULL title

-- constraint rm_entities.rm_entities_aliases_not_null
NOT NULL aliases

-- constraint rm_entities.rm_entities_entity_id_not_null
NOT NULL entity_id

-- constraint rm_entities.rm_entities_name_not_null
NOT NULL name

-- constraint rm_entities.rm_entities_pkey
PRIMARY KEY (entity_id)

-- constraint rm_facts.rm_facts_claim_count_not_null
NOT NULL claim_count

-- constraint rm_facts.rm_facts_entity_id_not_null
NOT NULL entity_id

-- constraint rm_facts.rm_facts_flags_not_null
NOT NULL flags

-- constraint rm_facts.rm_facts_metric_id_not_null
NOT NULL metric_id

-- constraint rm_facts.rm_facts_pkey
PRIMARY KEY (entity_id, metric_id)

-- constraint rm_facts.rm_facts_position_not_null
NOT NULL "position"

-- constraint rm_facts.rm_facts_source_count_not_null
NOT NULL source_count

-- constraint rm_facts.rm_facts_summary_not_null
NOT NULL summary

-- constraint rm_metrics.rm_metrics_cumulative_not_null
NOT NULL cumulative

-- constraint rm_metrics.rm_metrics_kind_not_null
NOT NULL kind

-- constraint rm_metrics.rm_metrics_measure_not_null
NOT NULL measure

-- constraint rm_metrics.rm_metrics_metric_id_not_null
NOT NULL metric_id

-- constraint rm_metrics.rm_metrics_pkey
PRIMARY KEY (metric_id)

-- constraint rm_metrics.rm_metrics_tolerance_not_null
NOT NULL tolerance

-- constraint rm_metrics.rm_metrics_unit_not_null
NOT NULL unit

-- constraint rm_resolutions.rm_resolutions_claim_ids_not_null
NOT NULL claim_ids

-- constraint rm_resolutions.rm_resolutions_contradiction_id_not_null
NOT NULL contradiction_id

-- constraint rm_resolutions.rm_resolutions_entity_id_not_null
NOT NULL entity_id

-- constraint rm_resolutions.rm_resolutions_metric_id_not_null
NOT NULL metric_id

-- constraint rm_resolutions.rm_resolutions_pkey
PRIMARY KEY (contradiction_id, "position")

-- constraint rm_resolutions.rm_resolutions_position_not_null
NOT NULL "position"

-- constraint rm_resolutions.rm_resolutions_preferred_not_null
NOT NULL preferred

-- constraint rm_resolutions.rm_resolutions_reason_not_null
NOT NULL reason

-- constraint rm_resolutions.rm_resolutions_resolved_at_not_null
NOT NULL resolved_at

-- constraint rm_revisions.rm_revisions_claim_id_not_null
NOT NULL claim_id

-- constraint rm_revisions.rm_revisions_entity_id_not_null
NOT NULL entity_id

-- constraint rm_revisions.rm_revisions_metric_id_not_null
NOT NULL metric_id

-- constraint rm_revisions.rm_revisions_pkey
PRIMARY KEY (claim_id)

-- constraint rm_revisions.rm_revisions_superseded_by_not_null
NOT NULL superseded_by

-- constraint rm_search.rm_search_doc_id_not_null
NOT NULL doc_id

-- constraint rm_search.rm_search_heading_not_null
NOT NULL heading

-- constraint rm_search.rm_search_kind_check
CHECK ((kind = ANY (ARRAY['claim'::text, 'source'::text, 'entity'::text, 'metric'::text, 'comment'::text])))

-- constraint rm_search.rm_search_kind_not_null
NOT NULL kind

-- constraint rm_search.rm_search_pkey
PRIMARY KEY (doc_id)

-- constraint rm_search.rm_search_position_not_null
NOT NULL "position"

-- constraint rm_slice_sources.rm_slice_sources_kind_not_null
NOT NULL kind

-- constraint rm_slice_sources.rm_slice_sources_language_not_null
NOT NULL language

-- constraint rm_slice_sources.rm_slice_sources_pkey
PRIMARY KEY (slice, source_id)

-- constraint rm_slice_sources.rm_slice_sources_published_at_not_null
NOT NULL published_at

-- constraint rm_slice_sources.rm_slice_sources_published_start_not_null
NOT NULL published_start

-- constraint rm_slice_sources.rm_slice_sources_slice_not_null
NOT NULL slice

-- constraint rm_slice_sources.rm_slice_sources_source_id_not_null
NOT NULL source_id

-- constraint rm_slice_sources.rm_slice_sources_title_not_null
NOT NULL title

-- constraint rm_sources.rm_sources_kind_not_null
NOT NULL kind

-- constraint rm_sources.rm_sources_language_not_null
NOT NULL language

-- constraint rm_sources.rm_sources_pkey
PRIMARY KEY (source_id)

-- constraint rm_sources.rm_sources_published_at_not_null
NOT NULL published_at

-- constraint rm_sources.rm_sources_published_start_not_null
NOT NULL published_start

-- constraint rm_sources.rm_sources_source_id_not_null
NOT NULL source_id

-- constraint rm_sources.rm_sources_title_not_null
NOT NULL title

-- constraint signing_keys.signing_keys_created_at_not_null
NOT NULL created_at

-- constraint signing_keys.signing_keys_name_not_null
NOT NULL name

-- constraint signing_keys.signing_keys_pkey
PRIMARY KEY (name)

-- constraint signing_keys.signing_keys_secret_not_null
NOT NULL secret

-- constraint streams.streams_created_at_not_null
NOT NULL created_at

-- constraint streams.streams_pkey
PRIMARY KEY (stream_id)

-- constraint streams.streams_stream_id_not_null
NOT NULL stream_id

-- constraint streams.streams_stream_type_not_null
NOT NULL stream_type

-- constraint streams.streams_updated_at_not_null
NOT NULL updated_at

-- constraint streams.streams_version_check
CHECK ((version >= 0))

-- constraint streams.streams_version_not_null
NOT NULL version

-- constraint webhook_attempts.webhook_attempts_attempt_not_null
NOT NULL attempt

-- constraint webhook_attempts.webhook_attempts_id_not_null
NOT NULL id

-- constraint webhook_attempts.webhook_attempts_latency_ms_not_null
NOT NULL latency_ms

-- constraint webhook_attempts.webhook_attempts_message_id_fkey
FOREIGN KEY (message_id) REFERENCES webhook_messages(id) ON DELETE CASCADE

-- constraint webhook_attempts.webhook_attempts_message_id_not_null
NOT NULL message_id

-- constraint webhook_attempts.webhook_attempts_outcome_check
CHECK ((outcome = ANY (ARRAY['delivered'::text, 'failed'::text, 'dead'::text])))

-- constraint webhook_attempts.webhook_attempts_outcome_not_null
NOT NULL outcome

-- constraint webhook_attempts.webhook_attempts_pkey
PRIMARY KEY (id)

-- constraint webhook_attempts.webhook_attempts_started_at_not_null
NOT NULL started_at

-- constraint webhook_attempts.webhook_attempts_subscription_id_fkey
FOREIGN KEY (subscription_id) REFERENCES webhook_subscriptions(id) ON DELETE CASCADE

-- constraint webhook_attempts.webhook_attempts_subscription_id_not_null
NOT NULL subscription_id

-- constraint webhook_messages.webhook_messages_attempts_not_null
NOT NULL attempts

-- constraint webhook_messages.webhook_messages_created_at_not_null
NOT NULL created_at

-- constraint webhook_messages.webhook_messages_event_id_not_null
NOT NULL event_id

-- constraint webhook_messages.webhook_messages_event_not_null
NOT NULL event

-- constraint webhook_messages.webhook_messages_event_type_not_null
NOT NULL event_type

-- constraint webhook_messages.webhook_messages_global_position_not_null
NOT NULL global_position

-- constraint webhook_messages.webhook_messages_id_not_null
NOT NULL id

-- constraint webhook_messages.webhook_messages_next_attempt_at_not_null
NOT NULL next_attempt_at

-- constraint webhook_messages.webhook_messages_pkey
PRIMARY KEY (id)

-- constraint webhook_messages.webhook_messages_state_check
CHECK ((state = ANY (ARRAY['pending'::text, 'delivered'::text, 'dead'::text])))

-- constraint webhook_messages.webhook_messages_state_not_null
NOT NULL state

-- constraint webhook_messages.webhook_messages_subscription_id_event_id_key
UNIQUE (subscription_id, event_id)

-- constraint webhook_messages.webhook_messages_subscription_id_fkey
FOREIGN KEY (subscription_id) REFERENCES webhook_subscriptions(id) ON DELETE CASCADE

-- constraint webhook_messages.webhook_messages_subscription_id_not_null
NOT NULL subscription_id

-- constraint webhook_messages.webhook_messages_transaction_id_not_null
NOT NULL transaction_id

-- constraint webhook_subscriptions.webhook_subscriptions_consecutive_dead_not_null
NOT NULL consecutive_dead

-- constraint webhook_subscriptions.webhook_subscriptions_created_at_not_null
NOT NULL created_at

-- constraint webhook_subscriptions.webhook_subscriptions_description_not_null
NOT NULL description

-- constraint webhook_subscriptions.webhook_subscriptions_event_types_not_null
NOT NULL event_types

-- constraint webhook_subscriptions.webhook_subscriptions_id_not_null
NOT NULL id

-- constraint webhook_subscriptions.webhook_subscriptions_pkey
PRIMARY KEY (id)

-- constraint webhook_subscriptions.webhook_subscriptions_secret_not_null
NOT NULL secret

-- constraint webhook_subscriptions.webhook_subscriptions_status_check
CHECK ((status = ANY (ARRAY['active'::text, 'paused'::text])))

-- constraint webhook_subscriptions.webhook_subscriptions_status_not_null
NOT NULL status

-- constraint webhook_subscriptions.webhook_subscriptions_updated_at_not_null
NOT NULL updated_at

-- constraint webhook_subscriptions.webhook_subscriptions_url_not_null
NOT NULL url

-- extension btree_gist
1.8

-- extension pg_trgm
1.6

-- extension plpgsql
1.0

-- function events_reject_change()
CREATE OR REPLACE FUNCTION public.events_reject_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      raise exception 'events are immutable: % is not allowed', tg_op
        using errcode = 'FL001', hint = 'record a new event that corrects the old one';
    end $function$

-- function factlog_append(text,text,text,bigint,jsonb,boolean)
CREATE OR REPLACE FUNCTION public.factlog_append(p_stream_id text, p_stream_type text, p_expected_kind text, p_expected_version bigint, p_events jsonb, p_in_transaction boolean)
 RETURNS TABLE(outcome text, stream_version bigint, positions bigint[], actual_version bigint, stream_existed boolean)
 LANGUAGE plpgsql
AS $function$
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
    end $function$

-- function factlog_append_batch(jsonb)
CREATE OR REPLACE FUNCTION public.factlog_append_batch(p_appends jsonb)
 RETURNS TABLE(ord integer, outcome text, stream_version bigint, positions bigint[], actual_version bigint, stream_existed boolean)
 LANGUAGE plpgsql
AS $function$
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
    end $function$

-- function factlog_append_new_streams(jsonb,jsonb)
CREATE OR REPLACE FUNCTION public.factlog_append_new_streams(p_appends jsonb, p_metadata jsonb DEFAULT NULL::jsonb)
 RETURNS TABLE(ord integer, outcome text, stream_version bigint, positions bigint[], actual_version bigint, stream_existed boolean)
 LANGUAGE plpgsql
AS $function$
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
    end $function$

-- function factlog_appended(text,uuid[])
CREATE OR REPLACE FUNCTION public.factlog_appended(p_stream_id text, p_ids uuid[])
 RETURNS TABLE(outcome text, stream_version bigint, positions bigint[], actual_version bigint, stream_existed boolean)
 LANGUAGE plpgsql
 STABLE
AS $function$
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
    end $function$

-- function factlog_event_hash(bytea,text,bigint,uuid,text,integer,jsonb,jsonb,timestamp with time zone)
CREATE OR REPLACE FUNCTION public.factlog_event_hash(p_previous bytea, p_stream_id text, p_stream_version bigint, p_event_id uuid, p_event_type text, p_schema_version integer, p_data jsonb, p_metadata jsonb, p_recorded_at timestamp with time zone)
 RETURNS bytea
 LANGUAGE sql
 STABLE PARALLEL SAFE
AS $function$
      select sha256(p_previous || convert_to(jsonb_build_array(
        p_stream_id, p_stream_version, p_event_id, p_event_type, p_schema_version,
        (extract(epoch from p_recorded_at) * 1000000)::bigint, p_data, p_metadata)::text, 'UTF8'))
    $function$

-- function factlog_event_ids(jsonb)
CREATE OR REPLACE FUNCTION public.factlog_event_ids(p_events jsonb)
 RETURNS uuid[]
 LANGUAGE sql
 IMMUTABLE
AS $function$
      select array(select (e ->> 'id')::uuid from jsonb_array_elements(p_events) e)
    $function$

-- function rm_entity_search_text(text,text,jsonb)
CREATE OR REPLACE FUNCTION public.rm_entity_search_text(entity_id text, name text, aliases jsonb)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$ select lower(entity_id || E'
' || name || E'
' || coalesce((select string_agg(a, E'
') from jsonb_array_elements_text(aliases) a), '')) $function$

-- index api_keys_key_hash_key
CREATE UNIQUE INDEX api_keys_key_hash_key ON public.api_keys USING btree (key_hash)

-- index api_keys_pkey
CREATE UNIQUE INDEX api_keys_pkey ON public.api_keys USING btree (id)

-- index checkpoints_pkey
CREATE UNIQUE INDEX checkpoints_pkey ON public.checkpoints USING btree (consumer)

-- index entity_names_entity_idx
CREATE INDEX entity_names_entity_idx ON public.entity_names USING btree (entity_id)

-- index entity_names_pkey
CREATE UNIQUE INDEX entity_names_pkey ON public.entity_names USING btree (name_key)

-- index events_actor_idx
CREATE INDEX events_actor_idx ON public.events USING btree (((metadata ->> 'actor'::text)), recorded_at)

-- index events_event_id_key
CREATE UNIQUE INDEX events_event_id_key ON public.events USING btree (event_id)

-- index events_import_idx
CREATE INDEX events_import_idx ON public.events USING btree (((metadata ->> 'importId'::text))) WHERE ((metadata ->> 'importId'::text) IS NOT NULL)

-- index events_pkey
CREATE UNIQUE INDEX events_pkey ON public.events USING btree (global_position)

-- index events_recorded_at_idx
CREATE INDEX events_recorded_at_idx ON public.events USING btree (recorded_at)

-- index events_stream_version_key
CREATE UNIQUE INDEX events_stream_version_key ON public.events USING btree (stream_id, stream_version)

-- index events_transaction_order_idx
CREATE INDEX events_transaction_order_idx ON public.events USING btree (transaction_id, global_position)

-- index idempotency_keys_pkey
CREATE UNIQUE INDEX idempotency_keys_pkey ON public.idempotency_keys USING btree (actor, key)

-- index imports_pkey
CREATE UNIQUE INDEX imports_pkey ON public.imports USING btree (id)

-- index imports_started_idx
CREATE INDEX imports_started_idx ON public.imports USING btree (started_at DESC)

-- index parked_events_pkey
CREATE UNIQUE INDEX parked_events_pkey ON public.parked_events USING btree (consumer, global_position)

-- index parked_events_retry_idx
CREATE INDEX parked_events_retry_idx ON public.parked_events USING btree (consumer) WHERE (retry_requested_at IS NOT NULL)

-- index parked_events_stream_idx
CREATE INDEX parked_events_stream_idx ON public.parked_events USING btree (consumer, stream_id)

-- index rm_applied_pkey
CREATE UNIQUE INDEX rm_applied_pkey ON public.rm_applied USING btree (projection)

-- index rm_claim_comments_pkey
CREATE UNIQUE INDEX rm_claim_comments_pkey ON public.rm_claim_comments USING btree (claim_id, comment_id)

-- index rm_claim_workflow_assignees_idx
CREATE INDEX rm_claim_workflow_assignees_idx ON public.rm_claim_workflow USING gin (assignees)

-- index rm_claim_workflow_pkey
CREATE UNIQUE INDEX rm_claim_workflow_pkey ON public.rm_claim_workflow USING btree (claim_id)

-- index rm_claim_workflow_position_idx
CREATE INDEX rm_claim_workflow_position_idx ON public.rm_claim_workflow USING btree ("position")

-- index rm_claim_workflow_status_idx
CREATE INDEX rm_claim_workflow_status_idx ON public.rm_claim_workflow USING btree (status, "position")

-- index rm_claim_workflow_verdict_outdated_idx
CREATE INDEX rm_claim_workflow_verdict_outdated_idx ON public.rm_claim_workflow USING btree ("position") WHERE verdict_outdated

-- index rm_claims_fact_idx
CREATE INDEX rm_claims_fact_idx ON public.rm_claims USING btree (entity_id, metric_id, recorded_from)

-- index rm_claims_fact_span_idx
CREATE INDEX rm_claims_fact_span_idx ON public.rm_claims USING gist (hashtextextended(((entity_id || '/'::text) || metric_id), (0)::bigint), daterange(valid_start, valid_end, '[]'::text)) WHERE (recorded_to IS NULL)

-- index rm_claims_listed_idx
CREATE INDEX rm_claims_listed_idx ON public.rm_claims USING btree (first_recorded_at, claim_id) WHERE (recorded_to IS NULL)

-- index rm_claims_pkey
CREATE UNIQUE INDEX rm_claims_pkey ON public.rm_claims USING btree (claim_id, row_version)

-- index rm_claims_source_idx
CREATE INDEX rm_claims_source_idx ON public.rm_claims USING btree (source_id)

-- index rm_contradiction_history_open_by_id
CREATE INDEX rm_contradiction_history_open_by_id ON public.rm_contradiction_history USING btree (contradiction_id) WHERE (recorded_to IS NULL)

-- index rm_contradiction_history_open_idx
CREATE INDEX rm_contradiction_history_open_idx ON public.rm_contradiction_history USING btree (entity_id, metric_id) WHERE (recorded_to IS NULL)

-- index rm_contradictions_fact_idx
CREATE INDEX rm_contradictions_fact_idx ON public.rm_contradictions USING btree (entity_id, metric_id)

-- index rm_contradictions_pkey
CREATE UNIQUE INDEX rm_contradictions_pkey ON public.rm_contradictions USING btree (contradiction_id)

-- index rm_editorial_sources_pkey
CREATE UNIQUE INDEX rm_editorial_sources_pkey ON public.rm_editorial_sources USING btree (source_id)

-- index rm_entities_pkey
CREATE UNIQUE INDEX rm_entities_pkey ON public.rm_entities USING btree (entity_id)

-- index rm_entities_search_idx
CREATE INDEX rm_entities_search_idx ON public.rm_entities USING gin (rm_entity_search_text(entity_id, name, aliases) gin_trgm_ops)

-- index rm_facts_flags_idx
CREATE INDEX rm_facts_flags_idx ON public.rm_facts USING gin (flags)

-- index rm_facts_pkey
CREATE UNIQUE INDEX rm_facts_pkey ON public.rm_facts USING btree (entity_id, metric_id)

-- index rm_metrics_pkey
CREATE UNIQUE INDEX rm_metrics_pkey ON public.rm_metrics USING btree (metric_id)

-- index rm_resolutions_fact_idx
CREATE INDEX rm_resolutions_fact_idx ON public.rm_resolutions USING btree (entity_id, metric_id)

-- index rm_resolutions_pkey
CREATE UNIQUE INDEX rm_resolutions_pkey ON public.rm_resolutions USING btree (contradiction_id, "position")

-- index rm_revisions_fact_idx
CREATE INDEX rm_revisions_fact_idx ON public.rm_revisions USING btree (entity_id, metric_id)

-- index rm_revisions_pkey
CREATE UNIQUE INDEX rm_revisions_pkey ON public.rm_revisions USING btree (claim_id)

-- index rm_search_claim_idx
CREATE INDEX rm_search_claim_idx ON public.rm_search USING btree (claim_id) WHERE (claim_id IS NOT NULL)

-- index rm_search_document_idx
CREATE INDEX rm_search_document_idx ON public.rm_search USING gin (document)

-- index rm_search_names_idx
CREATE INDEX rm_search_names_idx ON public.rm_search USING gin (names gin_trgm_ops) WHERE (names IS NOT NULL)

-- index rm_search_pkey
CREATE UNIQUE INDEX rm_search_pkey ON public.rm_search USING btree (doc_id)

-- index rm_search_source_idx
CREATE INDEX rm_search_source_idx ON public.rm_search USING btree (source_id) WHERE (source_id IS NOT NULL)

-- index rm_slice_sources_pkey
CREATE UNIQUE INDEX rm_slice_sources_pkey ON public.rm_slice_sources USING btree (slice, source_id)

-- index rm_sources_listed_idx
CREATE INDEX rm_sources_listed_idx ON public.rm_sources USING btree (published_start DESC, source_id)

-- index rm_sources_pkey
CREATE UNIQUE INDEX rm_sources_pkey ON public.rm_sources USING btree (source_id)

-- index rm_sources_publisher_idx
CREATE INDEX rm_sources_publisher_idx ON public.rm_sources USING btree (lower(publisher))

-- index rm_sources_search_idx
CREATE INDEX rm_sources_search_idx ON public.rm_sources USING gin (lower(((COALESCE(publisher, ''::text) || '
'::text) || title)) gin_trgm_ops)

-- index signing_keys_pkey
CREATE UNIQUE INDEX signing_keys_pkey ON public.signing_keys USING btree (name)

-- index streams_pkey
CREATE UNIQUE INDEX streams_pkey ON public.streams USING btree (stream_id)

-- index webhook_attempts_by_message
CREATE INDEX webhook_attempts_by_message ON public.webhook_attempts USING btree (message_id)

-- index webhook_attempts_by_subscription
CREATE INDEX webhook_attempts_by_subscription ON public.webhook_attempts USING btree (subscription_id, id)

-- index webhook_attempts_pkey
CREATE UNIQUE INDEX webhook_attempts_pkey ON public.webhook_attempts USING btree (id)

-- index webhook_messages_dead
CREATE INDEX webhook_messages_dead ON public.webhook_messages USING btree (subscription_id) WHERE (state = 'dead'::text)

-- index webhook_messages_delivered
CREATE INDEX webhook_messages_delivered ON public.webhook_messages USING btree (delivered_at) WHERE (state = 'delivered'::text)

-- index webhook_messages_pending
CREATE INDEX webhook_messages_pending ON public.webhook_messages USING btree (subscription_id, transaction_id, global_position) WHERE (state = 'pending'::text)

-- index webhook_messages_pkey
CREATE UNIQUE INDEX webhook_messages_pkey ON public.webhook_messages USING btree (id)

-- index webhook_messages_subscription_id_event_id_key
CREATE UNIQUE INDEX webhook_messages_subscription_id_event_id_key ON public.webhook_messages USING btree (subscription_id, event_id)

-- index webhook_subscriptions_pkey
CREATE UNIQUE INDEX webhook_subscriptions_pkey ON public.webhook_subscriptions USING btree (id)

-- sequence events_global_position_seq
bigint start 1 increment 1

-- sequence webhook_attempts_id_seq
bigint start 1 increment 1

-- table api_keys
id uuid not null,
  name text not null,
  role text not null,
  key_hash text not null,
  created_by text,
  created_at timestamp with time zone not null default now(),
  revoked_at timestamp with time zone,
  revoked_by text

-- table checkpoints
consumer text not null,
  transaction_id xid8 not null,
  global_position bigint not null,
  updated_at timestamp with time zone not null default now()

-- table entity_names
name_key text not null,
  name text not null,
  entity_id text not null

-- table events
global_position bigint generated always as identity not null,
  transaction_id xid8 not null default pg_current_xact_id(),
  stream_id text not null,
  stream_version bigint not null,
  event_id uuid not null,
  event_type text not null,
  schema_version integer not null default 1,
  data jsonb not null,
  metadata jsonb not null default '{}'::jsonb,
  recorded_at timestamp with time zone not null default now(),
  event_hash bytea not null

-- table idempotency_keys
actor text not null,
  key text not null,
  fingerprint text not null,
  status integer,
  body jsonb,
  headers jsonb,
  created_at timestamp with time zone not null default now(),
  completed_at timestamp with time zone

-- table imports
id uuid not null,
  status text not null,
  phase text not null default 'writing'::text,
  format text not null,
  options jsonb not null,
  actor text,
  rows_read bigint not null default 0,
  recorded bigint not null default 0,
  unchanged bigint not null default 0,
  rejected bigint not null default 0,
  "position" bigint not null default 0,
  errors jsonb not null default '[]'::jsonb,
  failure text,
  started_at timestamp with time zone not null default now(),
  updated_at timestamp with time zone not null default now(),
  finished_at timestamp with time zone

-- table parked_events
consumer text not null,
  global_position bigint not null,
  transaction_id xid8 not null,
  stream_id text not null,
  stream_version bigint not null,
  event_id uuid not null,
  event_type text not null,
  error text not null,
  blocked_by bigint,
  attempts integer not null,
  parked_at timestamp with time zone not null default now(),
  last_attempt_at timestamp with time zone not null default now(),
  retry_requested_at timestamp with time zone

-- table rm_applied
projection text not null,
  lineage uuid not null default gen_random_uuid(),
  global_position bigint not null

-- table rm_claim_comments
claim_id uuid not null,
  comment_id text not null,
  text text not null,
  author text,
  created_at timestamp with time zone not null,
  "position" bigint not null

-- table rm_claim_workflow
claim_id uuid not null,
  entity_id text not null,
  metric_id text not null,
  source_id text not null,
  value jsonb not null,
  valid_time jsonb not null,
  claim_status text not null,
  status text not null,
  assignees text[] not null,
  verdict text,
  comment_count integer not null,
  changed_at timestamp with time zone not null,
  changed_by text,
  "position" bigint not null,
  verdict_outdated boolean not null default false

-- table rm_claims
claim_id uuid not null,
  row_version integer not null,
  entity_id text not null,
  metric_id text not null,
  source_id text not null,
  publisher text,
  published_start date not null,
  status text not null,
  rank text not null,
  verdict text,
  value jsonb not null,
  valid_time jsonb not null,
  valid_start date not null,
  valid_end date not null,
  quote jsonb,
  attribution text,
  note text,
  recorded_by text,
  first_recorded_at timestamp with time zone not null,
  recorded_from timestamp with time zone not null,
  recorded_to timestamp with time zone,
  "position" bigint not null,
  verdict_outdated boolean not null default false

-- table rm_contradiction_history
entity_id text not null,
  metric_id text not null,
  contradiction_id uuid,
  contradiction json,
  recorded_from timestamp with time zone not null,
  recorded_to timestamp with time zone

-- table rm_contradictions
contradiction_id uuid not null,
  entity_id text not null,
  metric_id text not null,
  claim_ids text[] not null,
  contradiction json not null

-- table rm_editorial_sources
source_id text not null,
  title text not null

-- table rm_entities
entity_id text not null,
  name text not null,
  aliases jsonb not null

-- table rm_facts
entity_id text not null,
  metric_id text not null,
  summary json not null,
  flags text[] not null,
  claim_count integer not null,
  source_count integer not null,
  latest_valid_end date,
  "position" bigint not null,
  source_claims json,
  unreviewed_claims integer

-- table rm_metrics
metric_id text not null,
  unit text not null,
  kind text not null,
  cumulative boolean not null,
  tolerance double precision not null,
  update_interval_days integer,
  measure text not null default 'level'::text

-- table rm_resolutions
contradiction_id uuid not null,
  entity_id text not null,
  metric_id text not null,
  claim_ids uuid[] not null,
  preferred uuid[] not null,
  reason text not null,
  resolved_by text,
  resolved_at timestamp with time zone not null,
  "position" bigint not null

-- table rm_revisions
claim_id text not null,
  entity_id text not null,
  metric_id text not null,
  superseded_by text not null

-- table rm_search
doc_id text not null,
  kind text not null,
  claim_id text,
  source_id text,
  entity_id text,
  metric_id text,
  comment_id text,
  publisher text,
  published_start date,
  heading text not null,
  detail text,
  body text,
  names text,
  document tsvector default ((setweight(to_tsvector('english'::regconfig, heading), 'A'::"char") || setweight(to_tsvector('english'::regconfig, COALESCE(detail, ''::text)), 'B'::"char")) || setweight(to_tsvector('english'::regconfig, COALESCE(body, ''::text)), 'C'::"char")),
  "position" bigint not null

-- table rm_slice_sources
slice text not null,
  source_id text not null,
  title text not null,
  publisher text,
  url text,
  published_at text not null,
  published_start date not null,
  kind text not null,
  language text not null

-- table rm_sources
source_id text not null,
  title text not null,
  publisher text,
  url text,
  published_at text not null,
  published_start date not null,
  kind text not null,
  language text not null

-- table signing_keys
name text not null,
  secret text not null,
  created_at timestamp with time zone not null default now()

-- table streams
stream_id text not null,
  stream_type text not null,
  version bigint not null,
  created_at timestamp with time zone not null default now(),
  updated_at timestamp with time zone not null default now()

-- table webhook_attempts
id bigint generated always as identity not null,
  message_id uuid not null,
  subscription_id uuid not null,
  attempt integer not null,
  started_at timestamp with time zone not null,
  latency_ms integer not null,
  response_status integer,
  error text,
  outcome text not null,
  next_retry_at timestamp with time zone

-- table webhook_messages
id uuid not null,
  subscription_id uuid not null,
  event_id uuid not null,
  transaction_id xid8 not null,
  global_position bigint not null,
  event_type text not null,
  event jsonb not null,
  subject text,
  metric text,
  state text not null,
  attempts integer not null default 0,
  next_attempt_at timestamp with time zone not null default now(),
  created_at timestamp with time zone not null default now(),
  delivered_at timestamp with time zone

-- table webhook_subscriptions
id uuid not null,
  url text not null,
  event_types text[] not null,
  subjects text[],
  metrics text[],
  description text not null,
  secret text not null,
  status text not null,
  paused_reason text,
  consecutive_dead integer not null default 0,
  created_by text,
  created_at timestamp with time zone not null default now(),
  updated_at timestamp with time zone not null default now()

-- trigger events.events_immutable_rows
CREATE TRIGGER events_immutable_rows BEFORE DELETE OR UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION events_reject_change()

-- trigger events.events_immutable_table
CREATE TRIGGER events_immutable_table BEFORE TRUNCATE ON public.events FOR EACH STATEMENT EXECUTE FUNCTION events_reject_change()
