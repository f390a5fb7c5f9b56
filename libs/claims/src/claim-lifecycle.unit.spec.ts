import { describe, expect, it } from 'vitest';
import { type ClaimCommand, type ClaimEvent, type ClaimState, decideClaim, evolveClaim, initialClaimState } from './claim.js';
import { initialWorkflowState } from './claim-workflow.js';
import { initialMetricState, type MetricState } from './metric.js';

// Given the claim's past events, when a command is decided, then these events (or this refusal).
const given = (...events: ClaimEvent[]): ClaimState => events.reduce(evolveClaim, initialClaimState);
const refusal = (kind: string, field?: string) => expect.objectContaining({ kind, ...(field ? { field } : {}) });

const memberCount: MetricState = {
  status: 'defined',
  id: 'member-count',
  definition: { unit: 'member', kind: 'count', cumulative: false, tolerance: 0 },
};
const id = 'claim-72-members';
const over60 = { amount: 60, qualifier: 'more_than', unit: 'member' } as const;
const recordedData = {
  claimId: id,
  sourceId: 'src-coalition-site',
  entityId: 'global-coalition',
  metricId: 'member-count',
  value: over60,
  validTime: { at: '2015-01-22' },
  quote: { text: 'more than 60', start: 40, end: 52 },
};
const recorded: ClaimEvent = { type: 'ClaimRecorded', data: recordedData };
const retracted: ClaimEvent = { type: 'ClaimRetracted', data: { claimId: id, reason: 'the page was withdrawn' } };
const restored: ClaimEvent = { type: 'ClaimRestored', data: { claimId: id, reason: 'the page is back' } };

type Correct = Extract<ClaimCommand, { type: 'CorrectClaim' }>;
const correct = (patch: Partial<Correct>): Correct => ({ type: 'CorrectClaim', claimId: id, reason: 'misread', metric: memberCount, ...patch });
const retract = (reason = 'withdrawn'): ClaimCommand => ({ type: 'RetractClaim', claimId: id, reason });
const restore = (reason = 'reinstated'): ClaimCommand => ({ type: 'RestoreClaim', claimId: id, reason });

describe('commands on a claim never recorded', () => {
  it.each<[string, ClaimCommand]>([
    ['CorrectClaim', correct({ value: { amount: 72, qualifier: 'exact' } })],
    ['RetractClaim', retract()],
    ['RestoreClaim', restore()],
    ['ReviewClaim', { type: 'ReviewClaim', claimId: id, verdict: 'accurate' }],
    ['RankClaim', { type: 'RankClaim', claimId: id, rank: 'preferred', reason: 'official' }],
  ])('given no claim, when %s, then it is not found', (_, command) => {
    expect(() => decideClaim(command, given())).toThrow(refusal('not_found'));
  });
});

