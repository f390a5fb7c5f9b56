import { z } from 'zod';
import { IMPORT_FIELDS, IMPORT_STATUSES } from '#imports';
import { responseShape } from '../http/contract.js';

const flag = (description: string) => z.enum(['true', 'false']).optional().describe(description);

export const ImportQuery = z.object({
  defineMissing: flag('define the entities and metrics rows name that do not exist (metrics from metric_unit, metric_kind, metric_cumulative)'),
  allOrNothing: flag('write nothing unless every row passes: every row is checked first, then written'),
  dryRun: flag('check every row and write nothing'),
});

export const ImportAccepted = responseShape('ImportAccepted', z.object({ id: z.string() }), 'The import, started: follow it at Location');

const RowError = responseShape(
  'ImportRowError',
  z.object({ line: z.int().describe('the line of the file, from 1 (the CSV header)'), field: z.string(), message: z.string() }),
);

export const ImportStatusView = responseShape(
  'ImportStatus',
  z.object({
    id: z.string(),
    status: z
      .enum(IMPORT_STATUSES)
      .describe(
        'running; succeeded (every row recorded or already there); completed_with_errors (refused rows named in errors, the others written); ' +
          'failed (nothing more will be written: see failure); interrupted (its process stopped: import the same file again to complete it)',
      ),
    phase: z.enum(['checking', 'writing']).describe('checking: the first pass of an allOrNothing import'),
    format: z.string(),
    options: z.object({ defineMissing: z.boolean(), allOrNothing: z.boolean(), dryRun: z.boolean() }),
    actor: z.string().nullable(),
    rowsRead: z.int(),
    recorded: z.int().describe('rows that recorded a new claim, lines of an export that recorded their event (in a dry run: would)'),
    unchanged: z.int().describe('rows whose claim was already recorded as they state it, lines of an export whose event was there already'),
    rejected: z.int(),
    rowsPerSecond: z.int(),
    position: z.int().describe('the position of the last event written: pass it as minPosition to read what the import wrote'),
    errors: z.array(RowError).describe('the first 100 errors'),
    failure: z.string().nullable(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
  }),
  'How far an import got',
);

/** The request body's description in the OpenAPI document: the import format. */
export const IMPORT_FORMAT_DESCRIPTION = [
  'A file of claims, one a row, each with its source inline: CSV with a header row (text/csv) or one JSON object a line',
  '(application/x-ndjson), with the same field names. Fields: ' + IMPORT_FIELDS.join(', ') + '.',
  'The source is source_id (registered before), or source_title, source_publisher and source_published_at with source_url,',
  'source_kind (default other) and source_language optional: rows naming the same source share it, registered once.',
  'subject is an entity id or any of its names; metric a metric id. The value is amount, lower, upper, qualifier (default exact)',
  'and unit (default the metric\u2019s); the valid time valid_at, or valid_from and valid_to (YYYY, YYYY-MM or YYYY-MM-DD, years 0001 to 9999).',
  'quote, quote_start and quote_end go together; attribution is optional. With defineMissing, an entity that does not exist is',
  'defined under the subject\u2019s name, and a metric from metric_unit, metric_kind and metric_cumulative.',
  'An empty CSV cell is a field left out. Each row is decided as POST /v1/claims decides a claim.',
  'NDJSON may also hold the lines GET /v1/export writes (ExportLine: each names what it is in record, and is decided',
  'as the API decides that write, in the order of the file; verdicts, ranks, resolutions and publishing need a reviewer’s key).',
].join(' ');
