import { describe, expect, it } from 'vitest';
import { type ClaimCommand, type ClaimEvent, claimIdFor, decideClaim, evolveClaim, initialClaimState } from './claim.js';
import { decideContradiction, initialContradictionState } from './contradiction-resolution.js';
import { decideEntity, type EntityEvent, evolveEntity, initialEntityState } from './entity.js';
import { decideMetric, evolveMetric, initialMetricState, type MetricState } from './metric.js';
import { decideSource, evolveSource, initialSourceState, type SourceDetails, type SourceEvent, type SourceState } from './source.js';

// Given / when / then: the state comes from past events, the command is decided, and the
// outcome is the new events or the refusal (its kind and the field at fault).
const refusal = (kind: string, field?: string) => expect.objectContaining({ kind, ...(field ? { field } : {}) });

const london: SourceDetails = {
  title: 'Global coalition meets in London to discuss efforts to defeat ISIL',
  publisher: 'Newsroom24',
  publishedAt: '2015-01-23',
  kind: 'news_article',
  language: 'en',
};
const givenSource = (...events: SourceEvent[]) => events.reduce(evolveSource, initialSourceState);
const registered = (details: SourceDetails = london): SourceState => givenSource({ type: 'SourceRegistered', data: { sourceId: 's4', ...details } });

describe('sources', () => {
  it('registers a source', () => {
    expect(decideSource({ type: 'RegisterSource', sourceId: 's4', details: london }, initialSourceState)).toEqual([
      { type: 'SourceRegistered', data: { sourceId: 's4', ...london } },
    ]);
  });
  it('takes the same registration again as no news, and another one as a conflict', () => {
    expect(decideSource({ type: 'RegisterSource', sourceId: 's4', details: london }, registered())).toEqual([]);
    expect(() => decideSource({ type: 'RegisterSource', sourceId: 's4', details: { ...london, title: 'Other' } }, registered())).toThrow(refusal('conflict'));
  });
  it.each([
    ['title', { title: ' ' }],
    ['publisher', { publisher: '' }],
    ['url', { url: 'ftp://example.org' }],
    ['publishedAt', { publishedAt: '2015-02-30' }],
    ['publishedAt', { publishedAt: '2015-13' }],
    ['kind', { kind: 'tweet' as never }],
    ['language', { language: 'English' }],
  ])('refuses a bad %s', (field, patch) => {
    expect(() => decideSource({ type: 'RegisterSource', sourceId: 's', details: { ...london, ...patch } }, initialSourceState)).toThrow(
      refusal('invalid', field),
    );
  });
  it('updates what changed only, and nothing when nothing did', () => {
    expect(
      decideSource({ type: 'UpdateSource', sourceId: 's4', changes: { publisher: 'Newsroom24', url: 'https://newsroom24.example/a' } }, registered()),
    ).toEqual([{ type: 'SourceUpdated', data: { sourceId: 's4', changes: { url: 'https://newsroom24.example/a' } } }]);
    expect(decideSource({ type: 'UpdateSource', sourceId: 's4', changes: { language: 'en' } }, registered())).toEqual([]);
  });
  it('refuses to update a missing source, or to change a text that quotes were checked against', () => {
    expect(() => decideSource({ type: 'UpdateSource', sourceId: 'x', changes: { title: 't' } }, initialSourceState)).toThrow(refusal('not_found'));
    expect(decideSource({ type: 'UpdateSource', sourceId: 's4', changes: { text: 'full text' } }, registered())).toHaveLength(1);
    expect(() => decideSource({ type: 'UpdateSource', sourceId: 's4', changes: { text: 'new text' } }, registered({ ...london, text: 'old text' }))).toThrow(
      refusal('conflict', 'text'),
    );
  });
});