describe('CorrectClaim', () => {
  it('given "more than 60", when corrected to "all 60", then ClaimCorrected has the new value and the previous one', () => {
    expect(decideClaim(correct({ value: { amount: 60, qualifier: 'exact' }, reason: ' the text says all 60 ' }), given(recorded))).toEqual([
      {
        type: 'ClaimCorrected',
        data: {
          claimId: id,
          value: { amount: 60, qualifier: 'exact', unit: 'member' },
          reason: 'the text says all 60',
          previous: { value: over60, validTime: { at: '2015-01-22' } },
        },
      },
    ]);
  });

  it('given a claim, when its valid time is corrected to July 2017, then only the valid time changes', () => {
    expect(decideClaim(correct({ validTime: { at: '2017-07' } }), given(recorded))).toEqual([
      {
        type: 'ClaimCorrected',
        data: { claimId: id, validTime: { at: '2017-07' }, reason: 'misread', previous: { value: over60, validTime: { at: '2015-01-22' } } },
      },
    ]);
  });

  it('given a claim, when value and time are corrected to 84 on 2022-05-11, then both change', () => {
    const [event] = decideClaim(correct({ value: { amount: 84, qualifier: 'exact' }, validTime: { at: '2022-05-11' } }), given(recorded));
    expect(event).toMatchObject({ data: { value: { amount: 84, qualifier: 'exact', unit: 'member' }, validTime: { at: '2022-05-11' } } });
  });

  it('given a claim, when the value changes and the time is sent unchanged, then only the value is recorded', () => {
    const [event] = decideClaim(correct({ value: { amount: 72, qualifier: 'exact' }, validTime: { at: '2015-01-22' } }), given(recorded));
    expect(event?.data).toHaveProperty('value');
    expect(event?.data).not.toHaveProperty('validTime');
  });

  it('given a claim, when the time changes and the value is sent unchanged, then only the time is recorded', () => {
    const [event] = decideClaim(correct({ value: { amount: 60, qualifier: 'more_than' }, validTime: { from: '2015', to: '2015-01' } }), given(recorded));
    expect(event?.data).not.toHaveProperty('value');
    expect(event?.data).toHaveProperty('validTime', { from: '2015', to: '2015-01' });
  });

  it('given a corrected claim, when corrected again, then the previous value is the corrected one', () => {
    const state = given(recorded, ...decideClaim(correct({ value: { amount: 60, qualifier: 'exact' } }), given(recorded)));
    const [event] = decideClaim(correct({ value: { amount: 62, qualifier: 'exact' } }), state);
    expect(event).toMatchObject({ data: { previous: { value: { amount: 60, qualifier: 'exact', unit: 'member' } } } });
  });

  it('given a retracted then restored claim, when corrected, then it is accepted', () => {
    expect(decideClaim(correct({ value: { amount: 72, qualifier: 'exact' } }), given(recorded, retracted, restored))).toHaveLength(1);
  });

  it.each<[string, Partial<Correct>, string, string | undefined]>([
    ['an empty reason', { value: { amount: 72, qualifier: 'exact' }, reason: '' }, 'invalid', 'reason'],
    ['a blank reason', { validTime: { at: '2017-07' }, reason: '   ' }, 'invalid', 'reason'],
    ['nothing to change', {}, 'invalid', 'value'],
    ['the same value', { value: { amount: 60, qualifier: 'more_than' } }, 'invalid', 'value'],
    ['the same value and time', { value: { amount: 60, qualifier: 'more_than', unit: 'member' }, validTime: { at: '2015-01-22' } }, 'invalid', 'value'],
    ['the same time', { validTime: { at: '2015-01-22' } }, 'invalid', 'value'],
    ["a unit that does not fit the metric's", { value: { amount: 72, qualifier: 'exact', unit: 'km' } }, 'invalid', 'value.unit'],
    ['an undefined metric', { value: { amount: 72, qualifier: 'exact' }, metric: initialMetricState }, 'invalid', 'metric'],
    ['a value that breaks its qualifier', { value: { amount: 72, lowerBound: 80, qualifier: 'at_least' } }, 'invalid', 'value.lowerBound'],
    ['a day that does not exist', { validTime: { at: '2017-02-29' } }, 'invalid', 'validTime.at'],
    ['a day of year 0', { validTime: { from: '0000-12-31', to: '2017' } }, 'invalid', 'validTime.from'],
    ['an interval ending before it starts', { validTime: { from: '2022-05-11', to: '2017-07' } }, 'invalid', 'validTime.to'],
  ])('given a claim, when corrected with %s, then it is refused', (_, patch, kind, field) => {
    expect(() => decideClaim(correct(patch), given(recorded))).toThrow(refusal(kind, field));
  });

  it('given a retracted claim, when corrected, then it is a conflict', () => {
    expect(() => decideClaim(correct({ value: { amount: 72, qualifier: 'exact' } }), given(recorded, retracted))).toThrow(refusal('conflict'));
  });
});

describe('RetractClaim and RestoreClaim', () => {
  it('given an active claim, when retracted, then ClaimRetracted has the trimmed reason', () => {
    expect(decideClaim(retract('  withdrawn by the publisher '), given(recorded))).toEqual([
      { type: 'ClaimRetracted', data: { claimId: id, reason: 'withdrawn by the publisher' } },
    ]);
  });

  it('given a retracted claim, when retracted again, then it is a conflict', () => {
    expect(() => decideClaim(retract(), given(recorded, retracted))).toThrow(refusal('conflict'));
  });

  it('given a retracted claim, when restored, then ClaimRestored has the trimmed reason', () => {
    expect(decideClaim(restore(' the figure stands '), given(recorded, retracted))).toEqual([
      { type: 'ClaimRestored', data: { claimId: id, reason: 'the figure stands' } },
    ]);
  });

  it.each<[string, ClaimEvent[]]>([
    ['an active claim', [recorded]],
    ['a restored claim', [recorded, retracted, restored]],
  ])('given %s, when restored, then it is a conflict', (_, events) => {
    expect(() => decideClaim(restore(), given(...events))).toThrow(refusal('conflict'));
  });

  it('given a restored claim, when retracted again, then it is accepted', () => {
    expect(decideClaim(retract(), given(recorded, retracted, restored))).toHaveLength(1);
  });

  it.each(['', '  '])('refuses to retract or restore with the reason %j', (reason) => {
    expect(() => decideClaim(retract(reason), given(recorded))).toThrow(refusal('invalid', 'reason'));
    expect(() => decideClaim(restore(reason), given(recorded, retracted))).toThrow(refusal('invalid', 'reason'));
  });
});

