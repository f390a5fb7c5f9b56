import { describe, expect, it } from 'vitest';
import { sourceIdFor } from '#recording';
import type { ImportRow } from './format.js';
import { sourceIdOf } from './references.js';

const row = (details: NonNullable<ImportRow['source']['details']>): ImportRow => ({
  source: { details },
  claim: { subject: 'France', metric: 'gdp', value: { qualifier: 'exact', amount: 1 }, validTime: { at: '2024' } },
  metricDefinition: {},
});

describe('the source a row names by its details', () => {
  it('is the one RegisterSource derives, worked out again for each set of details', () => {
    const given = { title: 'Quarterly accounts', publisher: 'INSEE', publishedAt: '2024-05-31' };
    expect(sourceIdOf(row(given))).toBe(sourceIdFor({ ...given, kind: 'other' }));
    expect(sourceIdOf(row({ ...given }))).toBe(sourceIdOf(row(given)));
    expect(sourceIdOf(row({ ...given, publishedAt: '2024-06-30' }))).toBe(sourceIdFor({ ...given, publishedAt: '2024-06-30', kind: 'other' }));
  });

  it('tells apart details that hold the same words in other fields, or a field left out from one given', () => {
    const base = { title: 'Release', publishedAt: '2024-05-31' };
    const ids = [
      sourceIdOf(row({ ...base, publisher: 'x' })),
      sourceIdOf(row({ ...base, url: 'x' })),
      sourceIdOf(row({ ...base, language: 'x' })),
      sourceIdOf(row(base)),
      sourceIdOf(row({ ...base, kind: 'other' })),
    ];
    const expected = [
      sourceIdFor({ ...base, publisher: 'x', kind: 'other' }),
      sourceIdFor({ ...base, url: 'x', kind: 'other' }),
      sourceIdFor({ ...base, language: 'x', kind: 'other' }),
      sourceIdFor({ ...base, kind: 'other' }),
      sourceIdFor({ ...base, kind: 'other' }),
    ];
    expect(ids).toEqual(expected);
    // A URL makes the id on its own; a publisher is part of it; the language is not.
    expect(new Set(ids).size).toBe(3);
  });
});
