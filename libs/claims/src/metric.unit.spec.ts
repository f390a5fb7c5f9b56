import { describe, expect, it } from 'vitest';
import { decideMetric, evolveMetric, initialMetricState, measureOf, type MetricCommand, type MetricEvent, type MetricState } from './metric.js';

const given = (...events: MetricEvent[]): MetricState => events.reduce(evolveMetric, initialMetricState);
const refusal = (kind: string, field?: string) => expect.objectContaining({ kind, ...(field ? { field } : {}) });

const memberCount: MetricCommand = { type: 'DefineMetric', metricId: 'member-count', unit: 'member', kind: 'count', cumulative: false, tolerance: 0 };
const pledged: MetricCommand = { type: 'DefineMetric', metricId: 'money-pledged', unit: 'USD', kind: 'money', cumulative: true, tolerance: 0.05 };
const define = (patch: Partial<MetricCommand> = {}): MetricCommand => ({ ...memberCount, ...patch });
const memberCountDefined: MetricEvent = {
  type: 'MetricDefined',
  data: { metricId: 'member-count', unit: 'member', kind: 'count', cumulative: false, tolerance: 0 },
};

describe('DefineMetric', () => {
  it('given nothing, when a metric is defined, then MetricDefined carries its definition', () => {
    expect(decideMetric(memberCount, given())).toEqual([memberCountDefined]);
  });

  it('defines a cumulative money metric with a 5% tolerance (the $600 million pledged against $670 million)', () => {
    expect(decideMetric(pledged, given())).toEqual([
      { type: 'MetricDefined', data: { metricId: 'money-pledged', unit: 'USD', kind: 'money', cumulative: true, tolerance: 0.05 } },
    ]);
  });

  it('defines a flow with its measure; a level is the default and its event says nothing of it', () => {
    expect(decideMetric(define({ measure: 'flow' }), given())).toEqual([{ type: 'MetricDefined', data: { ...memberCountDefined.data, measure: 'flow' } }]);
    expect(decideMetric(define({ measure: 'level' }), given())).toEqual([memberCountDefined]);
    expect(measureOf(memberCountDefined.data)).toBe('level');
  });

  it('takes a metric defined before measures existed as a level: defining it again, as a level or without a measure, is no news', () => {
    const old = given(memberCountDefined);
    expect(decideMetric(define(), old)).toEqual([]);
    expect(decideMetric(define({ measure: 'level' }), old)).toEqual([]);
    expect(() => decideMetric(define({ measure: 'flow' }), old)).toThrow(refusal('conflict', 'id'));
    const flow = given({ type: 'MetricDefined', data: { ...memberCountDefined.data, measure: 'flow' } });
    expect(decideMetric(define({ measure: 'flow' }), flow)).toEqual([]);
    expect(() => decideMetric(define(), flow)).toThrow(refusal('conflict', 'id'));
  });

  it('refuses an unknown measure', () => {
    expect(() => decideMetric(define({ measure: 'stock' as never }), given())).toThrow(refusal('invalid', 'measure'));
  });

  it.each(['count', 'money', 'percent', 'duration', 'other'] as const)('accepts the kind %s', (kind) => {
    expect(decideMetric(define({ kind }), given())).toHaveLength(1);
  });

  it.each([0, 0.001, 0.5, 0.999])('accepts the tolerance %s', (tolerance) => {
    expect(decideMetric(define({ tolerance }), given())).toHaveLength(1);
  });

  it.each([
    ['upper case', 'Member-Count'],
    ['a space', 'member count'],
    ['a double dash', 'member--count'],
    ['a double underscore', 'member__count'],
    ['a leading underscore', '_member_count'],
    ['a trailing dash', 'member-count-'],
    ['a dot', 'member.count'],
    ['a slash', 'member/count'],
    ['101 characters', 'm'.repeat(101)],
    ['nothing', ''],
  ])('refuses an id with %s', (_, metricId) => {
    expect(() => decideMetric(define({ metricId }), given())).toThrow(refusal('invalid', 'id'));
  });

  it('says what a metric id may hold when it refuses one', () => {
    expect(() => decideMetric(define({ metricId: 'Member Count' }), given())).toThrow(/words joined by single - or _/);
  });

  it.each(['member_count', 'member-count', 'gdp_q3-2024', 'm2', '84', 'm'.repeat(100)])('accepts the id %s', (metricId) => {
    expect(decideMetric(define({ metricId }), given())).toEqual([{ type: 'MetricDefined', data: { ...memberCountDefined.data, metricId } }]);
  });

  it.each(['', '  '])('refuses the empty unit %j', (unit) => {
    expect(() => decideMetric(define({ unit }), given())).toThrow(refusal('invalid', 'unit'));
  });

  it('refuses an unknown kind', () => {
    expect(() => decideMetric(define({ kind: 'area' as never }), given())).toThrow(refusal('invalid', 'kind'));
  });

  it.each([
    ['negative', -0.01],
    ['one', 1],
    ['above one', 5],
    ['not a number', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
  ])('refuses a tolerance that is %s', (_, tolerance) => {
    expect(() => decideMetric(define({ tolerance }), given())).toThrow(refusal('invalid', 'tolerance'));
  });

  it('given a defined metric, when defined again identically, then nothing happens', () => {
    expect(decideMetric(memberCount, given(memberCountDefined))).toEqual([]);
  });

  it.each([
    ['another unit', { unit: 'country' }],
    ['another kind', { kind: 'other' as const }],
    ['another cumulative flag', { cumulative: true }],
    ['another tolerance', { tolerance: 0.05 }],
  ])('given a defined metric, when defined again with %s, then it is a conflict on id', (_, patch) => {
    expect(() => decideMetric(define(patch), given(memberCountDefined))).toThrow(refusal('conflict', 'id'));
  });

  it('checks the definition before comparing with the defined metric', () => {
    expect(() => decideMetric(define({ unit: '' }), given(memberCountDefined))).toThrow(refusal('invalid', 'unit'));
  });
});

describe('evolveMetric', () => {
  it('folds a definition into a defined metric', () => {
    expect(given(memberCountDefined)).toEqual({
      status: 'defined',
      id: 'member-count',
      definition: { unit: 'member', kind: 'count', cumulative: false, tolerance: 0 },
    });
  });
});
