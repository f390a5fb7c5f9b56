import { describe, expect, it } from 'vitest';
import { type ClaimCommand, type ClaimEvent, type ClaimState, claimIdFor, decideClaim, evolveClaim, initialClaimState, type Quote } from './claim.js';
import { initialMetricState, type MetricState } from './metric.js';
import { initialSourceState, SOURCE_TEXT_MAX, type SourceDetails, type SourceState } from './source.js';

// Given the claim's past events, when a command is decided, then these events (or this refusal).
const given = (...events: ClaimEvent[]): ClaimState => events.reduce(evolveClaim, initialClaimState);
const refusal = (kind: string, field?: string) => expect.objectContaining({ kind, ...(field ? { field } : {}) });

const text =
  'LONDON, 22 January 2015. Ministers from more than 60 countries met today. ' + 'All 60 partners of the Global Coalition reaffirmed their commitment.';
const quoteOf = (words: string, from = 0): Quote => {
  const start = text.indexOf(words, from);
  return { text: words, start, end: start + words.length };
};
const details: SourceDetails = {
  title: 'Joint Statement by Ministers of the Global Coalition',
  publisher: 'U.S. Department of State',
  publishedAt: '2015-01-22',
  kind: 'official_statement',
  language: 'en',
};
const sourceWith = (extra: Partial<SourceDetails> = { text }): SourceState => ({
  status: 'registered',
  id: 'src-london',
  details: { ...details, ...extra },
});
const memberCount: MetricState = {
  status: 'defined',
  id: 'member-count',
  definition: { unit: 'member', kind: 'count', cumulative: false, tolerance: 0 },
};

type RecordCommand = Extract<ClaimCommand, { type: 'RecordClaim' }>;
const record = (patch: Partial<RecordCommand> = {}): RecordCommand => ({
  type: 'RecordClaim',
  claimId: 'claim-more-than-60',
  sourceId: 'src-london',
  entityId: 'global-coalition',
  metricId: 'member-count',
  value: { amount: 60, qualifier: 'more_than' },
  validTime: { at: '2015-01-22' },
  quote: quoteOf('more than 60'),
  source: sourceWith(),
  metric: memberCount,
  ...patch,
});

