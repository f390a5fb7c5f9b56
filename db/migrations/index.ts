import type { Migration } from 'kysely';
import * as eventStore from './20261124090000_event_store.js';
import * as recording from './20261124100000_recording.js';
import * as readModels from './20261124110000_read_models.js';
import * as factSummaries from './20261124120000_fact_summaries.js';
import * as editorial from './20261124130000_editorial.js';
import * as factSummaryJson from './20261124140000_fact_summary_json.js';
import * as eventHashChain from './20261126090000_event_hash_chain.js';
import * as apiKeyRevocations from './20261126091000_api_key_revocations.js';
import * as parkedEvents from './20261126092000_parked_events.js';
import * as factClusters from './20261126093000_fact_clusters.js';
import * as listIndexes from './20261126100000_list_indexes.js';
import * as appendBatch from './20261126101000_append_batch.js';
import * as contradictionsById from './20261126110000_contradictions_by_id.js';
import * as factDetailRows from './20261126120000_fact_detail_rows.js';
import * as imports from './20261126130000_imports.js';
import * as appendNewStreams from './20261127090000_append_new_streams.js';
import * as search from './20261127100000_search.js';
import * as contradictionHistory from './20261127101000_contradiction_history.js';
import * as headlineFlags from './20261127102000_headline_flags.js';
import * as metricMeasure from './20261127103000_metric_measure.js';
import * as webhooks from './20261127110000_webhooks.js';
import * as reviewVerdictOutdated from './20261127120000_review_verdict_outdated.js';
import * as claimSpanHash from './20261127130000_claim_span_hash.js';
import * as projectionSlices from './20261127150000_projection_slices.js';
import * as webhookRetention from './20261127160000_webhook_retention.js';
import * as contradictionHistoryById from './20261127170000_contradiction_history_by_id.js';
import * as searchWordlessClaims from './20261127180000_search_wordless_claims.js';
import * as searchClaimsFromLog from './20261128090000_search_claims_from_log.js';
import * as appendInGivenOrder from './20261128100000_append_in_given_order.js';
import * as newStreamsMetadataOnce from './20261129090000_new_streams_metadata_once.js';

// Listed by hand rather than read from the folder, so the same list works from TypeScript
// sources under test and from compiled JavaScript in production.
export const migrations: Record<string, Migration> = {
  '20261124090000_event_store': eventStore,
  '20261124100000_recording': recording,
  '20261124110000_read_models': readModels,
  '20261124120000_fact_summaries': factSummaries,
  '20261124130000_editorial': editorial,
  '20261124140000_fact_summary_json': factSummaryJson,
  '20261126090000_event_hash_chain': eventHashChain,
  '20261126091000_api_key_revocations': apiKeyRevocations,
  '20261126092000_parked_events': parkedEvents,
  '20261126093000_fact_clusters': factClusters,
  '20261126100000_list_indexes': listIndexes,
  '20261126101000_append_batch': appendBatch,
  '20261126110000_contradictions_by_id': contradictionsById,
  '20261126120000_fact_detail_rows': factDetailRows,
  '20261126130000_imports': imports,
  '20261127090000_append_new_streams': appendNewStreams,
  '20261127100000_search': search,
  '20261127101000_contradiction_history': contradictionHistory,
  '20261127102000_headline_flags': headlineFlags,
  '20261127103000_metric_measure': metricMeasure,
  '20261127110000_webhooks': webhooks,
  '20261127120000_review_verdict_outdated': reviewVerdictOutdated,
  '20261127130000_claim_span_hash': claimSpanHash,
  '20261127150000_projection_slices': projectionSlices,
  '20261127160000_webhook_retention': webhookRetention,
  '20261127170000_contradiction_history_by_id': contradictionHistoryById,
  '20261127180000_search_wordless_claims': searchWordlessClaims,
  '20261128090000_search_claims_from_log': searchClaimsFromLog,
  '20261128100000_append_in_given_order': appendInGivenOrder,
  '20261129090000_new_streams_metadata_once': newStreamsMetadataOnce,
};
