import { Map as PersistentMap } from 'immutable';
import { describe, expect, it } from 'vitest';
import { type Contradiction, type FactClaim, type FactMetric, type FactSummary, type Resolution, summarizeFact } from './fact-summary.js';
import { deterministicUuid } from './ids.js';
import type { Quantity } from './quantity.js';
import { parseValidTime, validTimeSpan, type ValidTimeInput } from './valid-time.js';

// Examples worked out by hand from the rules in GUIDE.md section 3 and the comments of fact.ts and
// comparison.ts: each expected summary is written out in full, not taken from summarizeFact.

const members: FactMetric = { unit: 'member', tolerance: 0, cumulative: false };
const pledged: FactMetric = { unit: 'USD', tolerance: 0, cumulative: true };

const exact = (amount: number): Quantity => ({ amount, qualifier: 'exact', unit: 'member' });
const about = (amount: number): Quantity => ({ amount, qualifier: 'approx', unit: 'member' });
const over = (amount: number): Quantity => ({ amount, qualifier: 'more_than', unit: 'member' });

interface Given {
  value: Quantity;
  at?: ValidTimeInput;
  source?: string;
  publisher?: string;
  published?: string;
  recorded?: string;
  rank?: FactClaim['rank'];
  status?: FactClaim['status'];
  verdict?: string;
  verdictOutdated?: boolean;
}

/** A claim named `id`, by default from source `s-<id>`, for 22 January 2015, published 1 February 2015. */
function claim(id: string, given: Given): FactClaim {
  const validTime = given.at ?? { at: '2015-01-22' };
  return {
    id,
    sourceId: given.source ?? `s-${id}`,
    ...(given.publisher ? { publisher: given.publisher } : {}),
    publishedAt: given.published ?? '2015-02-01',
    value: given.value,
    span: validTimeSpan(parseValidTime(validTime)),
    status: given.status ?? 'active',
    rank: given.rank ?? 'normal',
    ...(given.verdict ? { verdict: given.verdict } : {}),
    ...(given.verdictOutdated ? { verdictOutdated: true } : {}),
    validTime,
    firstRecordedAt: given.recorded ?? `2026-01-01T00:00:00Z`,
  };
}

const contradictionId = (firstClaim: string) => deterministicUuid('contradiction', 'e', 'm', firstClaim);

function contradiction(claimIds: string[], severity: Contradiction['severity'], gap: number, more: Partial<Contradiction> = {}): Contradiction {
  return { id: contradictionId(claimIds[0]!), claimIds, severity, gap, status: 'open', ...more };
}

/** The summary of a fact with nothing to report besides what `expected` names. */
const summary = (expected: Partial<FactSummary> & Pick<FactSummary, 'claimCount' | 'sourceCount'>): FactSummary => ({
  flags: [],
  contradictions: [],
  supersededBy: PersistentMap(),
  anomalies: [],
  ...expected,
});

type Basis = NonNullable<FactSummary['current']>['basis'];
const current = (value: Quantity, claimIds: string[], basis: Basis, at: ValidTimeInput = { at: '2015-01-22' }, more: object = {}) => ({
  value,
  validTime: at,
  claimIds,
  basis,
  ...more,
});
/** A current value an open contradiction contests, against these values. */
const contestedBy = (...competing: Array<[Quantity, string[]]>) => ({
  contested: true,
  competing: competing.map(([value, claimIds]) => ({ value, claimIds })),
});
const against = (...competing: Array<[Quantity, string[]]>) => ({ competing: competing.map(([value, claimIds]) => ({ value, claimIds })) });

interface Case {
  name: string;
  claims: FactClaim[];
  metric?: FactMetric;
  resolutions?: Resolution[];
  expected: FactSummary;
}

const reviewed = { verdict: 'accurate' } as const;

const resolvedAB: Resolution = {
  contradictionId: contradictionId('a'),
  claimIds: ['a', 'b'],
  preferred: ['a'],
  reason: 'the register lists 60',
  resolvedAt: '2026-01-02T00:00:00Z',
};