describe('RecordClaim', () => {
  it('given no claim, when "more than 60" is recorded, then ClaimRecorded has the unit of the metric', () => {
    expect(decideClaim(record(), given())).toEqual([
      {
        type: 'ClaimRecorded',
        data: {
          claimId: 'claim-more-than-60',
          sourceId: 'src-london',
          entityId: 'global-coalition',
          metricId: 'member-count',
          value: { amount: 60, qualifier: 'more_than', unit: 'member' },
          validTime: { at: '2015-01-22' },
          quote: { text: 'more than 60', start: 40, end: 52 },
        },
      },
    ]);
  });

  it("keeps the unit when it is the metric's own", () => {
    const [event] = decideClaim(record({ value: { amount: 60, qualifier: 'exact', unit: 'member' }, quote: quoteOf('All 60') }), given());
    expect(event?.type === 'ClaimRecorded' && event.data.value).toEqual({ amount: 60, qualifier: 'exact', unit: 'member' });
  });

  it('keeps a trimmed attribution and note, and leaves out blank ones', () => {
    const [withBoth] = decideClaim(record({ attribution: '  Philip Hammond ', note: ' Foreign Secretary ' }), given());
    expect(withBoth).toMatchObject({ data: { attribution: 'Philip Hammond', note: 'Foreign Secretary' } });
    const [blank] = decideClaim(record({ attribution: '  ', note: '' }), given());
    expect(blank?.data).not.toHaveProperty('attribution');
    expect(blank?.data).not.toHaveProperty('note');
  });

  it('records a claim without a quote, and a range over an interval', () => {
    const share: MetricState = { status: 'defined', id: 'territory-share', definition: { unit: 'percent', kind: 'percent', cumulative: false, tolerance: 0 } };
    const command = record({
      metricId: 'territory-share',
      entityId: 'isis',
      value: { lowerBound: 30, upperBound: 40, qualifier: 'range' },
      validTime: { from: '2014', to: '2014-12' },
      quote: undefined,
      metric: share,
    });
    const [event] = decideClaim(command, given());
    expect(event).toMatchObject({
      data: { value: { lowerBound: 30, upperBound: 40, qualifier: 'range', unit: 'percent' }, validTime: { from: '2014', to: '2014-12' } },
    });
    expect(event?.data).not.toHaveProperty('quote');
  });

  it('given a source without text, when a quote is recorded, then it is not checked against any text', () => {
    const command = record({ source: sourceWith({}), quote: { text: 'all 60 partners', start: 5883, end: 5898 } });
    expect(decideClaim(command, given())).toEqual([
      expect.objectContaining({ type: 'ClaimRecorded', data: expect.objectContaining({ quote: { text: 'all 60 partners', start: 5883, end: 5898 } }) }),
    ]);
  });

  it.each<[string, Partial<RecordCommand>, string, string]>([
    ['an unregistered source', { source: initialSourceState }, 'invalid', 'sourceId'],
    ['an undefined metric', { metric: initialMetricState }, 'invalid', 'metric'],
    ["a unit that does not fit the metric's", { value: { amount: 60, qualifier: 'exact', unit: 'km' } }, 'invalid', 'value.unit'],
    ['a value that breaks its qualifier', { value: { amount: 60, upperBound: 70, qualifier: 'more_than' } }, 'invalid', 'value.upperBound'],
    ['a range without upper bound', { value: { lowerBound: 30, qualifier: 'range' } }, 'invalid', 'value.upperBound'],
    ['a day that does not exist', { validTime: { at: '2015-02-29' } }, 'invalid', 'validTime.at'],
    ['an interval that ends before it starts', { validTime: { from: '2017-07', to: '2015-01-22' } }, 'invalid', 'validTime.to'],
  ])('refuses %s', (_, patch, kind, field) => {
    expect(() => decideClaim(record(patch), given())).toThrow(refusal(kind, field));
  });

  it.each<[string, Quote, string]>([
    ['words the source does not say there', { text: 'all 60', start: 40, end: 46 }, 'quote.text'],
    ['the right words at the wrong offsets', { ...quoteOf('more than 60'), start: 41, end: 53 }, 'quote.text'],
    ['a quote in another case', { ...quoteOf('All 60'), text: 'all 60' }, 'quote.text'],
    ['an empty quote', { text: '  ', start: 0, end: 2 }, 'quote.text'],
    ['offsets beyond the text', { text: 'commitment.', start: text.length - 11, end: text.length + 1 }, 'quote.end'],
    ['an end before the start', { text: 'more', start: 52, end: 40 }, 'quote.end'],
    ['an end equal to the start', { text: 'more', start: 40, end: 40 }, 'quote.end'],
    ['a negative start', { text: 'LONDON', start: -1, end: 6 }, 'quote.end'],
    ['fractional offsets', { text: 'LONDON', start: 0.5, end: 6 }, 'quote.end'],
    ['a NaN end', { text: 'LONDON', start: 0, end: Number.NaN }, 'quote.end'],
  ])('given a source with text, refuses %s', (_, quote, field) => {
    expect(() => decideClaim(record({ quote }), given())).toThrow(refusal('invalid', field));
  });

  it('accepts a quote that ends exactly at the end of the text', () => {
    expect(decideClaim(record({ quote: quoteOf('commitment.') }), given())).toHaveLength(1);
  });

  it.each<[string, Quote]>([
    ['an empty quote', { text: '', start: 0, end: 1 }],
    ['bad offsets', { text: 'all 60', start: 10, end: 5 }],
    ['offsets that span more than the quote', { text: 'all 60', start: 10, end: 1_000_000_000 }],
    ['offsets that span less than the quote', { text: 'all 60 partners', start: 5883, end: 5889 }],
    ['an end past the longest text a source may hold', { text: 'all 60', start: SOURCE_TEXT_MAX - 3, end: SOURCE_TEXT_MAX + 3 }],
  ])('given a source without text, still refuses %s', (_, quote) => {
    expect(() => decideClaim(record({ source: sourceWith({}), quote }), given())).toThrow(refusal('invalid'));
  });

  it('given the claim recorded, when recorded again the same, then nothing happens', () => {
    expect(decideClaim(record(), given(...decideClaim(record(), given())))).toEqual([]);
  });

  it('given the claim recorded, when recorded again with the unit spelled out, then nothing happens', () => {
    const state = given(...decideClaim(record(), given()));
    expect(decideClaim(record({ value: { amount: 60, qualifier: 'more_than', unit: 'member' } }), state)).toEqual([]);
  });

  it.each<[string, Partial<RecordCommand>]>([
    ['another value ("all 60")', { value: { amount: 60, qualifier: 'exact' } }],
    ['another amount', { value: { amount: 62, qualifier: 'more_than' } }],
    ['another valid time', { validTime: { at: '2015-01' } }],
  ])('given the claim recorded, when recorded again with %s, then it is a conflict', (_, patch) => {
    const state = given(...decideClaim(record(), given()));
    expect(() => decideClaim(record(patch), state)).toThrow(refusal('conflict'));
  });

  it('given the claim recorded, when recorded again with an invalid quote, then the quote is refused first', () => {
    const state = given(...decideClaim(record(), given()));
    expect(() => decideClaim(record({ quote: { text: 'nope', start: 0, end: 4 } }), state)).toThrow(refusal('invalid', 'quote.text'));
  });
});