describe('entities', () => {
  const defined = [
    { type: 'EntityDefined', data: { entityId: 'global-coalition', name: 'Global Coalition to Defeat ISIS', aliases: ['anti-ISIL coalition'] } },
  ] as EntityEvent[];
  const given = (events: EntityEvent[]) => events.reduce(evolveEntity, initialEntityState);

  it('defines an entity, its aliases without repeats or its own name', () => {
    expect(decideEntity({ type: 'DefineEntity', entityId: 'isis', name: 'ISIS', aliases: ['ISIL', 'isil', 'Daesh', 'ISIS'] }, initialEntityState)).toEqual([
      { type: 'EntityDefined', data: { entityId: 'isis', name: 'ISIS', aliases: ['ISIL', 'Daesh'] } },
    ]);
  });
  it('refuses an id that is not a slug, an empty name or alias, and a different redefinition', () => {
    expect(() => decideEntity({ type: 'DefineEntity', entityId: 'ISIS!', name: 'ISIS', aliases: [] }, initialEntityState)).toThrow(refusal('invalid', 'id'));
    expect(() => decideEntity({ type: 'DefineEntity', entityId: 'isis', name: ' ', aliases: [] }, initialEntityState)).toThrow(refusal('invalid', 'name'));
    expect(() => decideEntity({ type: 'DefineEntity', entityId: 'isis', name: 'ISIS', aliases: ['ISIL', ''] }, initialEntityState)).toThrow(
      refusal('invalid', 'aliases.1'),
    );
    expect(() => decideEntity({ type: 'DefineEntity', entityId: 'global-coalition', name: 'Coalition', aliases: [] }, given(defined))).toThrow(
      refusal('conflict', 'id'),
    );
    expect(
      decideEntity(
        { type: 'DefineEntity', entityId: 'global-coalition', name: 'Global Coalition to Defeat ISIS', aliases: ['Anti-ISIL Coalition'] },
        given(defined),
      ),
    ).toEqual([]);
  });
  it('takes a retried definition whose name had stray spaces as the same definition', () => {
    const [event] = decideEntity({ type: 'DefineEntity', entityId: 'isis', name: 'ISIS ', aliases: ['ISIL'] }, initialEntityState);
    expect(decideEntity({ type: 'DefineEntity', entityId: 'isis', name: 'ISIS ', aliases: ['ISIL'] }, given([event!]))).toEqual([]);
  });
  it('adds an alias once; a name it already answers to changes nothing', () => {
    expect(decideEntity({ type: 'AddEntityAlias', entityId: 'global-coalition', alias: 'D-ISIS Coalition' }, given(defined))).toEqual([
      { type: 'EntityAliasAdded', data: { entityId: 'global-coalition', alias: 'D-ISIS Coalition' } },
    ]);
    expect(decideEntity({ type: 'AddEntityAlias', entityId: 'global-coalition', alias: 'GLOBAL COALITION TO DEFEAT ISIS' }, given(defined))).toEqual([]);
    expect(() => decideEntity({ type: 'AddEntityAlias', entityId: 'nobody', alias: 'x' }, initialEntityState)).toThrow(refusal('not_found'));
    expect(() => decideEntity({ type: 'AddEntityAlias', entityId: 'global-coalition', alias: ' ' }, given(defined))).toThrow(refusal('invalid', 'alias'));
  });
});

describe('metrics', () => {
  const members = { type: 'DefineMetric', metricId: 'member-count', unit: 'member', kind: 'count', cumulative: false, tolerance: 0 } as const;
  it('defines a metric once; the same again is no news, another is a conflict', () => {
    const [event] = decideMetric(members, initialMetricState);
    const state = evolveMetric(initialMetricState, event!);
    expect(decideMetric(members, state)).toEqual([]);
    expect(() => decideMetric({ ...members, unit: 'country' }, state)).toThrow(refusal('conflict', 'id'));
  });
  it.each([
    ['id', { metricId: 'Member Count' }],
    ['unit', { unit: ' ' }],
    ['kind', { kind: 'size' as never }],
    ['tolerance', { tolerance: 1 }],
    ['tolerance', { tolerance: -0.01 }],
  ])('refuses a bad %s', (field, patch) => {
    expect(() => decideMetric({ ...members, ...patch }, initialMetricState)).toThrow(refusal('invalid', field));
  });
});