describe('ReviewClaim', () => {
  const review = (verdict: string, note?: string): ClaimCommand => ({
    type: 'ReviewClaim',
    claimId: id,
    verdict: verdict as never,
    ...(note === undefined ? {} : { note }),
  });

  it.each(['accurate', 'inaccurate', 'misleading', 'unsupported', 'outdated', 'inconclusive'])(
    'given a claim, when reviewed %s, then ClaimReviewed carries the verdict',
    (verdict) => {
      expect(decideClaim(review(verdict), given(recorded))).toEqual([{ type: 'ClaimReviewed', data: { claimId: id, verdict } }]);
    },
  );

  it('keeps a trimmed note and leaves out a blank one', () => {
    expect(decideClaim(review('outdated', ' 72 members by July 2017 '), given(recorded))).toEqual([
      { type: 'ClaimReviewed', data: { claimId: id, verdict: 'outdated', note: '72 members by July 2017' } },
    ]);
    expect(decideClaim(review('accurate', '   '), given(recorded))).toEqual([{ type: 'ClaimReviewed', data: { claimId: id, verdict: 'accurate' } }]);
  });

  it('refuses an unknown verdict', () => {
    expect(() => decideClaim(review('true-ish'), given(recorded))).toThrow(refusal('invalid', 'verdict'));
  });

  it('given a retracted claim, when reviewed, then it is a conflict', () => {
    expect(() => decideClaim(review('accurate'), given(recorded, retracted))).toThrow(refusal('conflict'));
  });
});

describe('RankClaim', () => {
  const rank = (to: string, reason = "the coalition's own count"): ClaimCommand => ({ type: 'RankClaim', claimId: id, rank: to as never, reason });

  it.each(['preferred', 'deprecated'])('given a normal claim, when ranked %s, then ClaimRanked records the previous rank', (to) => {
    expect(decideClaim(rank(to, ' official figure '), given(recorded))).toEqual([
      { type: 'ClaimRanked', data: { claimId: id, rank: to, reason: 'official figure', previous: 'normal' } },
    ]);
  });

  it('given a preferred claim, when deprecated, then the previous rank is preferred', () => {
    const preferred: ClaimEvent = { type: 'ClaimRanked', data: { claimId: id, rank: 'preferred', reason: 'r', previous: 'normal' } };
    expect(decideClaim(rank('deprecated'), given(recorded, preferred))).toEqual([
      { type: 'ClaimRanked', data: { claimId: id, rank: 'deprecated', reason: "the coalition's own count", previous: 'preferred' } },
    ]);
  });

  it('given a claim, when ranked at the rank it has, then nothing happens', () => {
    expect(decideClaim(rank('normal'), given(recorded))).toEqual([]);
  });

  it('refuses an unknown rank', () => {
    expect(() => decideClaim(rank('top'), given(recorded))).toThrow(refusal('invalid', 'rank'));
  });

  it.each(['', ' '])('refuses the reason %j', (reason) => {
    expect(() => decideClaim(rank('preferred', reason), given(recorded))).toThrow(refusal('invalid', 'reason'));
  });
});

describe('evolveClaim', () => {
  it('folds a recording into an active, normally ranked claim', () => {
    const { claimId: _, ...content } = recordedData;
    expect(given(recorded)).toEqual({ status: 'active', id, rank: 'normal', workflow: initialWorkflowState, ...content });
  });

  it('folds a correction of the value, then of the time', () => {
    const value = { amount: 72, qualifier: 'exact', unit: 'member' } as const;
    const previous = { value: over60, validTime: { at: '2015-01-22' } };
    const state = given(
      recorded,
      { type: 'ClaimCorrected', data: { claimId: id, value, reason: 'r', previous } },
      { type: 'ClaimCorrected', data: { claimId: id, validTime: { at: '2017-07' }, reason: 'r', previous: { ...previous, value } } },
    );
    expect(state).toMatchObject({ status: 'active', value, validTime: { at: '2017-07' } });
  });

  it('folds a retraction and a restoration', () => {
    expect(given(recorded, retracted)).toMatchObject({ status: 'retracted' });
    expect(given(recorded, retracted, restored)).toMatchObject({ status: 'active' });
  });

  it('folds a review and a ranking', () => {
    const state = given(
      recorded,
      { type: 'ClaimReviewed', data: { claimId: id, verdict: 'outdated' } },
      { type: 'ClaimRanked', data: { claimId: id, rank: 'deprecated', reason: 'r', previous: 'normal' } },
    );
    expect(state).toMatchObject({ verdict: 'outdated', rank: 'deprecated' });
  });

  it('ignores events on a claim never recorded', () => {
    expect(given(retracted, restored, { type: 'ClaimReviewed', data: { claimId: id, verdict: 'accurate' } })).toEqual(initialClaimState);
  });
});