describe('claimIdFor', () => {
  const base = {
    sourceId: 'src-london',
    entityId: 'global-coalition',
    metricId: 'member-count',
    validTime: { at: '2015-01-22' },
    quote: quoteOf('All 60'),
    value: { amount: 60, qualifier: 'exact' as const },
  };
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('gives the same inputs the same id, as a version 8 UUID', () => {
    expect(claimIdFor(base)).toBe(claimIdFor({ ...base }));
    expect(claimIdFor(base)).toMatch(uuid);
    expect(claimIdFor({ ...base, quote: undefined })).toMatch(uuid);
  });

  it('with a quote, names the span: the value and the quoted words do not change the id', () => {
    expect(claimIdFor({ ...base, value: { amount: 61, qualifier: 'more_than' } })).toBe(claimIdFor(base));
    expect(claimIdFor({ ...base, quote: { ...base.quote, text: 'ALL 60' } })).toBe(claimIdFor(base));
  });

  it('gives another quoted span another id', () => {
    expect(claimIdFor({ ...base, quote: quoteOf('more than 60') })).not.toBe(claimIdFor(base));
    expect(claimIdFor({ ...base, quote: { ...base.quote, end: base.quote.end + 1 } })).not.toBe(claimIdFor(base));
  });

  it.each<[string, object]>([
    ['source', { sourceId: 'src-other' }],
    ['entity', { entityId: 'isis' }],
    ['metric', { metricId: 'member-states' }],
    ['metric written with an underscore', { metricId: 'member_count' }],
    ['valid time', { validTime: { at: '2015-01' } }],
    ['interval', { validTime: { from: '2015-01-22', to: '2015-01-22' } }],
  ])('gives another %s another id', (_, patch) => {
    expect(claimIdFor({ ...base, ...patch })).not.toBe(claimIdFor(base));
  });

  it('without a quote, names the claim by its value instead', () => {
    const unquoted = { ...base, quote: undefined };
    expect(claimIdFor({ ...unquoted, value: { amount: 60, qualifier: 'exact', unit: 'member' } })).toBe(claimIdFor(unquoted));
    expect(claimIdFor({ ...unquoted, value: { amount: 60, qualifier: 'more_than' } })).not.toBe(claimIdFor(unquoted));
    expect(claimIdFor({ ...unquoted, value: { amount: 72, qualifier: 'exact' } })).not.toBe(claimIdFor(unquoted));
    expect(claimIdFor({ ...unquoted, value: { lowerBound: 30, upperBound: 40, qualifier: 'range' } })).not.toBe(
      claimIdFor({ ...unquoted, value: { lowerBound: 30, upperBound: 41, qualifier: 'range' } }),
    );
    expect(claimIdFor(unquoted)).not.toBe(claimIdFor(base));
  });
});