describe('claims', () => {
  const metric: MetricState = { status: 'defined', id: 'member-count', definition: { unit: 'member', kind: 'count', cumulative: false, tolerance: 0 } };
  const text = 'In total, over 60 countries have signed up to the global coalition.';
  const record = (patch: Partial<Extract<ClaimCommand, { type: 'RecordClaim' }>> = {}): ClaimCommand => ({
    type: 'RecordClaim',
    claimId: 'c1',
    sourceId: 's4',
    entityId: 'global-coalition',
    metricId: 'member-count',
    value: { amount: 60, qualifier: 'more_than' },
    validTime: { at: '2015-01-22' },
    quote: { text: 'over 60 countries', start: 10, end: 27 },
    attribution: 'John Kerry',
    source: registered({ ...london, text }),
    metric,
    ...patch,
  });
  const given = (...events: ClaimEvent[]) => events.reduce(evolveClaim, initialClaimState);
  const recorded = () => given(...decideClaim(record(), initialClaimState));
  const retracted = () => given(...decideClaim(record(), initialClaimState), { type: 'ClaimRetracted', data: { claimId: 'c1', reason: 'r' } });

  it('records a claim, with the unit of its metric', () => {
    expect(decideClaim(record(), initialClaimState)).toEqual([
      {
        type: 'ClaimRecorded',
        data: {
          claimId: 'c1',
          sourceId: 's4',
          entityId: 'global-coalition',
          metricId: 'member-count',
          value: { amount: 60, qualifier: 'more_than', unit: 'member' },
          validTime: { at: '2015-01-22' },
          quote: { text: 'over 60 countries', start: 10, end: 27 },
          attribution: 'John Kerry',
        },
      },
    ]);
  });
  it.each([
    ['sourceId', 'invalid', record({ source: initialSourceState })],
    ['metric', 'invalid', record({ metric: initialMetricState })],
    ['value.unit', 'invalid', record({ value: { amount: 60, qualifier: 'exact', unit: 'km' } })],
    ['value.unit', 'invalid', record({ value: { amount: 60, qualifier: 'exact', unit: 'million members' } })],
    ['quote.text', 'invalid', record({ quote: { text: 'all 60', start: 10, end: 16 } })],
    ['quote.end', 'invalid', record({ quote: { text: 'over', start: 10, end: 500 } })],
    ['quote.end', 'invalid', record({ quote: { text: 'over', start: 12, end: 10 } })],
    ['validTime.at', 'invalid', record({ validTime: { at: '2015-02-29' } })],
    ['value.upperBound', 'invalid', record({ value: { amount: 60, upperBound: 70, qualifier: 'more_than' } })],
  ])('refuses a claim with a bad %s', (field, kind, command) => {
    expect(() => decideClaim(command, initialClaimState)).toThrow(refusal(kind, field));
  });
  it('records a claim in another counted noun as the same count, keeping the noun it stated', () => {
    const [event] = decideClaim(record({ value: { amount: 60, qualifier: 'more_than', unit: 'countries' } }), initialClaimState);
    expect(event).toMatchObject({ data: { value: { amount: 60, qualifier: 'more_than', unit: 'member', stated: { amount: 60, unit: 'countries' } } } });
    // The same claim sent again is no news; in another noun it is another statement.
    expect(decideClaim(record({ value: { amount: 60, qualifier: 'more_than', unit: 'countries' } }), given(event!))).toEqual([]);
    expect(() => decideClaim(record(), given(event!))).toThrow(refusal('conflict'));
  });
  it('does not check quotes against a source without text', () => {
    expect(decideClaim(record({ source: registered(), quote: { text: 'anything', start: 0, end: 8 } }), initialClaimState)).toHaveLength(1);
  });
  it('takes the same claim again as no news, and another value for it as a conflict', () => {
    expect(decideClaim(record(), recorded())).toEqual([]);
    expect(() => decideClaim(record({ value: { amount: 61, qualifier: 'exact' } }), recorded())).toThrow(refusal('conflict'));
  });
  it('corrects the value and keeps what it was', () => {
    const [event] = decideClaim({ type: 'CorrectClaim', claimId: 'c1', value: { amount: 60, qualifier: 'exact' }, reason: 'all 60', metric }, recorded());
    expect(event).toEqual({
      type: 'ClaimCorrected',
      data: {
        claimId: 'c1',
        value: { amount: 60, qualifier: 'exact', unit: 'member' },
        reason: 'all 60',
        previous: { value: { amount: 60, qualifier: 'more_than', unit: 'member' }, validTime: { at: '2015-01-22' } },
      },
    });
    expect(evolveClaim(recorded(), event!)).toMatchObject({ value: { qualifier: 'exact' } });
  });
  it('refuses a correction checked against another metric than the claim’s', () => {
    const pledges: MetricState = { status: 'defined', id: 'pledges', definition: { unit: 'usd', kind: 'money', cumulative: true, tolerance: 0 } };
    expect(() =>
      decideClaim({ type: 'CorrectClaim', claimId: 'c1', value: { amount: 1, qualifier: 'exact', unit: 'usd' }, reason: 'r', metric: pledges }, recorded()),
    ).toThrow(refusal('invalid', 'metric'));
    expect(() => decideClaim(record({ metric: pledges }), initialClaimState)).toThrow(refusal('invalid', 'metric'));
  });
  it('refuses corrections that are missing, reasonless, empty, unchanged or on a retracted claim', () => {
    const correct = (patch: object) => ({ type: 'CorrectClaim', claimId: 'c1', reason: 'r', metric, ...patch }) as ClaimCommand;
    expect(() => decideClaim(correct({ value: { amount: 61, qualifier: 'exact' } }), initialClaimState)).toThrow(refusal('not_found'));
    expect(() => decideClaim(correct({ value: { amount: 61, qualifier: 'exact' }, reason: ' ' }), recorded())).toThrow(refusal('invalid', 'reason'));
    expect(() => decideClaim(correct({}), recorded())).toThrow(refusal('invalid', 'value'));
    expect(() => decideClaim(correct({ validTime: { at: '2015-01-22' } }), recorded())).toThrow(refusal('invalid', 'value'));
    expect(() => decideClaim(correct({ value: { amount: 61, qualifier: 'exact' } }), retracted())).toThrow(refusal('conflict'));
  });
  it('retracts and restores, each once, each with a reason', () => {
    expect(decideClaim({ type: 'RetractClaim', claimId: 'c1', reason: 'withdrawn' }, recorded())).toHaveLength(1);
    expect(() => decideClaim({ type: 'RetractClaim', claimId: 'c1', reason: 'again' }, retracted())).toThrow(refusal('conflict'));
    expect(() => decideClaim({ type: 'RetractClaim', claimId: 'c1', reason: '' }, recorded())).toThrow(refusal('invalid', 'reason'));
    expect(decideClaim({ type: 'RestoreClaim', claimId: 'c1', reason: 'back' }, retracted())).toHaveLength(1);
    expect(() => decideClaim({ type: 'RestoreClaim', claimId: 'c1', reason: 'back' }, recorded())).toThrow(refusal('conflict'));
  });
  it('reviews and ranks', () => {
    expect(decideClaim({ type: 'ReviewClaim', claimId: 'c1', verdict: 'accurate' }, recorded())).toEqual([
      { type: 'ClaimReviewed', data: { claimId: 'c1', verdict: 'accurate' } },
    ]);
    expect(() => decideClaim({ type: 'ReviewClaim', claimId: 'c1', verdict: 'true-ish' as never }, recorded())).toThrow(refusal('invalid', 'verdict'));
    expect(() => decideClaim({ type: 'ReviewClaim', claimId: 'c1', verdict: 'accurate' }, retracted())).toThrow(refusal('conflict'));
    expect(decideClaim({ type: 'RankClaim', claimId: 'c1', rank: 'deprecated', reason: 'superseded' }, recorded())).toEqual([
      { type: 'ClaimRanked', data: { claimId: 'c1', rank: 'deprecated', reason: 'superseded', previous: 'normal' } },
    ]);
    expect(decideClaim({ type: 'RankClaim', claimId: 'c1', rank: 'normal', reason: 'r' }, recorded())).toEqual([]);
    expect(() => decideClaim({ type: 'RankClaim', claimId: 'c1', rank: 'preferred', reason: '' }, recorded())).toThrow(refusal('invalid', 'reason'));
  });
  it('names a claim by its source, fact, valid time and quoted span', () => {
    const base = {
      sourceId: 's4',
      entityId: 'global-coalition',
      metricId: 'member-count',
      validTime: { at: '2015-01-22' },
      quote: { text: 'all 60', start: 5883, end: 5889 },
      value: { amount: 60, qualifier: 'exact' as const },
    };
    expect(claimIdFor(base)).toBe(claimIdFor({ ...base, value: { amount: 61, qualifier: 'exact' } }));
    expect(claimIdFor(base)).not.toBe(claimIdFor({ ...base, quote: { text: 'all 60', start: 6422, end: 6428 } }));
    expect(claimIdFor(base)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('contradiction resolutions', () => {
  const resolve = (patch: object = {}) =>
    ({
      type: 'ResolveContradiction',
      contradictionId: 'x',
      entityId: 'e',
      metricId: 'm',
      claimIds: ['a', 'b'],
      preferred: ['b'],
      reason: 'exact figure',
      ...patch,
    }) as const;
  it('records the preferred claims and why', () => {
    expect(decideContradiction(resolve(), initialContradictionState)).toEqual([
      {
        type: 'ContradictionResolved',
        data: { contradictionId: 'x', entityId: 'e', metricId: 'm', claimIds: ['a', 'b'], preferred: ['b'], reason: 'exact figure' },
      },
    ]);
  });
  it('refuses a resolution without reason, without choice, or choosing a claim outside the contradiction', () => {
    expect(() => decideContradiction(resolve({ reason: '' }), initialContradictionState)).toThrow(refusal('invalid', 'reason'));
    expect(() => decideContradiction(resolve({ preferred: [] }), initialContradictionState)).toThrow(refusal('invalid', 'preferred'));
    expect(() => decideContradiction(resolve({ preferred: ['c'] }), initialContradictionState)).toThrow(refusal('invalid', 'preferred.0'));
  });
});

describe('bounds that allow no value', () => {
  it('refuses "less than 10" with a floor of 10, and allows "at most 10" with one', async () => {
    const { checkQuantity } = await import('./quantity.js');
    expect(() => checkQuantity({ amount: 10, lowerBound: 10, qualifier: 'less_than', unit: 'percent' })).toThrow(refusal('invalid', 'value.lowerBound'));
    const atMost = { amount: 10, lowerBound: 10, qualifier: 'at_most', unit: 'percent' } as const;
    expect(checkQuantity(atMost)).toBe(atMost);
  });
});