const currentValueCases: Case[] = [
  {
    name: 'no claims: no current value, no flags, no latest valid end',
    claims: [],
    expected: summary({ claimCount: 0, sourceCount: 0 }),
  },
  {
    name: 'a level holds from its latest valid time: 84 in 2022 is current over 60 in January 2015',
    claims: [claim('a', { value: exact(60), ...reviewed }), claim('b', { value: exact(84), at: { at: '2022' }, published: '2022-06-01', ...reviewed })],
    expected: summary({
      current: current(exact(84), ['b'], 'corroboration', { at: '2022' }),
      claimCount: 2,
      sourceCount: 2,
      latestValidEnd: '2022-12-31',
    }),
  },
  {
    name: 'at the latest time the value most claims agree with wins, even over a later release',
    claims: [
      claim('a', { value: exact(60), published: '2015-02-01', ...reviewed }),
      claim('b', { value: about(60), published: '2015-02-02', ...reviewed }),
      claim('c', { value: exact(84), published: '2015-03-01', ...reviewed }),
    ],
    // about 60 is [55, 65] (5% is 3, half its round step of 10 is 5): it meets 60, not 84.
    expected: summary({
      current: current(about(60), ['b', 'a'], 'corroboration', undefined, contestedBy([exact(84), ['c']])),
      flags: ['contradicted', 'contested'],
      claimCount: 3,
      sourceCount: 3,
      latestValidEnd: '2015-01-22',
      contradictions: [contradiction(['a', 'b', 'c'], 'high', 24 / 84)],
    }),
  },
  {
    name: 'a tie in support goes to the latest published claim, and is said to be a tie, contested, against the other value',
    claims: [claim('a', { value: exact(60), published: '2015-03-01', ...reviewed }), claim('b', { value: exact(84), published: '2015-02-01', ...reviewed })],
    expected: summary({
      current: current(exact(60), ['a'], 'tie', undefined, contestedBy([exact(84), ['b']])),
      flags: ['contradicted', 'contested'],
      claimCount: 2,
      sourceCount: 2,
      latestValidEnd: '2015-01-22',
      contradictions: [contradiction(['a', 'b'], 'high', 24 / 84)],
    }),
  },
  {
    name: "an editor's preferred rank wins over more claims that agree",
    claims: [
      claim('a', { value: exact(60), rank: 'preferred', ...reviewed }),
      claim('b', { value: exact(84), ...reviewed }),
      claim('c', { value: exact(84), ...reviewed }),
    ],
    expected: summary({
      current: current(exact(60), ['a'], 'preferred', undefined, contestedBy([exact(84), ['c', 'b']])),
      flags: ['contradicted', 'contested'],
      claimCount: 3,
      sourceCount: 3,
      latestValidEnd: '2015-01-22',
      contradictions: [contradiction(['a', 'b', 'c'], 'high', 24 / 84)],
    }),
  },
  {
    name: 'the preferred claim of a resolved contradiction wins over a later release, and the fact is no longer contradicted',
    claims: [
      claim('a', { value: exact(60), published: '2015-02-01', recorded: '2026-01-01T00:00:00Z', ...reviewed }),
      claim('b', { value: exact(84), published: '2015-03-01', recorded: '2026-01-01T00:00:01Z', ...reviewed }),
    ],
    resolutions: [resolvedAB],
    expected: summary({
      current: current(exact(60), ['a'], 'resolution', undefined, against([exact(84), ['b']])),
      claimCount: 2,
      sourceCount: 2,
      latestValidEnd: '2015-01-22',
      contradictions: [contradiction(['a', 'b'], 'high', 24 / 84, { status: 'resolved', resolution: resolvedAB })],
    }),
  },
  {
    name: 'retracted and deprecated claims take part in nothing: not current, not counted, no contradiction',
    claims: [
      claim('a', { value: exact(60), ...reviewed }),
      claim('b', { value: exact(84), status: 'retracted', published: '2015-03-01' }),
      claim('c', { value: exact(90), rank: 'deprecated', published: '2015-03-01' }),
    ],
    expected: summary({
      current: current(exact(60), ['a'], 'corroboration'),
      flags: ['single_source'],
      claimCount: 1,
      sourceCount: 1,
      latestValidEnd: '2015-01-22',
    }),
  },
];

