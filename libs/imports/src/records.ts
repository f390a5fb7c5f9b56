import { z } from 'zod';
import type { RowError } from './format.js';
import { RANKS, VERDICTS, WORKFLOW_STATUSES } from '#claims';
import { metricDefinitionFields, metricId, QuantityInput, QuoteInput, slug, sourceFields, sourceId, text, ValidTimeInput } from '#recording';

// The lines of an export, which an import reads back: each names what it is in `record`, and
// carries one event of the log as the command that decides it again. A line without `record` is
// a plain claim row (format.ts). Every line may say when (`at`) and by whom (`by`) its event was
// first recorded: kept in the new events' metadata as `origin`, for the audit; the new events are
// the importer's, recorded now.

export const EXPORT_FORMAT = 'factlog-export';
export const EXPORT_FORMAT_VERSION = 1;

const origin = {
  at: z.iso.datetime({ offset: true }).optional().describe('when the event was first recorded'),
  by: z.string().max(500).optional().describe('who first recorded it'),
};
const uuid = z.uuid();
const reason = z.string().trim().min(1).max(2000);
/**
 * A line's place in its stream, as the export wrote it: the line is decided on the stream as it
 * stood before that version, so a line imported again is recognised as the event already there.
 * Without it, the line is decided on the stream as it is now, as the API decides a request.
 */
const version = z.int().min(1).optional().describe("the event's version in its stream");
const onClaim = { claimId: uuid, version, ...origin };

const line = <R extends string, S extends z.ZodRawShape>(record: R, shape: S, description: string) =>
  z.strictObject({ record: z.literal(record), ...shape }).describe(description);

export const HeaderLine = line(
  'header',
  { format: z.literal(EXPORT_FORMAT), formatVersion: z.literal(EXPORT_FORMAT_VERSION), exportedAt: z.iso.datetime({ offset: true }) },
  'The first line of an export: what the file is, and when it was written',
);
export const SourceLine = line('source', { id: sourceId, ...sourceFields, ...origin }, 'A source registered, with its text if it holds one');
export const SourceUpdateLine = line(
  'source_update',
  { id: sourceId, changes: z.strictObject(sourceFields).partial(), version, ...origin },
  "A change to a source's details",
);
export const EntityLine = line('entity', { id: slug, name: text(300), aliases: z.array(text(300)).max(1000), ...origin }, 'An entity defined');
export const EntityAliasLine = line('entity_alias', { entityId: slug, alias: text(300), version, ...origin }, 'A name added to an entity');
export const MetricLine = line(
  'metric',
  { id: metricId, ...metricDefinitionFields, cumulative: z.boolean(), tolerance: z.number().min(0).max(0.99), ...origin },
  'A metric defined',
);
export const ClaimLine = line(
  'claim',
  {
    id: uuid.describe('the claim id, which must follow from its source, entity, metric, valid time and span as factlog derives it'),
    sourceId,
    entityId: slug,
    metricId,
    value: QuantityInput,
    validTime: ValidTimeInput,
    quote: QuoteInput.optional(),
    attribution: z.string().max(500).optional(),
    note: z.string().max(5000).optional(),
    ...origin,
  },
  'A claim as first recorded; what happened to it later follows in lines of its own',
);
export const CorrectionLine = line(
  'correction',
  { ...onClaim, value: QuantityInput.optional(), validTime: ValidTimeInput.optional(), reason },
  "A correction of a claim's value or valid time",
);
export const RetractionLine = line('retraction', { ...onClaim, reason }, 'A claim retracted');
export const RestorationLine = line('restoration', { ...onClaim, reason }, 'A retracted claim restored');
export const ReviewLine = line(
  'review',
  { ...onClaim, verdict: z.enum(VERDICTS), note: z.string().max(2000).optional() },
  'A verdict (needs the reviewer role)',
);
export const RankLine = line('rank', { ...onClaim, rank: z.enum(RANKS), reason }, 'A claim ranked (needs the reviewer role)');
export const WorkflowLine = line(
  'workflow',
  { ...onClaim, to: z.enum(WORKFLOW_STATUSES), note: z.string().max(2000).optional() },
  'A move through review (publishing, sending back and reopening need the reviewer role)',
);
export const AssignmentLine = line('assignment', { ...onClaim, assignee: text(200) }, 'A reviewer assigned to a claim');
export const UnassignmentLine = line('unassignment', { ...onClaim, assignee: text(200) }, 'A reviewer unassigned');
export const CommentLine = line('comment', { ...onClaim, commentId: uuid, text: text(4000) }, 'A comment on a claim');
export const ResolutionLine = line(
  'resolution',
  {
    contradictionId: uuid.describe('follows from the fact and one of its claims, as factlog derives it'),
    version,
    entityId: slug,
    metricId,
    claimIds: z.array(uuid).min(2).max(1000),
    preferred: z.array(uuid).min(1).max(1000),
    reason,
    ...origin,
  },
  "A contradiction resolved (needs the reviewer role): the claims it held then, and the editor's choice",
);

/** Every line an export writes and an import reads, by its `record`. */
export const RecordLine = z.discriminatedUnion('record', [
  HeaderLine,
  SourceLine,
  SourceUpdateLine,
  EntityLine,
  EntityAliasLine,
  MetricLine,
  ClaimLine,
  CorrectionLine,
  RetractionLine,
  RestorationLine,
  ReviewLine,
  RankLine,
  WorkflowLine,
  AssignmentLine,
  UnassignmentLine,
  CommentLine,
  ResolutionLine,
]);
export type RecordLine = z.output<typeof RecordLine>;
export type RecordKind = RecordLine['record'];
export const RECORD_KINDS = RecordLine.options.map((o) => o.shape.record.value) as readonly RecordKind[];

const KINDS = new Set<string>(RECORD_KINDS);
// PostgreSQL stores no NUL in text, and a lone surrogate is no character (as format.ts).
const UNSTORABLE = /\0|\p{Surrogate}/u;

/** Parses a line that names its `record`: the line, or its errors, each naming its field. */
export function parseRecord(input: object, line: number): { record: RecordLine } | { errors: RowError[] } {
  const kind = (input as { record?: unknown }).record;
  if (typeof kind !== 'string' || !KINDS.has(kind)) {
    return { errors: [{ line, field: 'record', message: `record is one of ${RECORD_KINDS.join(', ')}; a claim row has no record field` }] };
  }
  const bad = findUnstorable(input);
  if (bad !== undefined) return { errors: [{ line, field: bad, message: 'holds a NUL character or a lone surrogate, which cannot be stored' }] };
  const parsed = RecordLine.safeParse(input);
  if (parsed.success) return { record: parsed.data };
  return {
    errors: parsed.error.issues.map((issue) => ({
      line,
      field: issue.path.length ? issue.path.map(String).join('.') : '(line)',
      message: issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')} in a ${kind} line` : issue.message,
    })),
  };
}

/** The path of the first string that cannot be stored, if any. */
function findUnstorable(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path || '(line)' : undefined;
  if (value && typeof value === 'object') {
    for (const [key, member] of Object.entries(value)) {
      const found = findUnstorable(member, path ? `${path}.${key}` : key);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
