import { z } from 'zod';
import { DomainError, METRIC_KINDS, type MetricKind, parsePartialDate, QUALIFIERS, type QuantityInput, SOURCE_KINDS, type SourceKind } from '#claims';
import { languageTag, metricId, numberProblem, PartialDate, type RecordClaimInput, sourceId, text } from '#recording';

// The import format: one row is one claim, with its source inline. CSV (a header row, then one
// record a row) and NDJSON (one object a line) share the field names. Leaf fields are held to
// the same shapes as the API's bodies (#recording's input shapes), and the domain then decides
// each row as POST /v1/claims would.

export const IMPORT_FIELDS = [
  'source_id',
  'source_title',
  'source_publisher',
  'source_published_at',
  'source_url',
  'source_kind',
  'source_language',
  'subject',
  'metric',
  'amount',
  'lower',
  'upper',
  'qualifier',
  'unit',
  'valid_at',
  'valid_from',
  'valid_to',
  'quote',
  'quote_start',
  'quote_end',
  'attribution',
  'metric_unit',
  'metric_kind',
  'metric_cumulative',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

const NUMBER_FIELDS = new Set<string>(['amount', 'lower', 'upper', 'quote_start', 'quote_end']);
const BOOLEAN_FIELDS = new Set<string>(['metric_cumulative']);

/** A row as its source and claim, ready for the domain. */
export interface ImportRow {
  readonly source: {
    readonly id?: string;
    /** The source's details, when the row gives them: it is registered on first sight. */
    readonly details?: {
      readonly title: string;
      readonly publisher?: string;
      readonly url?: string;
      readonly publishedAt: string;
      readonly kind?: SourceKind;
      readonly language?: string;
    };
  };
  /** The claim as POST /v1/claims takes it, but for its source (inline above). */
  readonly claim: Omit<RecordClaimInput, 'sourceId' | 'note' | 'createEntity'>;
  /** How to define the metric should it not exist and the import define what is missing. */
  readonly metricDefinition: { readonly unit?: string; readonly kind?: MetricKind; readonly cumulative?: boolean };
}

/** What is wrong with a row, or with the file at a line. */
export interface RowError {
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

// A date is held to the domain's rule here already (years 0001 to 9999, every part existing),
// so that a dry run names it; the domain checks it again when it decides the row.
const date = PartialDate.superRefine((value, ctx) => {
  try {
    parsePartialDate(value, '');
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    ctx.addIssue({ code: 'custom', message: error.message });
  }
});

const fields = {
  source_id: sourceId.optional(),
  source_title: text(500).optional(),
  source_publisher: text(200).optional(),
  source_published_at: date.optional(),
  source_url: z.url({ protocol: /^https?$/ }).optional(),
  source_kind: z.enum(SOURCE_KINDS).optional(),
  source_language: languageTag.optional(),
  subject: text(300),
  metric: metricId,
  amount: z.number().optional(),
  lower: z.number().optional(),
  upper: z.number().optional(),
  qualifier: z.enum(QUALIFIERS).default('exact'),
  unit: text(50).optional(),
  valid_at: date.optional(),
  valid_from: date.optional(),
  valid_to: date.optional(),
  quote: z.string().min(1).max(5000).optional(),
  quote_start: z.int().min(0).optional(),
  quote_end: z.int().min(1).optional(),
  attribution: z.string().max(500).optional(),
  metric_unit: text(50).optional(),
  metric_kind: z.enum(METRIC_KINDS).optional(),
  metric_cumulative: z.boolean().optional(),
} satisfies Record<ImportField, z.ZodType>;

type Fields = z.output<z.ZodObject<typeof fields>>;

/** The rules across fields: a source, one valid time, a whole quote or none. */
function checkRow(row: Fields, ctx: z.RefinementCtx) {
  const issue = (path: ImportField, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  const detailed = [row.source_title, row.source_publisher, row.source_published_at, row.source_url, row.source_kind, row.source_language].some(
    (f) => f !== undefined,
  );
  if (row.source_id === undefined && !detailed) {
    issue('source_id', 'give source_id, or the source as source_title, source_publisher and source_published_at');
  } else if (detailed) {
    if (row.source_title === undefined) issue('source_title', 'a source given by its details needs its title');
    if (row.source_published_at === undefined) issue('source_published_at', 'a source given by its details needs its date');
  }
  if (row.valid_at !== undefined) {
    if (row.valid_from !== undefined || row.valid_to !== undefined) issue('valid_at', 'give valid_at, or valid_from and valid_to, not both');
  } else if (row.valid_from === undefined || row.valid_to === undefined) {
    issue(row.valid_from === undefined ? 'valid_from' : 'valid_to', 'give valid_at, or both valid_from and valid_to');
  }
  const quoteParts = [row.quote, row.quote_start, row.quote_end].filter((p) => p !== undefined).length;
  if (quoteParts !== 0 && quoteParts !== 3) issue('quote', 'a quote needs quote, quote_start and quote_end together');
}

function toImportRow(row: Fields): ImportRow {
  const details =
    row.source_title !== undefined && row.source_published_at !== undefined
      ? {
          title: row.source_title,
          publishedAt: row.source_published_at,
          ...(row.source_publisher !== undefined ? { publisher: row.source_publisher } : {}),
          ...(row.source_url !== undefined ? { url: row.source_url } : {}),
          ...(row.source_kind !== undefined ? { kind: row.source_kind } : {}),
          ...(row.source_language !== undefined ? { language: row.source_language } : {}),
        }
      : undefined;
  const value: QuantityInput = {
    qualifier: row.qualifier,
    ...(row.amount !== undefined ? { amount: row.amount } : {}),
    ...(row.lower !== undefined ? { lowerBound: row.lower } : {}),
    ...(row.upper !== undefined ? { upperBound: row.upper } : {}),
    ...(row.unit !== undefined ? { unit: row.unit } : {}),
  };
  return {
    source: { ...(row.source_id !== undefined ? { id: row.source_id } : {}), ...(details ? { details } : {}) },
    claim: {
      subject: row.subject,
      metric: row.metric,
      value,
      validTime: row.valid_at !== undefined ? { at: row.valid_at } : { from: row.valid_from!, to: row.valid_to! },
      ...(row.quote !== undefined ? { quote: { text: row.quote, start: row.quote_start!, end: row.quote_end! } } : {}),
      ...(row.attribution !== undefined && row.attribution.trim() ? { attribution: row.attribution } : {}),
    },
    metricDefinition: {
      ...(row.metric_unit !== undefined ? { unit: row.metric_unit } : {}),
      ...(row.metric_kind !== undefined ? { kind: row.metric_kind } : {}),
      ...(row.metric_cumulative !== undefined ? { cumulative: row.metric_cumulative } : {}),
    },
  };
}

/** A line of NDJSON: a JSON object with the import's fields, numbers as numbers. */
export const NdjsonRow = z.strictObject(fields).superRefine(checkRow).transform(toImportRow);

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
/** A CSV number as JSON writes it (`+1.5`, `.5`, `5.` are 1.5, 0.5, 5), for `numberProblem`. */
const asJsonNumber = (cell: string) =>
  cell
    .replace(/^\+/, '')
    .replace(/^(-?)\./, '$10.')
    .replace(/\.(?=[eE]|$)/, '');

/**
 * A CSV record by its header's names: every cell is text, an empty one is a field left out;
 * numbers and true/false are read as such, then the row is held to the same schema as NDJSON.
 */
export const CsvRow = z
  .record(z.string(), z.string())
  .transform((cells, ctx) => {
    const typed: Record<string, unknown> = {};
    for (const [name, raw] of Object.entries(cells)) {
      const cell = raw.trim();
      if (cell === '') continue;
      if (NUMBER_FIELDS.has(name)) {
        const unkept = NUMBER.test(cell) ? numberProblem(asJsonNumber(cell)) : `'${cell}' is not a number`;
        if (unkept) ctx.addIssue({ code: 'custom', path: [name], message: unkept });
        else typed[name] = Number(cell);
      } else if (BOOLEAN_FIELDS.has(name)) {
        if (cell === 'true' || cell === 'false') typed[name] = cell === 'true';
        else ctx.addIssue({ code: 'custom', path: [name], message: `'${cell}' is not true or false` });
      } else {
        typed[name] = raw;
      }
    }
    return typed;
  })
  .pipe(NdjsonRow);

// PostgreSQL stores no NUL in text, and a lone surrogate is no character: refused as the API's
// JSON bodies refuse them, rather than failing the batch that would write them.
const UNSTORABLE = /\0|\p{Surrogate}/u;

/** Parses one row by its format's schema: the row, or its errors, each naming its field. */
export function parseRow(schema: typeof NdjsonRow | typeof CsvRow, input: unknown, line: number): { row: ImportRow } | { errors: RowError[] } {
  if (input && typeof input === 'object') {
    for (const [field, value] of Object.entries(input)) {
      if (typeof value === 'string' && UNSTORABLE.test(value))
        return { errors: [{ line, field, message: 'holds a NUL character or a lone surrogate, which cannot be stored' }] };
    }
    const row = quickRow(input as Record<string, unknown>, schema === CsvRow);
    if (row) return { row };
  }
  return parseBySchema(schema, input, line);
}

/** Parses one row by the whole schema of its format, which names each error's field. */
export function parseBySchema(schema: typeof NdjsonRow | typeof CsvRow, input: unknown, line: number): { row: ImportRow } | { errors: RowError[] } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { row: parsed.data };
  return {
    errors: parsed.error.issues.map((issue) => ({
      line,
      field: issue.path.length ? issue.path.map(String).join('.') : '(row)',
      message: issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}: the fields are ${IMPORT_FIELDS.join(', ')}` : issue.message,
    })),
  };
}

// A data set repeats most of its cells from row to row (a release's source, a series' subject,
// metric and unit, a period), and checking a row through the whole schema took two thirds of
// the time an import spends reading it. So a row is first checked field by field, each field
// by its own schema, and a text met before in that field by what it came to then; the rules
// across fields follow. Only a row that passes everything is read this way: any other goes
// through the whole schema, which names its errors exactly as it always has.
const FIELD_SCHEMAS: Readonly<Record<string, z.ZodType>> = fields;
const KEPT_PER_FIELD = 5_000;
/** What each field left out comes to: a default (the qualifier), nothing, or an error (a field the row needs). */
const LEFT_OUT = IMPORT_FIELDS.map((field) => ({ field, ...FIELD_SCHEMAS[field]!.safeParse(undefined) })).filter((f) => !f.success || f.data !== undefined);
const checked = new Map<string, Map<string, { ok: boolean; value: unknown }>>(IMPORT_FIELDS.map((f) => [f, new Map()]));

function fieldValue(field: string, value: unknown): { ok: boolean; value: unknown } {
  const schema = FIELD_SCHEMAS[field]!;
  if (typeof value !== 'string') {
    const parsed = schema.safeParse(value);
    return { ok: parsed.success, value: parsed.data };
  }
  const seen = checked.get(field)!;
  let result = seen.get(value);
  if (!result) {
    const parsed = schema.safeParse(value);
    result = { ok: parsed.success, value: parsed.data };
    if (seen.size >= KEPT_PER_FIELD) seen.clear();
    seen.set(value, result);
  }
  return result;
}

/** The row, when every field and the rules across them pass; undefined when anything is wrong. */
function quickRow(input: Record<string, unknown>, csv: boolean): ImportRow | undefined {
  const row: Record<string, unknown> = {};
  for (const field in input) {
    let value = input[field];
    if (!Object.hasOwn(FIELD_SCHEMAS, field)) return undefined;
    if (csv) {
      if (typeof value !== 'string') return undefined;
      const cell = value.trim();
      if (cell === '') continue;
      if (NUMBER_FIELDS.has(field)) {
        if (!NUMBER.test(cell) || numberProblem(asJsonNumber(cell))) return undefined;
        value = Number(cell);
      } else if (BOOLEAN_FIELDS.has(field)) {
        if (cell !== 'true' && cell !== 'false') return undefined;
        value = cell === 'true';
      }
    }
    const checkedValue = fieldValue(field, value);
    if (!checkedValue.ok) return undefined;
    if (checkedValue.value !== undefined) row[field] = checkedValue.value;
  }
  for (const left of LEFT_OUT) {
    if (left.field in row) continue;
    if (!left.success) return undefined;
    row[left.field] = left.data;
  }
  let wrong = false;
  checkRow(row as Fields, { addIssue: () => (wrong = true) } as unknown as z.RefinementCtx);
  return wrong ? undefined : toImportRow(row as Fields);
}

/** The import field a domain error names, from the field of the command it refused. */
const DOMAIN_FIELDS: Readonly<Record<string, ImportField>> = {
  sourceId: 'source_id',
  title: 'source_title',
  publisher: 'source_publisher',
  publishedAt: 'source_published_at',
  url: 'source_url',
  kind: 'source_kind',
  language: 'source_language',
  'value.amount': 'amount',
  'value.lowerBound': 'lower',
  'value.upperBound': 'upper',
  'value.unit': 'unit',
  'value.qualifier': 'qualifier',
  'validTime.at': 'valid_at',
  'validTime.from': 'valid_from',
  'validTime.to': 'valid_to',
  'quote.text': 'quote',
  'quote.start': 'quote_start',
  'quote.end': 'quote_end',
};

export function importField(domainField: string | undefined, fallback: ImportField = 'subject'): string {
  if (domainField === undefined) return fallback;
  return DOMAIN_FIELDS[domainField] ?? domainField;
}