const relationCases: Case[] = [
  {
    name: 'agreement: exact 60 and about 60 on the same day; both back the current value, the later release first',
    claims: [claim('a', { value: exact(60), ...reviewed }), claim('b', { value: about(60), published: '2015-03-01', ...reviewed })],
    expected: summary({
      current: current(about(60), ['b', 'a'], 'corroboration'),
      claimCount: 2,
      sourceCount: 2,
      latestValidEnd: '2015-01-22',
    }),
  },
  {
    name: "agreement within the metric's tolerance: 60 and 62 with 5% either side",
    metric: { ...members, tolerance: 0.05 },
    claims: [claim('a', { value: exact(60), ...reviewed }), claim('b', { value: exact(62), ...reviewed })],
    // [57, 63] and [58.9, 65.1] meet; equal support and release date, so the id decides: b.
    expected: summary({
      current: current(exact(62), ['b', 'a'], 'corroboration'),
      claimCount: 2,
      sourceCount: 2,
      latestValidEnd: '2015-01-22',
    }),
  },
  {
    name: 'change: 60 in 2015 and 84 in 2022 at different valid times is no contradiction',
    claims: [claim('a', { value: exact(60), ...reviewed }), claim('b', { value: exact(84), at: { at: '2022-01-01' }, ...reviewed })],
    expected: summary({
      current: current(exact(84), ['b'], 'corroboration', { at: '2022-01-01' }),
      claimCount: 2,
      sourceCount: 2,
      latestValidEnd: '2022-01-01',
    }),
  },
  {
    name: 'change: a fall over time is only a change for a metric that is not cumulative',
    claims: [claim('a', { value: exact(84), ...reviewed }), claim('b', { value: exact(60), at: { at: '2016' }, ...reviewed })],
    expected: summary({
      current: current(exact(60), ['b'], 'corroboration', { at: '2016' }),
      claimCount: 2,
      sourceCount: 2,
      latestValidEnd: '2016-12-31',
    }),
  },
  {
    name: 'change: a cumulative figure that grows is no anomaly',
    metric: pledged,
    claims: [claim('a', { value: exact(500), ...reviewed }), claim('b', { value: exact(600), at: { at: '2016' }, ...reviewed })],
    expected: summary({
      current: current(exact(600), ['b'], 'corroboration', { at: '2016' }),
      claimCount: 2,
      sourceCount: 2,
      latestValidEnd: '2016-12-31',
    }),
  },
  {
    name: 'anomaly: a cumulative figure that falls, every pair of valid times compared',
    metric: pledged,
    claims: [
      claim('a', { value: exact(600), at: { at: '2015' }, ...reviewed }),
      claim('b', { value: exact(500), at: { at: '2016' }, ...reviewed }),
      claim('c', { value: exact(550), at: { at: '2017' }, ...reviewed }),
    ],
    // 2015 -> 2016 falls, 2015 -> 2017 falls, 2016 -> 2017 grows.
    expected: summary({
      current: current(exact(550), ['c'], 'corroboration', { at: '2017' }),
      flags: ['anomaly'],
      claimCount: 3,
      sourceCount: 3,
      latestValidEnd: '2017-12-31',
      anomalies: [
        ['a', 'b'],
        ['a', 'c'],
      ],
    }),
  },
  {
    name: 'anomaly: "over 600" then exactly 600 is a fall, the later value is below every one the earlier allows',
    metric: pledged,
    claims: [claim('a', { value: over(600), at: { at: '2015' }, ...reviewed }), claim('b', { value: exact(600), at: { at: '2016' }, ...reviewed })],
    expected: summary({
      current: current(exact(600), ['b'], 'corroboration', { at: '2016' }),
      flags: ['anomaly'],
      claimCount: 2,
      sourceCount: 2,
      latestValidEnd: '2016-12-31',
      anomalies: [['a', 'b']],
    }),
  },
  {
    name: "revision: the same publisher's later release supersedes its earlier one, each by the next",
    claims: [
      claim('a', { value: exact(60), at: { at: '2014' }, publisher: 'Office', published: '2015-02-01', ...reviewed }),
      claim('b', { value: exact(62), at: { at: '2014' }, publisher: 'Office', published: '2015-05-01', ...reviewed }),
      claim('c', { value: exact(64), at: { at: '2014' }, publisher: 'Office', published: '2015-08-01', ...reviewed }),
    ],
    expected: summary({
      current: current(exact(64), ['c'], 'corroboration', { at: '2014' }),
      claimCount: 3,
      sourceCount: 3,
      latestValidEnd: '2014-12-31',
      supersededBy: PersistentMap({ a: 'b', b: 'c' }),
    }),
  },
  {
    name: 'no revision when the same publisher states two values in releases of the same day: a contradiction',
    claims: [claim('a', { value: exact(60), publisher: 'Office', ...reviewed }), claim('b', { value: exact(84), publisher: 'Office', ...reviewed })],
    // Equal support, release date and recording time: the id decides.
    expected: summary({
      current: current(exact(84), ['b'], 'tie', undefined, contestedBy([exact(60), ['a']])),
      flags: ['contradicted', 'contested'],
      claimCount: 2,
      sourceCount: 2,
      latestValidEnd: '2015-01-22',
      contradictions: [contradiction(['a', 'b'], 'high', 24 / 84)],
    }),
  },
  {
    name: 'contradiction, low: "over 60" against exactly 60 touch without meeting, a gap of 0',
    claims: [claim('a', { value: over(60), ...reviewed }), claim('b', { value: exact(60), published: '2015-03-01', ...reviewed })],
    expected: summary({
      current: current(exact(60), ['b'], 'tie', undefined, contestedBy([over(60), ['a']])),
      flags: ['contradicted', 'contested'],
      claimCount: 2,
      sourceCount: 2,
      latestValidEnd: '2015-01-22',
      contradictions: [contradiction(['a', 'b'], 'low', 0)],
    }),
  },
  {
    name: 'contradiction, low: 100 against 102 of a measure rounded to 0.1% is a gap under 2% past the rounding',
    metric: { ...members, kind: 'money', tolerance: 0.001 },
    claims: [claim('a', { value: exact(100), ...reviewed }), claim('b', { value: exact(102), published: '2015-03-01', ...reviewed })],
    expected: summary({
      current: current(exact(102), ['b'], 'tie', undefined, contestedBy([exact(100), ['a']])),
      flags: ['contradicted', 'contested'],
      claimCount: 2,
      sourceCount: 2,
      latestValidEnd: '2015-01-22',
      contradictions: [contradiction(['a', 'b'], 'low', (102 - 102 * 0.001 - (100 + 100 * 0.001)) / (102 - 102 * 0.001))],
    }),
  },
  {
    name: 'contradiction, medium: 100 against 102 members, both exact, tolerance 0: a gap under 2%, but nothing explains it',
    metric: { ...members, kind: 'count' },
    claims: [claim('a', { value: exact(100), ...reviewed }), claim('b', { value: exact(102), published: '2015-03-01', ...reviewed })],
    expected: summary({
      current: current(exact(102), ['b'], 'tie', undefined, contestedBy([exact(100), ['a']])),
      flags: ['contradicted', 'contested'],
      claimCount: 2,
      sourceCount: 2,
      latestValidEnd: '2015-01-22',
      contradictions: [contradiction(['a', 'b'], 'medium', 2 / 102)],
    }),
  },
  {
    name: 'contradiction, medium: 60 against 64 is a gap of 4/64, between 2% and 10%',
    claims: [claim('a', { value: exact(60), ...reviewed }), claim('b', { value: exact(64), published: '2015-03-01', ...reviewed })],
    expected: summary({
      current: current(exact(64), ['b'], 'tie', undefined, contestedBy([exact(60), ['a']])),
      flags: ['contradicted', 'contested'],
      claimCount: 2,
      sourceCount: 2,
      latestValidEnd: '2015-01-22',
      contradictions: [contradiction(['a', 'b'], 'medium', 4 / 64)],
    }),
  },
  {
    name: 'contradiction, high: 60 against 84 is a gap of 24/84, over 10%',
    claims: [claim('a', { value: exact(60), ...reviewed }), claim('b', { value: exact(84), published: '2015-03-01', ...reviewed })],
    expected: summary({
      current: current(exact(84), ['b'], 'tie', undefined, contestedBy([exact(60), ['a']])),
      flags: ['contradicted', 'contested'],
      claimCount: 2,
      sourceCount: 2,
      latestValidEnd: '2015-01-22',
      contradictions: [contradiction(['a', 'b'], 'high', 24 / 84)],
    }),
  },
  {
    name: 'contradiction: claims that share a disagreement are one, at its worst severity and largest gap, in recording order',
    claims: [
      claim('a', { value: exact(60), recorded: '2026-01-01T00:00:02Z', ...reviewed }),
      claim('b', { value: exact(84), recorded: '2026-01-01T00:00:01Z', ...reviewed }),
      claim('c', { value: exact(90), recorded: '2026-01-01T00:00:03Z', ...reviewed }),
    ],
    // a-b 24/84 high, a-c 30/90 high, b-c 6/90 medium; b was recorded first so it names the contradiction.
    expected: summary({
      current: current(exact(90), ['c'], 'tie', undefined, contestedBy([exact(60), ['a']], [exact(84), ['b']])),
      flags: ['contradicted', 'contested'],
      claimCount: 3,
      sourceCount: 3,
      latestValidEnd: '2015-01-22',
      contradictions: [contradiction(['b', 'a', 'c'], 'high', 30 / 90)],
    }),
  },
  {
    name: 'contradiction: a new conflicting claim reopens a resolved one, which keeps its last resolution',
    claims: [
      claim('a', { value: exact(60), recorded: '2026-01-01T00:00:00Z', ...reviewed }),
      claim('b', { value: exact(84), recorded: '2026-01-01T00:00:01Z', published: '2015-03-01', ...reviewed }),
      claim('c', { value: exact(90), recorded: '2026-01-01T00:00:02Z', published: '2015-04-01', ...reviewed }),
    ],
    resolutions: [resolvedAB],
    // Only a resolved contradiction's preference counts: with it open, the latest release (c) is current.
    expected: summary({
      current: current(exact(90), ['c'], 'tie', undefined, contestedBy([exact(84), ['b']], [exact(60), ['a']])),
      flags: ['contradicted', 'contested'],
      claimCount: 3,
      sourceCount: 3,
      latestValidEnd: '2015-01-22',
      contradictions: [contradiction(['a', 'b', 'c'], 'high', 30 / 90, { resolution: resolvedAB })],
    }),
  },
  {
    name: 'a superseded release takes part in no contradiction',
    claims: [
      claim('a', { value: exact(60), at: { at: '2014' }, publisher: 'Office', published: '2015-02-01', ...reviewed }),
      claim('b', { value: exact(84), at: { at: '2014' }, publisher: 'Office', published: '2015-05-01', ...reviewed }),
      claim('c', { value: about(85), at: { at: '2014' }, publisher: 'Agency', published: '2015-03-01', ...reviewed }),
    ],
    // a-b is a revision; a-c would be a contradiction but a is superseded; about 85 is 85 ± 4.25 (5%), which meets 84.
    expected: summary({
      current: current(exact(84), ['b', 'c'], 'corroboration', { at: '2014' }),
      claimCount: 3,
      sourceCount: 3,
      latestValidEnd: '2014-12-31',
      supersededBy: PersistentMap({ a: 'b' }),
    }),
  },
];

const flagCases: Case[] = [
  {
    name: 'single_source: every active claim comes from one source',
    claims: [claim('a', { value: exact(60), source: 's1', ...reviewed }), claim('b', { value: exact(84), source: 's1', at: { at: '2022' }, ...reviewed })],
    expected: summary({
      current: current(exact(84), ['b'], 'corroboration', { at: '2022' }),
      flags: ['single_source'],
      claimCount: 2,
      sourceCount: 1,
      latestValidEnd: '2022-12-31',
    }),
  },
  {
    name: 'unreviewed: no claim behind the current value has a verdict, though an older one has',
    claims: [claim('a', { value: exact(60), ...reviewed }), claim('b', { value: exact(84), at: { at: '2022' } })],
    expected: summary({
      current: current(exact(84), ['b'], 'corroboration', { at: '2022' }),
      flags: ['unreviewed'],
      claimCount: 2,
      sourceCount: 2,
      latestValidEnd: '2022-12-31',
    }),
  },
  {
    name: 'not unreviewed: one claim behind the current value with a verdict is enough; an old claim without one does not count',
    claims: [
      claim('a', { value: exact(60) }),
      claim('b', { value: exact(84), at: { at: '2022' } }),
      claim('c', { value: exact(84), at: { at: '2022' }, ...reviewed }),
    ],
    expected: summary({
      current: current(exact(84), ['c', 'b'], 'corroboration', { at: '2022' }),
      claimCount: 3,
      sourceCount: 3,
      latestValidEnd: '2022-12-31',
    }),
  },
  {
    name: 'unreviewed: a verdict on a version of the claim since corrected does not count',
    claims: [claim('a', { value: exact(60), ...reviewed, verdictOutdated: true })],
    expected: summary({
      current: current(exact(60), ['a'], 'corroboration'),
      flags: ['single_source', 'unreviewed'],
      claimCount: 1,
      sourceCount: 1,
      latestValidEnd: '2015-01-22',
    }),
  },
  {
    name: 'disputed_history: the only open contradiction is at an earlier valid time; the current value is not contested',
    claims: [
      claim('a', { value: exact(60), ...reviewed }),
      claim('b', { value: exact(84), published: '2015-03-01', ...reviewed }),
      claim('c', { value: exact(90), at: { at: '2022' }, ...reviewed }),
    ],
    expected: summary({
      current: current(exact(90), ['c'], 'corroboration', { at: '2022' }),
      flags: ['contradicted', 'disputed_history'],
      claimCount: 3,
      sourceCount: 3,
      latestValidEnd: '2022-12-31',
      contradictions: [contradiction(['a', 'b'], 'high', 24 / 84)],
    }),
  },
  {
    name: 'unreviewed: a retracted claim without a verdict does not count',
    claims: [
      claim('a', { value: exact(60), ...reviewed }),
      claim('b', { value: exact(60), source: 's2', ...reviewed }),
      claim('c', { value: exact(60), status: 'retracted' }),
    ],
    expected: summary({
      current: current(exact(60), ['b', 'a'], 'corroboration'),
      claimCount: 2,
      sourceCount: 2,
      latestValidEnd: '2015-01-22',
    }),
  },
  {
    name: 'flags at once, in their fixed order',
    metric: pledged,
    claims: [
      claim('a', { value: exact(600), source: 's1', at: { at: '2015' }, ...reviewed }),
      claim('b', { value: exact(500), source: 's1', at: { at: '2016' }, ...reviewed }),
      claim('c', { value: exact(700), source: 's1', at: { at: '2016' }, published: '2015-03-01' }),
    ],
    // a -> b falls (anomaly), b and c disagree in 2016 (200/700, high); one source; c, current, has no verdict.
    expected: summary({
      current: current(exact(700), ['c'], 'tie', { at: '2016' }, contestedBy([exact(500), ['b']])),
      flags: ['contradicted', 'contested', 'anomaly', 'single_source', 'unreviewed'],
      claimCount: 3,
      sourceCount: 1,
      latestValidEnd: '2016-12-31',
      contradictions: [contradiction(['b', 'c'], 'high', 200 / 700)],
      anomalies: [['a', 'b']],
    }),
  },
];

describe('summarizeFact', () => {
  describe.each([
    ['the current value', currentValueCases],
    ['how claims relate', relationCases],
    ['flags', flagCases],
  ] as const)('%s', (_, cases) => {
    it.each(cases)('$name', ({ claims, metric, resolutions, expected }) => {
      expect(summarizeFact('e', 'm', claims, metric ?? members, resolutions)).toEqual(expected);
    });
  });

  it('does not depend on the order the claims are given in', () => {
    for (const { claims, metric, resolutions, expected } of [...currentValueCases, ...relationCases, ...flagCases]) {
      expect(summarizeFact('e', 'm', [...claims].reverse(), metric ?? members, resolutions)).toEqual(expected);
    }
  });
});
